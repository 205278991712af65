// The list ordering steps of strategic merge patch (strategicpatch's
// normalizeSliceOrder, normalizeElementOrder, mergeSortedSlice and the
// partitions): the patch's items in the order the patch (or its
// $setElementOrder list) gives, the server-only items in the live order,
// interleaved.
#pragma once

#include <string>

#include "client/patch/go_values.h"
#include "client/result.h"

namespace kctl::patch {

// `to_sort` in the order of `order` (by merge key for maps); maps marked
// "$patch: delete" go last.
Result<json> normalize_slice_order(json to_sort, const json& order, const std::string& merge_key, GoType kind);

// Both lists normalized, then merged keeping each one's relative order.
Result<json> normalize_element_order(json patch, json server_only, const json& patch_order, const json& server_order,
                                     const std::string& merge_key, GoType kind);

// Items of `list` that are (first) and are not (second) in `by`.
struct Partition {
  json present = json::array();
  json absent = json::array();
};
Partition partition_primitives(const json& list, const json& by);
Result<Partition> partition_maps(const json& list, const json& by, const std::string& merge_key);

// findMapInSliceBasedOnKeyValue: the index of the first map whose `key` is
// `value`, or -1.
Result<long> find_map_by_key(const json& list, const std::string& key, const json& value);

// Checks every item of the lists is a map with the merge key.
Result<> validate_merge_key_in_lists(const std::string& merge_key, std::initializer_list<const json*> lists);

}  // namespace kctl::patch
