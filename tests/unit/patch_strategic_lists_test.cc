// apimachinery strategicpatch patch_test.go: strategicMergePatchRawTestCases
// (lists merged by key, lists of primitives, $setElementOrder, nested
// merging lists) with their exact patches and exact resulting order.
#include <doctest/doctest.h>

#include <vector>

#include "patch_test_support.h"

namespace kctl::patch::testing {
namespace {

const std::vector<PatchCase>& list_cases() {
  static const std::vector<PatchCase> cases = {
      {"delete items in lists of scalars", "mergingIntList:\n  - 1\n  - 2\n  - 3\n",
       "$setElementOrder/mergingIntList:\n  - 1\n  - 2\n$deleteFromPrimitiveList/mergingIntList:\n  - 3\n",
       "mergingIntList:\n  - 1\n  - 2\n", "mergingIntList:\n  - 1\n  - 2\n  - 3\n  - 4\n",
       "$setElementOrder/mergingIntList:\n  - 1\n  - 2\n$deleteFromPrimitiveList/mergingIntList:\n  - 3\n",
       "mergingIntList:\n  - 1\n  - 2\n  - 4\n", ""},
      {"delete all duplicate items in lists of scalars", "mergingIntList:\n  - 1\n  - 2\n  - 3\n  - 3\n",
       "$setElementOrder/mergingIntList:\n  - 1\n  - 2\n$deleteFromPrimitiveList/mergingIntList:\n  - 3\n",
       "mergingIntList:\n  - 1\n  - 2\n", "mergingIntList:\n  - 1\n  - 2\n  - 3\n  - 3\n  - 4\n",
       "$setElementOrder/mergingIntList:\n  - 1\n  - 2\n$deleteFromPrimitiveList/mergingIntList:\n  - 3\n",
       "mergingIntList:\n  - 1\n  - 2\n  - 4\n", ""},
      {"add and delete items in lists of scalars", "mergingIntList:\n  - 1\n  - 2\n  - 3\n",
       "$setElementOrder/mergingIntList:\n  - 1\n  - 2\n  - 4\n$deleteFromPrimitiveList/mergingIntList:\n  - 3\n"
       "mergingIntList:\n  - 4\n",
       "mergingIntList:\n  - 1\n  - 2\n  - 4\n", "mergingIntList:\n  - 1\n  - 2\n  - 3\n  - 4\n",
       "$setElementOrder/mergingIntList:\n  - 1\n  - 2\n  - 4\n$deleteFromPrimitiveList/mergingIntList:\n  - 3\n",
       "mergingIntList:\n  - 1\n  - 2\n  - 4\n", ""},
      {"merge lists of maps", "mergingList:\n  - name: 1\n  - name: 2\n    value: 2\n",
       "$setElementOrder/mergingList:\n  - name: 4\n  - name: 1\n  - name: 2\n  - name: 3\n"
       "mergingList:\n  - name: 4\n    value: 4\n  - name: 3\n    value: 3\n",
       "mergingList:\n  - name: 4\n    value: 4\n  - name: 1\n  - name: 2\n    value: 2\n  - name: 3\n    value: 3\n",
       "mergingList:\n  - name: 1\n    other: a\n  - name: 2\n    value: 2\n    other: b\n",
       "$setElementOrder/mergingList:\n  - name: 4\n  - name: 1\n  - name: 2\n  - name: 3\n"
       "mergingList:\n  - name: 4\n    value: 4\n  - name: 3\n    value: 3\n",
       "mergingList:\n  - name: 4\n    value: 4\n  - name: 1\n    other: a\n  - name: 2\n    value: 2\n    other: b\n"
       "  - name: 3\n    value: 3\n",
       ""},
      {"merge lists of maps with conflict", "mergingList:\n  - name: 1\n  - name: 2\n    value: 2\n",
       "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\n  - name: 3\nmergingList:\n  - name: 3\n    value: 3\n",
       "mergingList:\n  - name: 1\n  - name: 2\n    value: 2\n  - name: 3\n    value: 3\n",
       "mergingList:\n  - name: 1\n    other: a\n  - name: 2\n    value: 3\n    other: b\n",
       "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\n  - name: 3\n"
       "mergingList:\n  - name: 2\n    value: 2\n  - name: 3\n    value: 3\n",
       "mergingList:\n  - name: 1\n    other: a\n  - name: 2\n    value: 2\n    other: b\n  - name: 3\n    value: 3\n",
       ""},
      {"add field to map in merging list with conflict", "mergingList:\n  - name: 1\n  - name: 2\n    value: 2\n",
       "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\nmergingList:\n  - name: 1\n    value: 1\n",
       "mergingList:\n  - name: 1\n    value: 1\n  - name: 2\n    value: 2\n",
       "mergingList:\n  - name: 1\n    other: a\n  - name: 3\n    value: 2\n    other: b\n",
       "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\n"
       "mergingList:\n  - name: 1\n    value: 1\n  - name: 2\n    value: 2\n",
       "mergingList:\n  - name: 1\n    value: 1\n    other: a\n  - name: 2\n    value: 2\n  - name: 3\n    value: 2\n"
       "    other: b\n",
       ""},
      {"add an item that already exists in current object in merging list",
       "mergingList:\n  - name: 1\n    value: a\n  - name: 2\n",
       "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\n  - name: 3\nmergingList:\n  - name: 3\n",
       "mergingList:\n  - name: 1\n    value: a\n  - name: 2\n  - name: 3\n",
       "mergingList:\n  - name: 1\n    value: a\n    other: x\n  - name: 2\n  - name: 3\n", "{}",
       "mergingList:\n  - name: 1\n    value: a\n    other: x\n  - name: 2\n  - name: 3\n", ""},
      {"delete map from merging list", "mergingList:\n  - name: 1\n  - name: 2\n",
       "$setElementOrder/mergingList:\n  - name: 2\nmergingList:\n  - name: 1\n    $patch: delete\n",
       "mergingList:\n  - name: 2\n", "mergingList:\n  - name: 1\n  - name: 2\n    other: b\n",
       "$setElementOrder/mergingList:\n  - name: 2\nmergingList:\n  - name: 1\n    $patch: delete\n",
       "mergingList:\n  - name: 2\n    other: b\n", ""},
      {"delete missing map from merging list with conflict", "mergingList:\n  - name: 1\n  - name: 2\n",
       "$setElementOrder/mergingList:\n  - name: 2\nmergingList:\n  - name: 1\n    $patch: delete\n",
       "mergingList:\n  - name: 2\n", "mergingList:\n  - name: 3\n    other: a\n",
       "$setElementOrder/mergingList:\n  - name: 2\nmergingList:\n  - name: 2\n  - name: 1\n    $patch: delete\n",
       "mergingList:\n  - name: 2\n  - name: 3\n    other: a\n", ""},
      {"add map and delete map from merging list", "mergingList:\n  - name: 1\n  - name: 2\n",
       "$setElementOrder/mergingList:\n  - name: 2\n  - name: 3\n"
       "mergingList:\n  - name: 3\n  - name: 1\n    $patch: delete\n",
       "mergingList:\n  - name: 2\n  - name: 3\n",
       "mergingList:\n  - name: 1\n  - name: 2\n    other: b\n  - name: 4\n    other: c\n",
       "$setElementOrder/mergingList:\n  - name: 2\n  - name: 3\n"
       "mergingList:\n  - name: 3\n  - name: 1\n    $patch: delete\n",
       "mergingList:\n  - name: 2\n    other: b\n  - name: 4\n    other: c\n  - name: 3\n", ""},
      {"add map and delete map from merging list with conflict", "mergingList:\n  - name: 1\n  - name: 2\n",
       "$setElementOrder/mergingList:\n  - name: 2\n  - name: 3\n"
       "mergingList:\n  - name: 3\n  - name: 1\n    $patch: delete\n",
       "mergingList:\n  - name: 2\n  - name: 3\n", "mergingList:\n  - name: 1\n    other: a\n  - name: 4\n    other: c\n",
       "$setElementOrder/mergingList:\n  - name: 2\n  - name: 3\n"
       "mergingList:\n  - name: 2\n  - name: 3\n  - name: 1\n    $patch: delete\n",
       "mergingList:\n  - name: 4\n    other: c\n  - name: 2\n  - name: 3\n", ""},
      {"delete missing field from map in merging list with conflict",
       "mergingList:\n  - name: 1\n    value: 1\n  - name: 2\n    value: 2\n",
       "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\nmergingList:\n  - name: 1\n    value: null\n",
       "mergingList:\n  - name: 1\n  - name: 2\n    value: 2\n",
       "mergingList:\n  - name: 1\n    other: a\n  - name: 2\n    other: b\n",
       "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\n"
       "mergingList:\n  - name: 1\n    value: null\n  - name: 2\n    value: 2\n",
       "mergingList:\n  - name: 1\n    other: a\n  - name: 2\n    value: 2\n    other: b\n", ""},
      {"replace non merging list nested in merging list with deletion conflict",
       "mergingList:\n  - name: 1\n    nonMergingList:\n      - name: 1\n      - name: 2\n        value: 2\n  - name: 2\n",
       "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\n"
       "mergingList:\n  - name: 1\n    nonMergingList:\n      - name: 1\n        value: 1\n",
       "mergingList:\n  - name: 1\n    nonMergingList:\n      - name: 1\n        value: 1\n  - name: 2\n",
       "mergingList:\n  - name: 1\n    other: a\n    nonMergingList:\n      - name: 2\n        value: 2\n"
       "  - name: 2\n    other: b\n",
       "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\n"
       "mergingList:\n  - name: 1\n    nonMergingList:\n      - name: 1\n        value: 1\n",
       "mergingList:\n  - name: 1\n    other: a\n    nonMergingList:\n      - name: 1\n        value: 1\n"
       "  - name: 2\n    other: b\n",
       ""},
      {"add field to map in merging list nested in merging list with value conflict",
       "mergingList:\n  - name: 1\n    mergingList:\n      - name: 1\n      - name: 2\n        value: 2\n  - name: 2\n",
       "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\n"
       "mergingList:\n  - $setElementOrder/mergingList:\n      - name: 1\n      - name: 2\n    name: 1\n"
       "    mergingList:\n      - name: 1\n        value: 1\n",
       "mergingList:\n  - name: 1\n    mergingList:\n      - name: 1\n        value: 1\n      - name: 2\n        value: 2\n"
       "  - name: 2\n",
       "mergingList:\n  - name: 1\n    other: a\n    mergingList:\n      - name: 1\n        value: a\n        other: c\n"
       "      - name: 2\n        value: b\n        other: d\n  - name: 2\n    other: b\n",
       "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\n"
       "mergingList:\n  - $setElementOrder/mergingList:\n      - name: 1\n      - name: 2\n    name: 1\n"
       "    mergingList:\n      - name: 1\n        value: 1\n      - name: 2\n        value: 2\n",
       "mergingList:\n  - name: 1\n    other: a\n    mergingList:\n      - name: 1\n        value: 1\n        other: c\n"
       "      - name: 2\n        value: 2\n        other: d\n  - name: 2\n    other: b\n",
       ""},
      {"add field to map in merging list nested in merging list with deletion conflict (reordered)",
       "mergingList:\n  - name: 1\n    mergingList:\n      - name: 1\n      - name: 2\n        value: 2\n  - name: 2\n",
       "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\n"
       "mergingList:\n  - $setElementOrder/mergingList:\n      - name: 2\n      - name: 1\n    name: 1\n"
       "    mergingList:\n      - name: 1\n        value: 1\n",
       "mergingList:\n  - name: 1\n    mergingList:\n      - name: 2\n        value: 2\n      - name: 1\n        value: 1\n"
       "  - name: 2\n",
       "mergingList:\n  - name: 1\n    other: a\n    mergingList:\n      - name: 2\n        value: 2\n        other: d\n"
       "  - name: 2\n    other: b\n",
       "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\n"
       "mergingList:\n  - $setElementOrder/mergingList:\n      - name: 2\n      - name: 1\n    name: 1\n"
       "    mergingList:\n      - name: 1\n        value: 1\n",
       "mergingList:\n  - name: 1\n    other: a\n    mergingList:\n      - name: 2\n        value: 2\n        other: d\n"
       "      - name: 1\n        value: 1\n  - name: 2\n    other: b\n",
       ""},
      {"add map to merging list by pointer with conflict", "mergeItemPtr:\n  - name: 1\n",
       "$setElementOrder/mergeItemPtr:\n  - name: 1\n  - name: 2\nmergeItemPtr:\n  - name: 2\n",
       "mergeItemPtr:\n  - name: 1\n  - name: 2\n", "mergeItemPtr:\n  - name: 3\n",
       "$setElementOrder/mergeItemPtr:\n  - name: 1\n  - name: 2\nmergeItemPtr:\n  - name: 1\n  - name: 2\n",
       "mergeItemPtr:\n  - name: 1\n  - name: 2\n  - name: 3\n", ""},
      {"merge lists of scalars", "mergingIntList:\n- 1\n- 2\n",
       "$setElementOrder/mergingIntList:\n- 1\n- 2\n- 3\nmergingIntList:\n- 3\n", "mergingIntList:\n- 1\n- 2\n- 3\n",
       "mergingIntList:\n- 1\n- 2\n- 4\n", "$setElementOrder/mergingIntList:\n- 1\n- 2\n- 3\nmergingIntList:\n- 3\n",
       "mergingIntList:\n- 1\n- 2\n- 3\n- 4\n", ""},
      {"add an item in a list of primitives and preserve order", "mergingIntList:\n- 1\n- 2\n",
       "$setElementOrder/mergingIntList:\n- 3\n- 1\n- 2\nmergingIntList:\n- 3\n", "mergingIntList:\n- 3\n- 1\n- 2\n",
       "mergingIntList:\n- 1\n- 4\n- 2\n", "$setElementOrder/mergingIntList:\n- 3\n- 1\n- 2\nmergingIntList:\n- 3\n",
       "mergingIntList:\n- 3\n- 1\n- 4\n- 2\n", ""},
      {"delete an item in a list of primitives and preserve order", "mergingIntList:\n- 1\n- 2\n- 3\n",
       "$setElementOrder/mergingIntList:\n- 2\n- 1\n$deleteFromPrimitiveList/mergingIntList:\n- 3\n",
       "mergingIntList:\n- 2\n- 1\n", "mergingIntList:\n- 1\n- 2\n- 3\n",
       "$setElementOrder/mergingIntList:\n- 2\n- 1\n$deleteFromPrimitiveList/mergingIntList:\n- 3\n",
       "mergingIntList:\n- 2\n- 1\n", ""},
      {"add and delete an item in a list and preserve order",
       "mergingList:\n  - name: 1\n  - name: 3\n    value: 3\n  - name: 2\n    value: 2\n",
       "$setElementOrder/mergingList:\n  - name: 4\n  - name: 2\n  - name: 1\n"
       "mergingList:\n  - name: 4\n    value: 4\n  - name: 3\n    $patch: delete\n",
       "mergingList:\n  - name: 4\n    value: 4\n  - name: 2\n    value: 2\n  - name: 1\n",
       "mergingList:\n  - name: 1\n    other: a\n  - name: 2\n    value: 2\n    other: b\n  - name: 3\n    value: 3\n",
       "$setElementOrder/mergingList:\n  - name: 4\n  - name: 2\n  - name: 1\n"
       "mergingList:\n  - name: 4\n    value: 4\n  - name: 3\n    $patch: delete\n",
       "mergingList:\n  - name: 4\n    value: 4\n  - name: 2\n    value: 2\n    other: b\n  - name: 1\n    other: a\n", ""},
      {"set elements order in a list with server-only items 3",
       "mergingList:\n  - name: 1\n  - name: 2\n    value: 2\n  - name: 3\n    value: 3\n  - name: 4\n    value: 4\n",
       "$setElementOrder/mergingList:\n  - name: 2\n  - name: 1\n  - name: 4\n  - name: 3\n",
       "mergingList:\n  - name: 2\n    value: 2\n  - name: 1\n  - name: 4\n    value: 4\n  - name: 3\n    value: 3\n",
       "mergingList:\n  - name: 1\n    other: a\n  - name: 2\n    value: 2\n  - name: 7\n  - name: 9\n  - name: 8\n"
       "  - name: 3\n    value: 3\n  - name: 4\n    value: 4\n",
       "$setElementOrder/mergingList:\n  - name: 2\n  - name: 1\n  - name: 4\n  - name: 3\n",
       "mergingList:\n  - name: 2\n    value: 2\n  - name: 1\n    other: a\n  - name: 7\n  - name: 9\n  - name: 8\n"
       "  - name: 4\n    value: 4\n  - name: 3\n    value: 3\n",
       ""},
      {"set elements order in a int list with server-only items 2", "mergingIntList:\n  - 1\n  - 2\n  - 3\n  - 4\n",
       "$setElementOrder/mergingIntList:\n  - 2\n  - 1\n  - 4\n  - 3\n", "mergingIntList:\n  - 2\n  - 1\n  - 4\n  - 3\n",
       "mergingIntList:\n  - 1\n  - 2\n  - 9\n  - 3\n  - 4\n",
       "$setElementOrder/mergingIntList:\n  - 2\n  - 1\n  - 4\n  - 3\n",
       "mergingIntList:\n  - 2\n  - 1\n  - 9\n  - 4\n  - 3\n", ""},
      {"behavior of set element order for a merging list with duplicate",
       "mergingList:\n- name: 1\n- name: 2\n  value: dup1\n- name: 3\n- name: 2\n  value: dup2\n- name: 4\n",
       "$setElementOrder/mergingList:\n- name: 2\n- name: 1\n- name: 4\n- name: 3\n- name: 2\n",
       "mergingList:\n- name: 2\n  value: dup1\n- name: 1\n- name: 4\n- name: 3\n- name: 2\n  value: dup2\n",
       "mergingList:\n- name: 1\n- name: 2\n  value: dup1\n- name: 3\n- name: 2\n  value: dup2\n- name: 4\n",
       "$setElementOrder/mergingList:\n- name: 2\n- name: 1\n- name: 4\n- name: 3\n- name: 2\n",
       "mergingList:\n- name: 2\n  value: dup1\n- name: 2\n  value: dup2\n- name: 1\n- name: 4\n- name: 3\n",
       "mergingList:\n- name: 2\n  value: dup1\n- name: 2\n  value: dup2\n- name: 1\n- name: 4\n- name: 3\n"},
      {"behavior of set element order for a merging int list with duplicate", "mergingIntList:\n- 1\n- 2\n- 3\n- 2\n- 4\n",
       "$setElementOrder/mergingIntList:\n- 2\n- 1\n- 4\n- 3\n- 2\n", "mergingIntList:\n- 2\n- 1\n- 4\n- 3\n- 2\n",
       "mergingIntList:\n- 1\n- 2\n- 3\n- 2\n- 4\n", "$setElementOrder/mergingIntList:\n- 2\n- 1\n- 4\n- 3\n- 2\n",
       "mergingIntList:\n- 2\n- 2\n- 1\n- 4\n- 3\n", "mergingIntList:\n- 2\n- 2\n- 1\n- 4\n- 3\n"},
  };
  return cases;
}

TEST_CASE("strategic merge patch: merging lists and element order (patch_test.go)") {
  const PatchSchema schema = merge_item_schema();
  for (const PatchCase& c : list_cases()) {
    SUBCASE(c.description.c_str()) {
      check_two_way(c, schema);
      check_three_way(c, schema);
    }
  }
}

}  // namespace
}  // namespace kctl::patch::testing
