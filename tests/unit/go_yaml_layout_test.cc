// client/printers/go_yaml: document layout and key order. Expected texts
// are kubectl v1.32's output for the same JSON.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "client/printers/go_yaml.h"

namespace kctl::printers {
namespace {

using OrderedJson = nlohmann::ordered_json;

TEST_CASE("go_yaml: nested maps indent, lists sit at their key's column") {
  const OrderedJson doc = OrderedJson::parse(R"({"map": {"b": 1, "a": {"c": [1, 2], "d": "x"}},
    "list": [{"x": 1, "y": [3]}, [4, [5]], "s", null, {}, [], {"m": {"n": "o"}}],
    "emptyMap": {}, "emptyList": [], "nil": null, "bool": true, "listOfLists": [[[]]]})");
  CHECK(to_go_yaml(doc) == R"(bool: true
emptyList: []
emptyMap: {}
list:
- x: 1
  "y":
  - 3
- - 4
  - - 5
- s
- null
- {}
- []
- m:
    "n": o
listOfLists:
- - []
map:
  a:
    c:
    - 1
    - 2
    d: x
  b: 1
nil: null
)");
}

TEST_CASE("go_yaml: empty and scalar documents") {
  struct Row {
    const char* json;
    std::string want;
  };
  const Row rows[] = {
      {"{}", "{}\n"},
      {"[]", "[]\n"},
      {"[{}]", "- {}\n"},
      {"{\"a\": {}}", "a: {}\n"},
      {"{\"a\": []}", "a: []\n"},
      {"\"text\"", "text\n"},
      {"null", "null\n"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.json) { CHECK(to_go_yaml(OrderedJson::parse(row.json)) == row.want); }
  }
}

TEST_CASE("go_yaml: map keys are quoted like values") {
  const OrderedJson doc = OrderedJson::parse(R"({"y": 1, "n": 2, "123": 3, "": 4, "a: b": 5, "*x": 6, "~": 7, "ok": 8})");
  CHECK(to_go_yaml(doc) == R"("": 4
'*x': 6
"~": 7
"123": 3
'a: b': 5
"n": 2
ok: 8
"y": 1
)");
}

TEST_CASE("go_yaml: keys longer than 128 bytes or multi-line use '? key' and ': value'") {
  const std::string long_key(130, 'k');
  OrderedJson doc = OrderedJson::object();
  doc["m"] = OrderedJson::object();
  doc["m"][long_key + "1"] = OrderedJson{{"a", 1}, {"b", 2}};
  doc["m"][long_key + "2"] = OrderedJson::array({1, OrderedJson{{"x", 1}}});
  doc["m"][long_key + "3"] = "v";
  doc["m"][long_key + "4"] = OrderedJson::object();
  doc["m"]["a\nb"] = "x\ny\n";
  doc["m"][std::string(128, 's')] = "simple";
  const std::string k = long_key;
  CHECK(to_go_yaml(doc) == "m:\n"
                           "  ? |-\n"
                           "    a\n"
                           "    b\n"
                           "  : |\n"
                           "    x\n"
                           "    y\n"
                           "  ? " + k + "1\n"
                           "  : a: 1\n"
                           "    b: 2\n"
                           "  ? " + k + "2\n"
                           "  : - 1\n"
                           "    - x: 1\n"
                           "  ? " + k + "3\n"
                           "  : v\n"
                           "  ? " + k + "4\n"
                           "  : {}\n"
                           "  " + std::string(128, 's') + ": simple\n");
}

TEST_CASE("go_yaml_key_less: go-yaml's key order") {
  // kubectl's order for these keys, whatever order they come in.
  const std::vector<std::string> kubectl_order = {
      " sp", "-x",  ".x",  "_x",   "\xF0\x9F\x98\x80", "1",   "9",   "10",  "A",   "Z",   "a",    "a-b", "a.b", "a_b",
      "a1",  "a01", "a001", "a2a", "a2b",            "a9",  "a10", "aa",  "b",   "x2y", "x10y", "z",   "é"};
  const std::string kubectl_yaml = R"(' sp': 1
-x: 1
.x: 1
_x: 1
"\U0001F600": 1
"1": 1
"9": 1
"10": 1
A: 1
Z: 1
a: 1
a-b: 1
a.b: 1
a_b: 1
a1: 1
a01: 1
a001: 1
a2a: 1
a2b: 1
a9: 1
a10: 1
aa: 1
b: 1
x2y: 1
x10y: 1
z: 1
é: 1
)";
  SUBCASE("document in reverse order") {
    OrderedJson doc = OrderedJson::object();
    for (auto it = kubectl_order.rbegin(); it != kubectl_order.rend(); ++it) doc[*it] = 1;
    CHECK(to_go_yaml(doc) == kubectl_yaml);
  }
  SUBCASE("each neighbouring pair") {
    for (std::size_t i = 0; i + 1 < kubectl_order.size(); ++i) {
      CAPTURE(kubectl_order[i]);
      CAPTURE(kubectl_order[i + 1]);
      CHECK(go_yaml_key_less(kubectl_order[i], kubectl_order[i + 1]));
      CHECK_FALSE(go_yaml_key_less(kubectl_order[i + 1], kubectl_order[i]));
    }
  }
  SUBCASE("equal keys") { CHECK_FALSE(go_yaml_key_less("same", "same")); }
  SUBCASE("digit runs longer than int64 wrap as Go's int64 does (no overflow)") {
    const OrderedJson doc = {{"x22345678901234567890123", 1}, {"x12345678901234567890123", 2}, {"x9", 3}};
    CHECK(to_go_yaml(doc) == "x9: 3\nx12345678901234567890123: 2\nx22345678901234567890123: 1\n");
  }
}

}  // namespace
}  // namespace kctl::printers
