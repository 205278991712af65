// client/printers/jsonpath: kubectl's JSONPath dialect. Every expected text
// is what kubectl v1.32 printed for the same template and data
// (`kubectl label --local -f data.json x=y -o jsonpath=...`, which prints
// through the same JSONPathPrinter as `kubectl get`; the label x=y is in the
// data below for that reason), or its error text.
#include <doctest/doctest.h>

#include <string>

#include "client/printers/go_fmt.h"
#include "client/printers/jsonpath.h"
#include "client/printers/jsonpath_messages.h"

namespace kctl::printers {
namespace {

using Json = nlohmann::json;

const Json& sample() {
  static const Json data = Json::parse(R"({"apiVersion":"v1","kind":"ConfigMap",
    "metadata":{"labels":{"x":"y"},"name":"ab"},
    "spec":{"n":null,"an":[null,1,"x"],"nums":[5,3,9,1],
      "items":[{"name":"a","v":1,"t":true},{"name":"b","v":2.5},{"name":"c","v":"s"},{"name":"d"}],
      "e":[],"m":{"k":"v"},"esc":"\u001b[1m\r"}})");
  return data;
}

// The template's output, or "error: <text>".
std::string run(std::string_view tmpl, bool allow_missing = true, const Json& data = sample()) {
  auto path = JsonPath::parse(tmpl);
  if (!path) return "parse error: " + path.error().message;
  path->allow_missing_keys(allow_missing);
  std::string out;
  auto r = path->print(data, out);
  if (!r) return "error: " + r.error().message;
  return out;
}

TEST_CASE("jsonpath: fields, text around actions, literals") {
  CHECK(run("{.metadata.name}") == "ab");
  CHECK(run("x{.metadata.name}y") == "xaby");
  CHECK(run("{.spec.m.k}{.spec.m.k}") == "vv");
  CHECK(run("{ .spec.m.k }") == "v");
  CHECK(run("{.spec.m.k \"lit\"}") == "lit");
  CHECK(run("{.spec.items[*].name}{\"\\n\"}") == "a b c d\n");
  CHECK(run(R"({"a\"b"})") == "a\"b");
  CHECK(run(R"({'a\'b'})") == "a'b");
  CHECK(run(R"({"\u00e9\x41\101"})") == "\xC3\xA9" "AA");
  CHECK(run("{1.5}{-2}{true}") == "1.5-2true");
  CHECK(run("plain text") == "plain text");
  CHECK(run("{.spec.esc}") == "\x1b[1m\r");
}

TEST_CASE("jsonpath: values print as Go prints them") {
  CHECK(run("{.spec.n}") == "null");
  CHECK(run("{.spec.an[*]}") == "null 1 x");
  CHECK(run("{.spec.m}{\"\\n\"}{.spec.an}") == "{\"k\":\"v\"}\n[null,1,\"x\"]");
  CHECK(run("{.spec.items[*].v}") == "1 2.5 s");
  CHECK(run("{.spec['m','e']}") == "{\"k\":\"v\"} []");
  CHECK(run("{$}") ==
        R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"labels":{"x":"y"},"name":"ab"},"spec":{"an":[null,1,"x"],"e":[],"esc":"\u001b[1m\r","items":[{"name":"a","t":true,"v":1},{"name":"b","v":2.5},{"name":"c","v":"s"},{"name":"d"}],"m":{"k":"v"},"n":null,"nums":[5,3,9,1]}})");
  const Json numbers = Json::parse(R"({"i":3,"f":1.5,"big":1000000,"bf":1234567.5,"small":0.00001,"t":true,
    "s":"a<b>&c","arr":[1,"two",{"k":"v"},[3]],"e":[],"m":{"b":1,"a":2},
    "fl":[1.5,1234567.5,2.0,1e21,1e-7,100000.5]})");
  CHECK(run("{.i} {.f} {.big} {.bf} {.small} {.t} {.s} {.arr} {.e} {.m}", true, numbers) ==
        R"(3 1.5 1000000 1.2345675e+06 1e-05 true a<b>&c [1,"two",{"k":"v"},[3]] [] {"a":2,"b":1})");
  CHECK(run("{.fl} {.fl[3]}", true, numbers) == "[1.5,1234567.5,2,1e+21,1e-7,100000.5] 1e+21");
}

TEST_CASE("jsonpath: indexes and slices") {
  CHECK(run("{.spec.nums[1:3]}") == "3 9");
  CHECK(run("{.spec.nums[::2]}") == "5 9");
  CHECK(run("{.spec.nums[-2:]}") == "9 1");
  CHECK(run("{.spec.nums[:-1]}") == "5 3 9");
  CHECK(run("{.spec.nums[0:0]}") == "");
  CHECK(run("{.spec.nums[0,2]}") == "5 9");
  CHECK(run("{.spec.nums[-1]}") == "1");
  CHECK(run("{.spec.nums[2:1]}") == "error: starting index 2 is greater than ending index 1");
  CHECK(run("{.spec.nums[4]}") == "error: array index out of bounds: index 4, length 4");
  CHECK(run("{.spec.nums[-5]}") == "error: array index out of bounds: index -1, length 4");
  CHECK(run("{.spec.nums[1:9]}") == "error: array index out of bounds: index 8, length 4");
  CHECK(run("{.spec.nums[::0]}") == "error: step must be > 0");
  CHECK(run("{.spec.nums[::-1]}") == "error: step must be > 0");
  CHECK(run("{.metadata.name[0]}") == "error: string is not array or slice");
}

TEST_CASE("jsonpath: wildcards, recursive descent, bracket keys") {
  CHECK(run("{.metadata.name.*}") == "97 98");
  CHECK(run("{.spec.m.*}") == "v");
  CHECK(run("{.spec['m']}") == "{\"k\":\"v\"}");
  CHECK(run("{...name}") == "ab a b c d");
  CHECK(run("{.spec..name}") == "a b c d");
  CHECK(run("{..name}") == "ab a b c d");
}

TEST_CASE("jsonpath: filters") {
  CHECK(run("{.spec.items[?(@.v)].name}") == "a b c");
  CHECK(run("{.spec.items[?(@.name!=\"a\")].name}") == "b c d");
  CHECK(run("{.spec.items[?(@.name<\"c\")].name}") == "a b");
  CHECK(run("{.spec.items[?(@.t==true)].name}") == "a");
  CHECK(run("{.spec.items[?(@.name=='b')].name}") == "b");
  CHECK(run("{.spec.nums[?(@>4)]}") == "5 9");
  CHECK(run("{.spec.items[?(@.nope>1)].name}") == "");
  CHECK(run("{.spec.items[?(@.v==1)].name}") == "error: incompatible types for comparison");
  CHECK(run("{.spec.items[?(@.v>1)].name}") == "error: incompatible types for comparison");
  CHECK(run("{.spec.items[?(@.name>1)].name}") == "error: incompatible types for comparison");
  CHECK(run("{.spec.items[?(@.v=1)].name}") == "error: unrecognized filter operator =");
  CHECK(run("{.spec.items[?(@.v===1)].name}") == "error: unrecognized filter operator ===");
  CHECK(run("{.spec.m[?(@.k)]}") == "error: map[k:v] is not array or slice and cannot be filtered");
  CHECK(run("{.spec.n[?(@.k)]}") == "error: <nil> is not array or slice and cannot be filtered");
  CHECK(run("{range .spec.e[*]}{@[?(@.a)]}{end}") ==
        "error: <invalid reflect.Value> is not array or slice and cannot be filtered");
}

TEST_CASE("jsonpath: range and end") {
  CHECK(run("{range .spec.items[*]}{.name}{\",\"}{end}") == "a,b,c,d,");
  CHECK(run("{range .spec.an[*]}[{@}]{end}") == "[<no value>][1][x]");
  CHECK(run("{range .spec.e[*]}{.name}{\",\"}{end}after") == "after");
  CHECK(run("{range .spec.items[*]}{range .nope[*]}x{end}{.name}{end}") == "abcd");
  CHECK(run("{range .spec.items[*]}{.name}:{range $.spec.nums[0:2]}{@}{end};{end}") == "a:;b:;c:;d:;");
  CHECK(run("{range .spec.items[*]}{.name}:{range @.name}{@}{end};{end}") == "a:a;b:b;c:c;d:d;");
  CHECK(run("{range .spec.items[*]}{.name}") == "abcd");
  CHECK(run("{end}") == "error: not in range, nothing to end");
  CHECK(run("{foo}") == "error: unrecognized identifier foo");
}

const Json& nested_sample() {
  static const Json data = Json::parse(R"({"metadata":{"name":"ab","annotations":{"kubernetes.io/name":"ann","a.b":"dot"}},
    "spec":{"nums":[5,3,9,1],"nested":[{"n":"x","c":[{"k":1},{"k":2}]},{"n":"y","c":[{"k":3}]},{"n":"z","c":[]}],
      "items":[{"name":"a","v":1,"t":true,"f":1.5},{"name":"b","v":2,"f":2.5},{"name":"c","v":3,"t":false}],
      "m":{"k":"v","z":{"q":1}},"s":"h\u00e9llo","arr2":[[1,2],[3,4]]}})");
  return data;
}

TEST_CASE("jsonpath: nested ranges, several ranges, escaped dots, unions of slices") {
  const Json& d = nested_sample();
  CHECK(run("{range .spec.nested[*]}{.n}:{range .c[*]}{.k},{end};{end}tail{.spec.s}", true, d) ==
        "x:1,2,;y:3,;z:;tailh\xC3\xA9llo");
  CHECK(run("{range .spec.nested[*]}[{range .c[*]}{range .k}<{@}>{end}{end}]{end}", true, d) == "[<1><2>][<3>][]");
  CHECK(run("{range .spec.nested[*]}{range .c[*]}{.k}{end}-{.n}{end}", true, d) == "12-x3-y-z");
  CHECK(run("{range .spec.nested[*]}{range .c[*]}{.k}{end}-{.n}{end}", false, d) == "error: k is not found");
  CHECK(run("{range .spec.items[*]}{.name}{end}{range .spec.items[*]}{.v}{end}", true, d) == "abc123");
  CHECK(run("{range .spec.nums[*]}{@}{range .spec.nums}x{end}", true, d) == "5391");
  CHECK(run("{range .spec.nums[*]}{@}{end}{end}", true, d) == "error: not in range, nothing to end");
  CHECK(run("{range .spec.items[?(@.v>1)]}{.name}{end}", true, d) == "bc");
  CHECK(run("{.metadata.annotations.kubernetes\\.io/name}", true, d) == "ann");
  CHECK(run("{.metadata.annotations.a\\.b}", true, d) == "dot");
  CHECK(run("{.metadata.annotations['a.b']}", true, d) == "");
  CHECK(run("{.spec.nums[0:2,3]}", true, d) == "5 3 1");
  CHECK(run("{.spec.nums[*,0]}", true, d) == "5 3 9 1 5");
  CHECK(run("{.spec.nums[1:3:2]} {.spec.nums[:]} {.spec.nums[]}", true, d) == "3 5 3 9 1 5");
  CHECK(run("{.spec.items[?(@.name==\"a\")]['v','f']}", true, d) == "1 1.5");
  CHECK(run("{.spec.nested[*]['c'][0].k}", true, d) == "error: array index out of bounds: index 0, length 0");
  CHECK(run("{.spec.arr2[*][0]} {.spec.arr2[1][-1]}", true, d) == "1 3 4");
  CHECK(run("{.spec.items[?(@.f>2.0)].name} {.spec.items[?( @.v > 1 )].name} {.spec.items[?(@.v>-1)].name}", true,
            d) == "b b c a b c");
  CHECK(run("{.spec.items[?(@.t<false)].name}", true, d) == "error: invalid type for comparison");
  CHECK(run("{.spec.m.k[?(@.x)]}", true, d) == "error: v is not array or slice and cannot be filtered");
  CHECK(run("{.spec.m[*]}", true, d) == "error: map[string]interface {} is not array or slice");
  CHECK(run("{.spec.s.*}", true, d) == "104 195 169 108 108 111");
  CHECK(run("{\"a\" \"b\"} {+5}{-.5}", true, d) == "b 5-0.5");
}

TEST_CASE("jsonpath: runes in actions") {
  CHECK(run("{\t.spec.s}") == "parse error: unrecognized character in action: U+0009");
  CHECK(run("{\xE2\x82\xAC}") == "parse error: unrecognized character in action: U+20AC '\xE2\x82\xAC'");
  CHECK(run("{\xC3\xA9}") == "error: unrecognized identifier \xC3\xA9");
  CHECK(run("{.spec.nums[ 1 ]}") == "parse error: invalid array index  1 ");
  CHECK(run("{.spec.nums[-]}") == "parse error: array index - is not a number");
  CHECK(run("{.spec.nums[--1]}") == "parse error: invalid array index --1");
  CHECK(run("{\"\\'\"}") == "parse error: unquote string \"\\'\" error invalid syntax");
}

TEST_CASE("jsonpath: missing keys") {
  CHECK(run("{.spec.m.k.x}") == "");
  CHECK(run("{.spec.m.k.x}", false) == "error: x is not found");
  CHECK(run("{range .spec.e[*]}{.name}{\",\"}{end}after", false) == "error: name is not found");
}

TEST_CASE("jsonpath: parse errors") {
  CHECK(run("{.a") == "parse error: unclosed action");
  CHECK(run("}{") == "parse error: unclosed action");
  CHECK(run("{.clusters[0") == "parse error: unterminated array");
  CHECK(run("{#}") == "parse error: unrecognized character in action: U+0023 '#'");
  CHECK(run("{.users[?(@.name=~\"u\")].name}") == "parse error: unrecognized character in action: U+007E '~'");
  CHECK(run("{.spec.nums[a]}") == "parse error: invalid array index a");
  CHECK(run("{.spec.nums[1:2:3:4]}") == "parse error: invalid array index 1:2:3:4");
  CHECK(run("{.spec.m[\"k\"]}") == "parse error: invalid array index \"k\"");
  CHECK(run("{.spec.items[*][\"name\",\"v\"]}") == "parse error: invalid array index \"name\"");
  CHECK(run("{\"unterminated}") == "parse error: unterminated quoted string");
  CHECK(run("{\"bad\\q\"}") == "parse error: unquote string \"bad\\q\" error invalid syntax");
  CHECK(run("{1.2.3}") == "parse error: cannot parse number 1.2.3");
  CHECK(run("{.spec.items[?(@.v==1].name}") == "parse error: unterminated filter");
  CHECK(run("{.spec.items[?(@.v==1)") == "parse error: unclosed array expect ]");
  CHECK(run("{....name}") == "parse error: invalid multiple recursive descent");
}

TEST_CASE("jsonpath: find_results gives each expression's values") {
  auto path = JsonPath::parse("{.spec.nums[0:2]}-{.metadata.name}");
  REQUIRE(path);
  auto found = path->find_results(sample());
  REQUIRE(found);
  REQUIRE(found->size() == 3);
  CHECK((*found)[0] == std::vector<Json>{5, 3});
  CHECK((*found)[1] == std::vector<Json>{"-"});
  CHECK((*found)[2] == std::vector<Json>{"ab"});
}

TEST_CASE("go_fmt: %v and %#v of decoded JSON, as kubectl's messages show them") {
  const Json data = Json::parse(R"({"spec":{"n":null,"f":[1.5,1234567.5,2.0,1e21,1e-7,100000.5],
    "i":[-3,9007199254740993],"s":"q\"\\\t\u001b\u00e9\u2028<","b":false,"e":[],"m":{}}})");
  CHECK(go_sharp_v(data) ==
        R"(map[string]interface {}{"spec":map[string]interface {}{"b":false, "e":[]interface {}{}, "f":[]interface {}{1.5, 1.2345675e+06, 2, 1e+21, 1e-07, 100000.5}, "i":[]interface {}{-3, 9007199254740993}, "m":map[string]interface {}{}, "n":interface {}(nil), "s":"q\"\\\t\x1bé\u2028<"}})");
  CHECK(go_sprint(Json::parse(R"({"phase":"Active","l":["kubernetes"],"n":null})")) ==
        "map[l:[kubernetes] n:<nil> phase:Active]");
}

TEST_CASE("jsonpath messages: kubectl's full error texts (after \"error: \")") {
  // kubectl config view --kubeconfig <a config with one cluster> --allow-missing-template-keys=false -o jsonpath=...
  const Json config = Json::parse(R"({"kind":"Config","apiVersion":"v1","preferences":{},
    "clusters":[{"name":"c1","cluster":{"server":"https://a.example:6443"}}],
    "users":null,"contexts":null,"current-context":""})");
  const std::string tmpl = R"({.clusters[?(@.name=="c1")].x}{"\n"})";
  auto path = JsonPath::parse(tmpl);
  REQUIRE(path);
  std::string out;
  auto r = path->print(config, out);
  REQUIRE_FALSE(r);
  CHECK(jsonpath_execute_error(tmpl, r.error(), config).message ==
        "error executing jsonpath \"{.clusters[?(@.name==\\\"c1\\\")].x}{\\\"\\\\n\\\"}\": Error executing template: x is "
        "not found. Printing more information for debugging the template:\n"
        "\ttemplate was:\n\t\t{.clusters[?(@.name==\"c1\")].x}{\"\\n\"}\n"
        "\tobject given to jsonpath engine was:\n"
        "\t\tmap[string]interface {}{\"apiVersion\":\"v1\", \"clusters\":[]interface {}{map[string]interface "
        "{}{\"cluster\":map[string]interface {}{\"server\":\"https://a.example:6443\"}, \"name\":\"c1\"}}, "
        "\"contexts\":interface {}(nil), \"current-context\":\"\", \"kind\":\"Config\", "
        "\"preferences\":map[string]interface {}{}, \"users\":interface {}(nil)}\n\n\n");

  auto bad = JsonPath::parse("{.a");
  REQUIRE_FALSE(bad);
  CHECK(jsonpath_parse_error("{.a", bad.error()).message == "error parsing jsonpath {.a, unclosed action\n");
}

}  // namespace
}  // namespace kctl::printers
