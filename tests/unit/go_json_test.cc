// client/printers/go_json: encoding/json's MarshalIndent, as kubectl -o json
// prints. Expected texts are kubectl v1.32's for the same values.
#include <doctest/doctest.h>

#include <string>

#include "client/printers/go_json.h"

namespace kctl::printers {
namespace {

using OrderedJson = nlohmann::ordered_json;

TEST_CASE("go_json: four-space indent, keys in order, empty containers inline") {
  const OrderedJson doc = OrderedJson::parse(R"({"kind": "List", "items": [], "metadata": {},
    "nested": {"a": [1, {"b": null}], "t": true, "e": [{}]}})");
  CHECK(to_go_json(doc) == R"({
    "kind": "List",
    "items": [],
    "metadata": {},
    "nested": {
        "a": [
            1,
            {
                "b": null
            }
        ],
        "t": true,
        "e": [
            {}
        ]
    }
})");
}

TEST_CASE("go_json: indent 0 is compact") {
  CHECK(to_go_json(OrderedJson::parse(R"({"a": [1, {"b": "c"}], "d": {}})"), 0) == R"({"a":[1,{"b":"c"}],"d":{}})");
}

TEST_CASE("go_json: string escapes") {
  struct Row {
    const char* name;
    const char* value;
    std::string want;
  };
  const Row rows[] = {
      {"html", "<b>&amp;</b>", R"("\u003cb\u003e\u0026amp;\u003c/b\u003e")"},
      {"quote and backslash", "\"q\" \\", R"("\"q\" \\")"},
      {"newline, tab, CR", "a\nb\tc\rd", R"("a\nb\tc\rd")"},
      {"other controls", "\x01\x1f", R"("\u0001\u001f")"},
      {"DEL is kept", "\x7f", "\"\x7f\""},
      {"slash is kept", "a/b", R"("a/b")"},
      {"UTF-8 is kept", "caf\xC3\xA9 \xF0\x9F\x98\x80", "\"caf\xC3\xA9 \xF0\x9F\x98\x80\""},
      {"line and paragraph separators", "\xE2\x80\xA8|\xE2\x80\xA9", R"("\u2028|\u2029")"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) { CHECK(to_go_json(OrderedJson(row.value)) == row.want); }
  }
}

TEST_CASE("go_json: numbers") {
  struct Row {
    const char* json;
    std::string want;
  };
  const Row rows[] = {
      {"0", "0"},
      {"-42", "-42"},
      {"18446744073709551615", "18446744073709551615"},
      {"1.5", "1.5"},
      {"0.1", "0.1"},
      {"1e-7", "1e-7"},
      {"0.000001", "0.000001"},
      {"0.000001234", "0.000001234"},
      {"1234567.5", "1234567.5"},
      {"123456789012.25", "123456789012.25"},
      {"1e20", "100000000000000000000"},
      {"1e21", "1e+21"},
      {"5e-324", "5e-324"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.json) { CHECK(to_go_json(OrderedJson::parse(row.json)) == row.want); }
  }
}

}  // namespace
}  // namespace kctl::printers
