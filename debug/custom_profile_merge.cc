// merge_custom_profile(): apimachinery's StrategicMergePatch(original,
// patch, v1.Container{}) for a patch without directives or nulls (the
// profile's typed round trip has removed them).
#include <algorithm>

#include "debug/container_schema.h"
#include "debug/custom_profile.h"

namespace kctl::debug {
namespace {

using nlohmann::json;
using schema::Kind;
using schema::Schema;

void merge_map(json& original, const json& patch, const Schema* schema);

// An item of a merged list, with where it was in the original and in the
// patch (-1: not there).
struct Entry {
  json value;
  long original_pos = -1;
  long patch_pos = -1;
};

const json* merge_key_of(const json& item, const std::string& key) {
  if (!item.is_object()) return nullptr;
  auto it = item.find(key);
  return it == item.end() ? nullptr : &*it;
}

// mergeSliceWithoutSpecialElements: a patch item merges into the original
// item with the same key, else it is appended.
std::vector<Entry> merge_items(const json& original, const json& patch, const std::string& key, const Schema* items) {
  std::vector<Entry> merged;
  for (const json& item : original) merged.push_back({item, static_cast<long>(merged.size()), -1});
  long pos = 0;
  for (const json& item : patch) {
    const json* k = merge_key_of(item, key);
    auto same = std::find_if(merged.begin(), merged.end(), [&](const Entry& e) {
      const json* other = merge_key_of(e.value, key);
      return k != nullptr && other != nullptr && *other == *k;
    });
    if (same == merged.end()) {
      merged.push_back({item, -1, pos});
    } else {
      merge_map(same->value, item, items);
      if (same->patch_pos < 0) same->patch_pos = pos;
    }
    ++pos;
  }
  return merged;
}

// normalizeElementOrder: the patch's items in patch order, the others in
// original order, interleaved by original position; an item only in the
// patch goes before any original-only item it is compared with.
json normalize_order(std::vector<Entry> merged) {
  std::vector<Entry> patched;
  std::vector<Entry> server_only;
  for (Entry& e : merged) (e.patch_pos >= 0 ? patched : server_only).push_back(std::move(e));
  std::stable_sort(patched.begin(), patched.end(),
                   [](const Entry& a, const Entry& b) { return a.patch_pos < b.patch_pos; });
  json out = json::array();
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < server_only.size() || j < patched.size()) {
    const bool take_server =
        j == patched.size() || (i < server_only.size() && patched[j].original_pos >= 0 &&
                                server_only[i].original_pos < patched[j].original_pos);
    out.push_back(std::move(take_server ? server_only[i++].value : patched[j++].value));
  }
  return out;
}

void merge_value(json& original, const json& patch, const schema::Field* field) {
  const Schema* sub = field != nullptr ? field->schema : nullptr;
  if (original.is_object() && patch.is_object()) {
    merge_map(original, patch, sub);
  } else if (original.is_array() && patch.is_array() && field != nullptr && field->kind == Kind::ObjectList &&
             !field->merge_key.empty()) {
    original = normalize_order(merge_items(original, patch, std::string(field->merge_key), sub));
  } else {
    original = patch;  // scalars, atomic lists, a change of type
  }
}

// Without a schema (maps, probes) every list is atomic.
void merge_map(json& original, const json& patch, const Schema* schema) {
  for (const auto& [key, value] : patch.items()) {
    auto it = original.find(key);
    if (it == original.end()) {
      original[key] = value;
      continue;
    }
    merge_value(*it, value, schema != nullptr ? schema->find(key) : nullptr);
  }
}

}  // namespace

void merge_custom_profile(nlohmann::json& container, const CustomProfile& profile) {
  json patch = profile.spec;
  patch.erase("name");  // kubectl sets it to the container's own
  merge_map(container, patch, &schema::container());
}

}  // namespace kctl::debug
