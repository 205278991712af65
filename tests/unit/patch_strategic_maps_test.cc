// apimachinery strategicpatch patch_test.go: createStrategicMergePatchTestCaseData
// (fields of maps, nulls, replaced lists, retainKeys with no change), both
// the two-way and the three-way patch and their application.
#include <doctest/doctest.h>

#include <vector>

#include "patch_test_support.h"

namespace kctl::patch::testing {
namespace {

const std::vector<PatchCase>& map_cases() {
  static const std::vector<PatchCase> cases = {
      {"nil original", "", "name: 1\nvalue: 1\n", "name: 1\nvalue: 1\n", "name: 1\nother: a\n", "value: 1\n",
       "name: 1\nvalue: 1\nother: a\n", ""},
      {"nil patch", "name: 1\n", "{}", "name: 1\n", "name: 1\n", "{}", "name: 1\n", ""},
      {"add field to map", "name: 1\n", "value: 1\n", "name: 1\nvalue: 1\n", "name: 1\nother: a\n", "value: 1\n",
       "name: 1\nvalue: 1\nother: a\n", ""},
      {"add field to map with conflict", "name: 1\n", "value: 1\n", "name: 1\nvalue: 1\n", "name: a\nother: a\n",
       "name: 1\nvalue: 1\n", "name: 1\nvalue: 1\nother: a\n", ""},
      {"add field and delete field from map", "name: 1\n", "name: null\nvalue: 1\n", "value: 1\n",
       "name: 1\nother: a\n", "name: null\nvalue: 1\n", "value: 1\nother: a\n", ""},
      {"delete field from nested map", "simpleMap:\n  key1: 1\n  key2: 1\n", "simpleMap:\n  key2: null\n",
       "simpleMap:\n  key1: 1\n", "simpleMap:\n  key1: 1\n  key2: 1\n  other: a\n", "simpleMap:\n  key2: null\n",
       "simpleMap:\n  key1: 1\n  other: a\n", ""},
      {"delete field from nested map with conflict", "simpleMap:\n  key1: 1\n  key2: 1\n", "simpleMap:\n  key2: null\n",
       "simpleMap:\n  key1: 1\n", "simpleMap:\n  key1: a\n  key2: 1\n  other: a\n",
       "simpleMap:\n  key1: 1\n  key2: null\n", "simpleMap:\n  key1: 1\n  other: a\n", ""},
      {"delete all fields from map", "name: 1\nvalue: 1\n", "name: null\nvalue: null\n", "{}",
       "name: 1\nvalue: 1\nother: a\n", "name: null\nvalue: null\n", "other: a\n", ""},
      {"add field and delete all fields from map with conflict", "name: 1\nvalue: 1\n",
       "name: null\nvalue: null\nother: a\n", "other: a\n", "name: 1\nvalue: 1\nother: b\n",
       "name: null\nvalue: null\nother: a\n", "other: a\n", ""},
      {"replace list of scalars", "nonMergingIntList:\n  - 1\n  - 2\n", "nonMergingIntList:\n  - 2\n  - 3\n",
       "nonMergingIntList:\n  - 2\n  - 3\n", "nonMergingIntList:\n  - 1\n  - 2\n", "nonMergingIntList:\n  - 2\n  - 3\n",
       "nonMergingIntList:\n  - 2\n  - 3\n", ""},
      {"replace list of scalars with conflict", "nonMergingIntList:\n  - 1\n  - 2\n",
       "nonMergingIntList:\n  - 2\n  - 3\n", "nonMergingIntList:\n  - 2\n  - 3\n", "nonMergingIntList:\n  - 1\n  - 4\n",
       "nonMergingIntList:\n  - 2\n  - 3\n", "nonMergingIntList:\n  - 2\n  - 3\n", ""},
      {"delete all maps from merging list with conflict", "mergingList:\n  - name: 1\n  - name: 2\n",
       "mergingList:\n  - name: 1\n    $patch: delete\n  - name: 2\n    $patch: delete\n", "mergingList: []\n",
       "mergingList:\n  - name: 1\n    other: a\n  - name: 2\n    other: b\n",
       "mergingList:\n  - name: 1\n    $patch: delete\n  - name: 2\n    $patch: delete\n", "mergingList: []\n", ""},
      {"merge empty merging lists", "mergingList: []\n", "{}", "mergingList: []\n", "mergingList: []\n", "{}",
       "mergingList: []\n", ""},
      {"defined null values should propagate overwrite current fields (with conflict)", "name: 2\n",
       "name: 1\nvalue: 1\nother: null\n", "name: 1\nvalue: 1\nother: null\n", "name: a\nother: a\n",
       "name: 1\nvalue: 1\nother: null\n", "name: 1\nvalue: 1\n", "name: 1\nvalue: 1\n"},
      {"defined null values should propagate removing original fields",
       "name: original-name\nvalue: original-value\n", "name: modified-name\nvalue: null\n",
       "name: modified-name\nvalue: null\n", "name: original-name\nvalue: original-value\nother: current-other\n",
       "name: modified-name\nvalue: null\n", "name: modified-name\nother: current-other\n", "name: modified-name\n"},
      {"nil patch with retainKeys map", "name: a\nretainKeysMap:\n  name: foo\n", "{}",
       "name: a\nretainKeysMap:\n  name: foo\n", "name: a\nvalue: b\nretainKeysMap:\n  name: foo\n", "{}",
       "name: a\nvalue: b\nretainKeysMap:\n  name: foo\n", ""},
      {"retainKeys map with no change should not be present", "name: a\nretainKeysMap:\n  name: foo\n", "value: b\n",
       "name: a\nvalue: b\nretainKeysMap:\n  name: foo\n", "name: a\nother: c\nretainKeysMap:\n  name: foo\n",
       "value: b\n", "name: a\nvalue: b\nother: c\nretainKeysMap:\n  name: foo\n", ""},
  };
  return cases;
}

TEST_CASE("strategic merge patch: maps, nulls and replaced lists (patch_test.go)") {
  const PatchSchema schema = merge_item_schema();
  for (const PatchCase& c : map_cases()) {
    SUBCASE(c.description.c_str()) {
      check_two_way(c, schema);
      check_three_way(c, schema);
    }
  }
}

}  // namespace
}  // namespace kctl::patch::testing
