#include "client/patch/json_merge_patch.h"

#include "client/patch/go_values.h"
#include "client/patch/patch_errors.h"
#include "client/printers/go_yaml.h"

namespace kctl::patch {

namespace {

// keepOrDeleteNullInObj: only the nulls (deletions) or only the rest.
json filter_nulls(const json& patch, bool keep_null) {
  json out = json::object();
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    const json& v = *it;
    if (v.is_null()) {
      if (keep_null) out[it.key()] = nullptr;
    } else if (v.is_object()) {
      // An explicitly set empty map is a value, not an empty patch.
      if (v.empty()) {
        if (!keep_null) out[it.key()] = v;
        continue;
      }
      json sub = filter_nulls(v, keep_null);
      if (!sub.empty()) out[it.key()] = std::move(sub);
    } else if (!keep_null) {
      out[it.key()] = v;
    }
  }
  return out;
}

// mergepatch.HasConflicts: the same key changed differently by both.
bool has_conflicts(const json& left, const json& right) {
  if (left.is_object()) {
    if (!right.is_object()) return true;
    for (auto it = left.begin(); it != left.end(); ++it) {
      auto other = right.find(it.key());
      if (other != right.end() && has_conflicts(*it, *other)) return true;
    }
    return false;
  }
  if (left.is_array()) {
    if (!right.is_array() || left.size() != right.size()) return true;
    for (std::size_t i = 0; i < left.size(); ++i)
      if (has_conflicts(left[i], right[i])) return true;
    return false;
  }
  return !go_deep_equal(left, right);
}

}  // namespace

json create_merge_patch(const json& original, const json& modified) {
  json patch = json::object();
  for (auto it = modified.begin(); it != modified.end(); ++it) {
    auto o = original.find(it.key());
    if (o == original.end() || o->type() != it->type()) {
      // Numbers are float64 to evanphx: 1 and 1.0 are the same type.
      if (o != original.end() && o->is_number() && it->is_number() && *o == *it) continue;
      patch[it.key()] = *it;
    } else if (o->is_object()) {
      json sub = create_merge_patch(*o, *it);
      if (!sub.empty()) patch[it.key()] = std::move(sub);
    } else if (*o != *it) {
      patch[it.key()] = *it;
    }
  }
  for (auto it = original.begin(); it != original.end(); ++it)
    if (!modified.contains(it.key())) patch[it.key()] = nullptr;
  return patch;
}

json apply_merge_patch(const json& target, const json& patch) {
  if (!patch.is_object()) return patch;
  json out = target.is_object() ? target : json::object();
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    if (it->is_null()) {
      out.erase(it.key());
      continue;
    }
    auto current = out.find(it.key());
    if (current != out.end() && current->is_object() && it->is_object()) {
      *current = apply_merge_patch(*current, *it);
    } else {
      json value = *it;
      discard_null_fields(value);
      out[it.key()] = std::move(value);
    }
  }
  return out;
}

Result<json> create_three_way_json_merge_patch(const json& original, const json& modified, const json& current) {
  const json empty = json::object();
  const json& o = original.is_null() ? empty : original;
  const json& m = modified.is_null() ? empty : modified;
  const json& c = current.is_null() ? empty : current;
  if (!o.is_object() || !m.is_object() || !c.is_object()) return bad_json_doc_error();
  json additions_and_changes = filter_nulls(create_merge_patch(c, m), false);
  json deletions = filter_nulls(create_merge_patch(o, m), true);
  if (has_conflicts(additions_and_changes, deletions))
    return patch_error("patch:\n" + printers::to_go_yaml(nlohmann::ordered_json(additions_and_changes)) +
                       "\nconflicts with changes made from original to current:\n" + printers::to_go_yaml(nlohmann::ordered_json(deletions)) +
                       "\n");
  // MergePatch(deletions, additions and changes): the deletions keep their
  // nulls, the additions are merged over them.
  return apply_merge_patch(deletions, additions_and_changes);
}

Result<> check_identity_unchanged(const json& patch) {
  auto metadata = patch.find("metadata");
  bool name_changed = metadata != patch.end() && metadata->is_object() && metadata->contains("name");
  if (patch.contains("apiVersion") || patch.contains("kind") || name_changed)
    return patch_error("precondition failed for: " + go_string(patch));
  return {};
}

}  // namespace kctl::patch
