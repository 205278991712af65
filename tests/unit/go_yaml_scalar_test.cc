// client/printers/go_yaml: how one string or number is written. Every
// expected text is what kubectl v1.32 prints for the same value
// (`kubectl annotate --local -f obj.json k=v -o yaml`, no server needed).
#include <doctest/doctest.h>

#include <string>

#include "client/printers/go_yaml.h"

namespace kctl::printers {
namespace {

using OrderedJson = nlohmann::ordered_json;

struct Row {
  const char* value;
  const char* want;  // the text after "k: " on a single line
};

// The document {"k": value}.
std::string yaml_of(const OrderedJson& value) { return to_go_yaml(OrderedJson{{"k", value}}); }

void check_rows(const Row* begin, const Row* end) {
  for (const Row* row = begin; row != end; ++row) {
    SUBCASE(row->value) { CHECK(yaml_of(row->value) == std::string("k: ") + row->want + "\n"); }
  }
}

TEST_CASE("go_yaml: strings that would read back as another type are double-quoted") {
  const Row rows[] = {
      {"123", "\"123\""},
      {"true", "\"true\""},
      {"yes", "\"yes\""},
      {"null", "\"null\""},
      {"", "\"\""},
      {"2024-01-01T00:00:00Z", "\"2024-01-01T00:00:00Z\""},
      {"0o17", "\"0o17\""},
      {"1e3", "\"1e3\""},
      {"1:20", "\"1:20\""},
      {"~", "\"~\""},
      {"Y", "\"Y\""},
      {"off", "\"off\""},
      {".5", "\".5\""},
      {"-.inf", "\"-.inf\""},
      {"0x1F", "\"0x1F\""},
      {"2024-02-29", "\"2024-02-29\""},
      {"1_000", "\"1_000\""},
      {"-12", "\"-12\""},
      {"+1", "\"+1\""},
      {"2024-1-1 10:00:00", "\"2024-1-1 10:00:00\""},
  };
  check_rows(std::begin(rows), std::end(rows));
}

TEST_CASE("go_yaml: strings that only look typed stay plain") {
  const Row rows[] = {
      {"2024-13-01", "2024-13-01"},  // no such month
      {"2023-02-29", "2023-02-29"},  // not a leap year
      {"1e400", "1e400"},            // overflows a float64
      {"<<", "<<"},
      {"._5", "._5"},
      {"0x", "0x"},
      {"v1.2.3", "v1.2.3"},
      {"1.2.3", "1.2.3"},
      {"+", "+"},
      {"yes please", "yes please"},
      {"nginx:1.25", "nginx:1.25"},
      {"a:b", "a:b"},
      {"a#b", "a#b"},
      {"-x", "-x"},
      {":x", ":x"},
      {"?x", "?x"},
      {"x-y_z.1", "x-y_z.1"},
      {"100m", "100m"},
      {"1Gi", "1Gi"},
      {"é", "é"},
      {"日本語", "日本語"},
      {"it's", "it's"},
      {"a\xC2\xA0""b", "a\xC2\xA0""b"},  // U+00A0 is not a space to YAML
  };
  check_rows(std::begin(rows), std::end(rows));
}

TEST_CASE("go_yaml: strings starting with an indicator or with edge spaces are single-quoted") {
  const Row rows[] = {
      {"*", "'*'"},
      {"@x", "'@x'"},
      {"- x", "'- x'"},
      {"-", "'-'"},
      {": x", "': x'"},
      {"#c", "'#c'"},
      {"a #b", "'a #b'"},
      {"a: b", "'a: b'"},
      {"x:", "'x:'"},
      {"%x", "'%x'"},
      {"`x", "'`x'"},
      {"!x", "'!x'"},
      {"&x", "'&x'"},
      {"|x", "'|x'"},
      {">x", "'>x'"},
      {"[x", "'[x'"},
      {"]x", "']x'"},
      {"{x", "'{x'"},
      {"}x", "'}x'"},
      {",x", "',x'"},
      {"? x", "'? x'"},
      {"\"dq\"", "'\"dq\"'"},
      {" lead", "' lead'"},
      {"trail ", "'trail '"},
      {"---", "'---'"},
      {"...", "'...'"},
      {"\xE2\x80\xA8", "'\xE2\x80\xA8'"},  // U+2028 is a line break
  };
  check_rows(std::begin(rows), std::end(rows));
}

TEST_CASE("go_yaml: a quote inside a single-quoted string is doubled") {
  const Row rows[] = {
      {"'q'", "'''q'''"},
      {"*it's", "'*it''s'"},
      {"'", "''''"},
  };
  check_rows(std::begin(rows), std::end(rows));
}

TEST_CASE("go_yaml: strings with characters YAML cannot show are double-quoted with escapes") {
  const Row rows[] = {
      {"a\tb", "\"a\\tb\""},
      {"\r", "\"\\r\""},
      {"a\r\nb", "\"a\\r\\nb\""},
      {"ctrl\x01", "\"ctrl\\x01\""},
      {"emoji \xF0\x9F\x98\x80", "\"emoji \\U0001F600\""},
      {"\xEF\xBB\xBF""bom", "\"\\uFEFF\\x62\\x6F\\x6D\""},  // go-yaml escapes all after a leading BOM
      {"x\xE2\x80\xA9 y", "\"x\\P y\""},
      {"a \nb", "\"a \\nb\""},  // a space before a break rules out a literal block
      {"back\\slash\"quote\t", "\"back\\\\slash\\\"quote\\t\""},
  };
  check_rows(std::begin(rows), std::end(rows));
}

TEST_CASE("go_yaml: a raw U+0085 folds as in kubectl's JSON-to-YAML round trip") {
  const Row rows[] = {
      {"\xC2\x85", "' '"},
      {"a\xC2\x85""b", "a b"},
      {"a \xC2\x85 b", "a b"},
      {"a\xC2\x85\xC2\x85""b", "|-\n  a\n  b"},
  };
  check_rows(std::begin(rows), std::end(rows));
}

TEST_CASE("go_yaml: multi-line strings are literal blocks with kubectl's chomping") {
  struct Block {
    const char* value;
    std::string want;
  };
  const Block rows[] = {
      {"a\nb", "k: |-\n  a\n  b\n"},
      {"a\nb\n", "k: |\n  a\n  b\n"},
      {"a\nb\n\n", "k: |+\n  a\n  b\n\n"},
      {"\nlead", "k: |2-\n\n  lead\n"},
      {"  lead\nx", "k: |2-\n    lead\n  x\n"},
      {" a\nb\n", "k: |2\n   a\n  b\n"},
      {"true\n", "k: |\n  true\n"},
      {"x\n\n\ny", "k: |-\n  x\n\n\n  y\n"},
      {"x \ny", "k: \"x \\ny\"\n"},
  };
  for (const Block& row : rows) {
    SUBCASE(row.value) { CHECK(yaml_of(row.value) == row.want); }
  }
  SUBCASE("inside a list") {
    CHECK(yaml_of(OrderedJson::array({"a\nb\n", OrderedJson::array({"c\nd"})})) == "k:\n- |\n  a\n  b\n- - |-\n    c\n    d\n");
  }
}

TEST_CASE("go_yaml: long strings fold at a space past column 80") {
  // Under "spec:", as kubectl printed them: the column counts the indent.
  struct Block {
    const char* name;
    std::string value;
    std::string want;  // after "spec:\n"
  };
  const std::string lorem =
      "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore";
  std::string double_spaced;
  for (char c : lorem) {
    if (c == ' ') double_spaced += ' ';
    double_spaced += c;
  }
  const Block rows[] = {
      {"plain", lorem,
       "  k: lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor\n    incididunt ut labore\n"},
      {"no spaces", std::string(100, 'x'), "  k: " + std::string(100, 'x') + "\n"},
      {"double spaces never fold", double_spaced, "  k: " + double_spaced + "\n"},
      {"single-quoted", "*" + lorem,
       "  k: '*lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor\n    incididunt ut "
       "labore'\n"},
      {"double-quoted", lorem + " true\t",
       "  k: \"lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor\n    incididunt ut labore "
       "true\\t\"\n"},
      {"space at column 79", std::string(74, 'a') + " b c", "  k: " + std::string(74, 'a') + " b\n    c\n"},
      {"space at column 80", std::string(75, 'a') + " b c", "  k: " + std::string(75, 'a') + " b\n    c\n"},
      {"space at column 81", std::string(76, 'a') + " b c", "  k: " + std::string(76, 'a') + "\n    b c\n"},
  };
  for (const Block& row : rows) {
    SUBCASE(row.name) { CHECK(to_go_yaml(OrderedJson{{"spec", OrderedJson{{"k", row.value}}}}) == "spec:\n" + row.want); }
  }
  SUBCASE("continuation lines are indented under a key in a list") {
    CHECK(to_go_yaml(OrderedJson{{"a", OrderedJson::array({OrderedJson{{"k", lorem}}})}}) ==
          "a:\n- k: lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor\n"
          "    incididunt ut labore\n");
  }
}

TEST_CASE("go_yaml: numbers print as kubectl's int64 or float64") {
  struct Number {
    const char* json;  // as the server would send it
    std::string want;
  };
  const Number rows[] = {
      {"0", "0"},
      {"-5", "-5"},
      {"9223372036854775807", "9223372036854775807"},
      {"-9223372036854775808", "-9223372036854775808"},
      {"18446744073709551615", "1.8446744073709552e+19"},  // past int64: a float64
      {"1.5", "1.5"},
      {"0.1", "0.1"},
      {"1e-7", "1e-07"},
      {"0.0001", "0.0001"},
      {"123456.5", "123456.5"},
      {"1234567.5", "1.2345675e+06"},
      {"100.0", "100"},
      {"-0.0", "0"},
      {"1e20", "1e+20"},
      {"1e21", "1e+21"},
      {"true", "true"},
      {"null", "null"},
  };
  for (const Number& row : rows) {
    SUBCASE(row.json) { CHECK(yaml_of(OrderedJson::parse(row.json)) == std::string("k: ") + row.want + "\n"); }
  }
}

TEST_CASE("resolves_to_non_string: go-yaml v2's resolver") {
  struct Resolution {
    const char* text;
    bool typed;
  };
  const Resolution rows[] = {
      {"", true},           {"~", true},           {"NULL", true},       {"On", true},
      {"n", true},          {"0b101", true},       {"-0x1F", true},      {"017", true},
      {"08", true},         {".5_5", true},        {"+.INF", true},      {".NaN", true},
      {"1e-400", true},     {"2024-01-01t10:00:00Z", true},                {"2024-01-01T10:00:00,5Z", true},
      {"2024-01-01T10:00:00.5+24:00", true},       {"2024-01-01   10:00:00", true},
      {"nope", false},      {"<<", false},         {"-.nan", false},     {"0x" "FFFFFFFFFFFFFFFFF", false},
      {"1e400", false},     {"2024-01-01T10:00:00", false},              {"2024-01-01T10:00:00+0100", false},
      {"2024-01-01T24:00:00Z", false},             {"2024-00-01", false},  {"2024-01-01 10:00:00Z", false},
  };
  for (const Resolution& row : rows) {
    SUBCASE(row.text) { CHECK(resolves_to_non_string(row.text) == row.typed); }
  }
}

}  // namespace
}  // namespace kctl::printers
