#include "client/patch/list_order.h"

#include "client/patch/directives.h"
#include "client/patch/patch_errors.h"

namespace kctl::patch {

Result<std::string> directive_field(const std::string& key, std::string_view prefix) {
  auto slash = key.find('/');
  if (slash == std::string::npos || std::string_view(key).substr(0, slash) != prefix) {
    if (prefix == kDeleteFromPrimitiveListPrefix) return bad_primitive_list_format_error();
    if (prefix == kSetElementOrderPrefix) return bad_set_element_order_format_error();
    return patch_error("fail to find unknown prefix \"" + std::string(prefix) + "\" in " + key + "\n");
  }
  return key.substr(slash + 1);
}

namespace {

// index(): where `value` is in `list`, by merge key value for maps.
long index_of(const json& list, const json& value, const std::string& merge_key, GoType kind) {
  auto key_of = [&](const json& item) -> json {
    if (kind != GoType::Map) return item;
    if (!item.is_object()) return nullptr;
    auto it = item.find(merge_key);
    return it == item.end() ? json(nullptr) : *it;
  };
  const json wanted = key_of(value);
  for (std::size_t i = 0; i < list.size(); ++i)
    if (go_equal(wanted, key_of(list[i]))) return static_cast<long>(i);
  return -1;
}

// mergeSortedSlice: each item of `left` goes before the first item of
// `right` it precedes in the server's order.
json merge_sorted(const json& left, const json& right, const json& server_order, const std::string& merge_key,
                  GoType kind) {
  json out = json::array();
  std::size_t i = 0, j = 0;
  const std::size_t size = left.size() + right.size();
  for (std::size_t k = 0; k < size; ++k) {
    if (i >= left.size() && j < right.size()) {
      out.push_back(right[j++]);
    } else if (j >= right.size() && i < left.size()) {
      out.push_back(left[i++]);
    } else {
      long li = index_of(server_order, left[i], merge_key, kind);
      long ri = index_of(server_order, right[j], merge_key, kind);
      if (li >= 0 && ri >= 0 && li < ri) out.push_back(left[i++]);
      else out.push_back(right[j++]);
    }
  }
  return out;
}

}  // namespace

Result<> validate_merge_key_in_lists(const std::string& merge_key, std::initializer_list<const json*> lists) {
  for (const json* list : lists) {
    if (list == nullptr || !list->is_array()) continue;
    for (const json& item : *list) {
      if (!item.is_object()) return bad_arg_type_error(kGoMapType, item);
      if (!item.contains(merge_key)) return no_merge_key_error(item, merge_key);
    }
  }
  return {};
}

Result<json> normalize_slice_order(json to_sort, const json& order, const std::string& merge_key, GoType kind) {
  if (!to_sort.is_array()) to_sort = json::array();
  json to_delete = json::array();
  if (kind == GoType::Map) {
    if (auto valid = validate_merge_key_in_lists(merge_key, {&to_sort, &order}); !valid) return valid.take_error();
    json keep = json::array();
    for (json& v : to_sort) {
      auto directive = v.find(kDirectiveMarker);
      if (directive != v.end() && *directive == kDeleteDirective) to_delete.push_back(std::move(v));
      else keep.push_back(std::move(v));
    }
    to_sort = std::move(keep);
  }
  go_stable_sort(
      static_cast<std::ptrdiff_t>(to_sort.size()),
      [&](std::ptrdiff_t i, std::ptrdiff_t j) {
        long ii = index_of(order, to_sort[i], merge_key, kind);
        if (ii < 0) return true;
        long ij = index_of(order, to_sort[j], merge_key, kind);
        return ij < 0 || ii < ij;
      },
      [&](std::ptrdiff_t i, std::ptrdiff_t j) { std::swap(to_sort[i], to_sort[j]); });
  for (json& v : to_delete) to_sort.push_back(std::move(v));
  return to_sort;
}

Result<json> normalize_element_order(json patch, json server_only, const json& patch_order, const json& server_order,
                                     const std::string& merge_key, GoType kind) {
  auto sorted_patch = normalize_slice_order(std::move(patch), patch_order, merge_key, kind);
  if (!sorted_patch) return sorted_patch.take_error();
  auto sorted_server = normalize_slice_order(std::move(server_only), server_order, merge_key, kind);
  if (!sorted_server) return sorted_server.take_error();
  return merge_sorted(*sorted_server, *sorted_patch, server_order, merge_key, kind);
}

Partition partition_primitives(const json& list, const json& by) {
  Partition out;
  for (const json& v : list) {
    bool present = false;
    if (by.is_array())
      for (const json& b : by) present = present || go_equal(v, b);
    (present ? out.present : out.absent).push_back(v);
  }
  return out;
}

Result<long> find_map_by_key(const json& list, const std::string& key, const json& value) {
  if (!list.is_array()) return -1L;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_object()) return patch_error("value for key " + std::to_string(i) + " is not a map");
    auto it = list[i].find(key);
    if (it != list[i].end() && go_equal(*it, value)) return static_cast<long>(i);
  }
  return -1L;
}

Result<Partition> partition_maps(const json& list, const json& by, const std::string& merge_key) {
  Partition out;
  for (const json& v : list) {
    if (!v.is_object()) return bad_arg_type_error(kGoMapType, v);
    auto key = v.find(merge_key);
    if (key == v.end()) return no_merge_key_error(v, merge_key);
    auto found = find_map_by_key(by, merge_key, *key);
    if (!found) return found.take_error();
    (*found >= 0 ? out.present : out.absent).push_back(v);
  }
  return out;
}

}  // namespace kctl::patch
