// apimachinery strategicpatch patch_test.go: retainKeys cases and
// customStrategicMergePatchTestCaseData (patches CreateTwoWayMergePatch
// never makes: $patch directives, patch-given order, bad patches).
#include <doctest/doctest.h>

#include <vector>

#include "patch_test_support.h"

namespace kctl::patch::testing {
namespace {

TEST_CASE("strategic merge patch: retainKeys (patch_test.go)") {
  const std::vector<PatchCase> cases = {
      {"retainKeys map should clear defaulted field", "{}", "retainKeysMap:\n  other: bar\n",
       "retainKeysMap:\n  other: bar\n", "retainKeysMap:\n  value: foo\n",
       "retainKeysMap:\n  $retainKeys:\n    - other\n  other: bar\n", "retainKeysMap:\n  other: bar\n", ""},
      {"retainKeys map should clear defaulted field with conflict (discriminated union)", "{}",
       "retainKeysMap:\n  name: type2\n  other: bar\n", "retainKeysMap:\n  name: type2\n  other: bar\n",
       "retainKeysMap:\n  name: type1\n  value: foo\n",
       "retainKeysMap:\n  $retainKeys:\n    - name\n    - other\n  name: type2\n  other: bar\n",
       "retainKeysMap:\n  name: type2\n  other: bar\n", ""},
      {"retainKeys map adds a field and clear a field", "retainKeysMap:\n  name: foo\n",
       "retainKeysMap:\n  $retainKeys:\n    - name\n    - value\n  value: bar\n",
       "retainKeysMap:\n  name: foo\n  value: bar\n", "retainKeysMap:\n  name: foo\n  other: a\n",
       "retainKeysMap:\n  $retainKeys:\n    - name\n    - value\n  value: bar\n",
       "retainKeysMap:\n  name: foo\n  value: bar\n", ""},
      {"retainKeys map deletes a field and clears a field", "retainKeysMap:\n  name: foo\n  value: bar\n",
       "retainKeysMap:\n  $retainKeys:\n    - name\n  value: null\n", "retainKeysMap:\n  name: foo\n",
       "retainKeysMap:\n  name: foo\n  value: bar\n  other: a\n",
       "retainKeysMap:\n  $retainKeys:\n    - name\n  value: null\n", "retainKeysMap:\n  name: foo\n", ""},
      {"retainKeys map clears a field", "retainKeysMap:\n  name: foo\n  value: bar\n", "{}",
       "retainKeysMap:\n  name: foo\n  value: bar\n", "retainKeysMap:\n  name: foo\n  value: bar\n  other: a\n",
       "retainKeysMap:\n  $retainKeys:\n    - name\n    - value\n", "retainKeysMap:\n  name: foo\n  value: bar\n", ""},
      {"retainKeys map deletes a field in a nested map", "retainKeysMap:\n  name: foo\n  value: bar\n  simpleMap:\n"
       "    key1: a\n    key2: b\n",
       "retainKeysMap:\n  $retainKeys:\n    - name\n    - simpleMap\n    - value\n  simpleMap:\n    key2: null\n",
       "retainKeysMap:\n  name: foo\n  value: bar\n  simpleMap:\n    key1: a\n",
       "retainKeysMap:\n  name: foo\n  value: bar\n  simpleMap:\n    key1: a\n    key2: b\n    key3: c\n",
       "retainKeysMap:\n  $retainKeys:\n    - name\n    - simpleMap\n    - value\n  simpleMap:\n    key2: null\n",
       "retainKeysMap:\n  name: foo\n  value: bar\n  simpleMap:\n    key1: a\n    key3: c\n", ""},
      {"retainKeys map replaces non-merging list",
       "retainKeysMap:\n  name: foo\n  value: bar\n  nonMergingList:\n  - name: a\n  - name: b\n",
       "retainKeysMap:\n  $retainKeys:\n    - name\n    - nonMergingList\n    - value\n"
       "  nonMergingList:\n  - name: a\n  - name: c\n  - name: b\n",
       "retainKeysMap:\n  name: foo\n  value: bar\n  nonMergingList:\n  - name: a\n  - name: c\n  - name: b\n",
       "retainKeysMap:\n  name: foo\n  value: bar\n  nonMergingList:\n  - name: a\n  - name: b\n",
       "retainKeysMap:\n  $retainKeys:\n    - name\n    - nonMergingList\n    - value\n"
       "  nonMergingList:\n  - name: a\n  - name: c\n  - name: b\n",
       "retainKeysMap:\n  name: foo\n  value: bar\n  nonMergingList:\n  - name: a\n  - name: c\n  - name: b\n", ""},
  };
  const PatchSchema schema = merge_item_schema();
  for (const PatchCase& c : cases) {
    SUBCASE(c.description.c_str()) {
      check_two_way(c, schema);
      check_three_way(c, schema);
    }
  }
}

TEST_CASE("strategic merge patch: applying hand-written patches (customStrategicMergePatchTestCaseData)") {
  struct Apply {
    const char* description;
    const char* original;
    const char* patch;
    const char* result;
  };
  const std::vector<Apply> cases = {
      {"unique scalars when merging lists", "mergingIntList:\n  - 1\n  - 2\n", "mergingIntList:\n  - 2\n  - 3\n",
       "mergingIntList:\n  - 1\n  - 2\n  - 3\n"},
      {"delete map from nested map", "simpleMap:\n  key1: 1\n  key2: 1\n", "simpleMap:\n  $patch: delete\n",
       "simpleMap: {}\n"},
      {"delete all items from merging list", "mergingList:\n  - name: 1\n  - name: 2\n",
       "mergingList:\n  - $patch: replace\n", "mergingList: []\n"},
      {"delete all keys from map", "name: 1\nvalue: 1\n", "$patch: replace\n", "{}"},
      {"add key and delete all keys from map", "name: 1\nvalue: 1\n", "other: a\n$patch: replace\n", "other: a\n"},
      {"delete all duplicate entries in a merging list",
       "mergingList:\n  - name: 1\n  - name: 1\n  - name: 2\n    value: a\n  - name: 3\n  - name: 3\n",
       "mergingList:\n  - name: 1\n    $patch: delete\n  - name: 3\n    $patch: delete\n",
       "mergingList:\n  - name: 2\n    value: a\n"},
      {"retainKeys map can delete a field when no retainKeys directive present",
       "retainKeysMap:\n  name: foo\n  value: a\n", "retainKeysMap:\n  value: null\n", "retainKeysMap:\n  name: foo\n"},
      {"retainKeys list can change a field when no retainKeys directive present",
       "retainKeysMergingList:\n- name: bar\n- name: foo\n  value: a\n", "retainKeysMergingList:\n- name: foo\n  value: b\n",
       "retainKeysMergingList:\n- name: bar\n- name: foo\n  value: b\n"},
      {"preserve the order from the patch in a merging list 2",
       "mergingList:\n  - name: 1\n  - name: 2\n    value: b\n  - name: 3\n",
       "mergingList:\n  - name: 3\n    value: c\n  - name: 1\n    value: a\n",
       "mergingList:\n  - name: 2\n    value: b\n  - name: 3\n    value: c\n  - name: 1\n    value: a\n"},
      {"preserve the order from the patch in a merging int list", "mergingIntList:\n  - 1\n  - 2\n  - 3\n",
       "mergingIntList:\n  - 3\n  - 1\n", "mergingIntList:\n  - 2\n  - 3\n  - 1\n"},
      {"$setElementOrder contains item that is not present in the list to be merged",
       "mergingList:\n  - name: 1\n  - name: 3\n",
       "$setElementOrder/mergingList:\n  - name: 3\n  - name: 2\n  - name: 1\n"
       "mergingList:\n  - name: 3\n    value: 3\n  - name: 1\n    value: 1\n",
       "mergingList:\n  - name: 3\n    value: 3\n  - name: 1\n    value: 1\n"},
      {"$deleteFromPrimitiveList of nonexistent item in primitive list should not add the item to the list",
       "mergingIntList:\n  - 1\n  - 2\n", "$deleteFromPrimitiveList/mergingIntList:\n  - 3\n",
       "mergingIntList:\n  - 1\n  - 2\n"},
      {"replace RawExtension field", "name: my-object\nreplacingItem:\n  Some: Generic\n  Field: Period\n",
       "replacingItem:\n  Newly: Modified\n", "name: my-object\nreplacingItem:\n  Newly: Modified\n"},
  };
  const PatchSchema schema = merge_item_schema();
  for (const Apply& c : cases) {
    SUBCASE(c.description) {
      auto applied = strategic_merge_patch(y(c.original), y(c.patch), schema);
      REQUIRE_MESSAGE(applied.ok(), (applied.ok() ? std::string() : applied.error().message));
      CHECK(applied->dump() == y(c.result).dump());
    }
  }
}

TEST_CASE("strategic merge patch: bad patches are errors in apimachinery's words") {
  const PatchSchema schema = merge_item_schema();
  auto error_of = [&](const char* original, const char* patch) {
    auto applied = strategic_merge_patch(y(original), y(patch), schema);
    return applied.ok() ? std::string() : applied.error().message;
  };
  CHECK(error_of("mergingList:\n  - name: 1\n  - name: 3\n  - name: 2\n",
                 "$setElementOrder/mergingList:\n  - name: 1\n  - name: 2\n  - name: 3\n"
                 "mergingList:\n  - name: 3\n    value: 3\n  - name: 1\n    value: 1\n")
            .find("doesn't match") != std::string::npos);
  CHECK(error_of("mergingList:\n  - name: 1\n    value: a\n", "mergingList:\n  - value: b\n") ==
        "map: map[value:b] does not contain declared merge key: name");
  CHECK(error_of("name: 1\n", "$patch: bogus\n") == "unknown patch type: bogus in map: map[$patch:bogus]");
  CHECK(error_of("name: 1\n", "unknownField:\n  a: 1\n").empty());  // new values need no metadata
  CHECK(error_of("retainKeysMap:\n  name: foo\n", "retainKeysMap:\n  $retainKeys: [name]\n  value: v\n") ==
        "invalid patch format of retainKeys");
}

}  // namespace
}  // namespace kctl::patch::testing
