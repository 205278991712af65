// client/printers/custom_columns: kubectl get -o custom-columns and
// -o custom-columns-file. The expected cells and errors are kubectl v1.32's
// against the 1.20 test cluster for objects with the same fields.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "client/printers/custom_columns.h"
#include "client/printers/relaxed_jsonpath.h"

namespace kctl::printers {
namespace {

using Json = nlohmann::json;
using Cells = std::vector<std::string>;

Cells row(const CustomColumns& columns, const Json& object) {
  auto cells = custom_columns_row(columns, object);
  if (!cells) return {"error: " + cells.error().message};
  return *cells;
}

std::string spec_error(std::string_view spec) {
  auto columns = parse_custom_columns(spec);
  return columns ? "ok" : columns.error().message;
}

std::string file_error(const std::string& text) {
  std::istringstream in(text);
  auto columns = read_custom_columns_file(in);
  return columns ? "ok" : columns.error().message;
}

const Json& namespace_default() {
  static const Json ns = Json::parse(R"({"apiVersion":"v1","kind":"Namespace",
    "metadata":{"name":"default","managedFields":[{"manager":"kube-apiserver","operation":"Update"}]},
    "spec":{"finalizers":["kubernetes"]},"status":{"phase":"Active"}})");
  return ns;
}

TEST_CASE("relaxed_jsonpath: kubectl's four spellings and its error") {
  CHECK(*relaxed_jsonpath("metadata.name") == "{.metadata.name}");
  CHECK(*relaxed_jsonpath(".metadata.name") == "{.metadata.name}");
  CHECK(*relaxed_jsonpath("{metadata.name}") == "{.metadata.name}");
  CHECK(*relaxed_jsonpath("{.metadata.name}") == "{.metadata.name}");
  CHECK(*relaxed_jsonpath(".") == "{..}");
  CHECK(relaxed_jsonpath("")->empty());
  for (const char* bad : {"{{a}", "{a}}", "{}", "a}", "{a"}) {
    CAPTURE(bad);
    CHECK(relaxed_jsonpath(bad).error().message ==
          "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or "
          "'{.name1.name2}'");
  }
}

TEST_CASE("custom-columns: cells as kubectl prints them") {
  auto columns = parse_custom_columns(
      "NAME:.metadata.name,LABELS:.metadata.labels,FIN:.spec.finalizers,X:.nope,"
      "MF:.metadata.managedFields[*].manager,ST:.status");
  REQUIRE(columns);
  CHECK(columns->headers == Cells{"NAME", "LABELS", "FIN", "X", "MF", "ST"});
  CHECK(columns->fields[1] == "{.metadata.labels}");
  CHECK(row(*columns, namespace_default()) ==
        Cells{"default", "<none>", "[kubernetes]", "<none>", "kube-apiserver", "map[phase:Active]"});
}

TEST_CASE("custom-columns: several values joined by commas, maps, numbers, empty strings, terminal escapes") {
  const Json service = Json::parse(R"({"metadata":{"name":"svc-multi","labels":{"app":"svc-multi"}},
    "spec":{"type":"ClusterIP","ports":[{"name":"1-1","port":1},{"name":"2-2","port":2}]}})");
  auto columns = parse_custom_columns("P:.spec.ports[*].port,N:.spec.ports[*].name,T:.spec.type,L:.metadata.labels");
  REQUIRE(columns);
  CHECK(row(*columns, service) == Cells{"1,2", "1-1,2-2", "ClusterIP", "map[app:svc-multi]"});

  const Json config_map = Json::parse(R"({"data":{"e":"a\u001bb\rc","empty":""}})");
  auto data_columns = parse_custom_columns("E:.data.e,EM:.data.empty,B:.data");
  REQUIRE(data_columns);
  CHECK(row(*data_columns, config_map) == Cells{"a^[b\\rc", "", "map[e:a^[b\\rc empty:]"});
}

TEST_CASE("custom-columns: a template that fails on an object") {
  auto columns = parse_custom_columns("A:.metadata.name[0]");
  REQUIRE(columns);
  CHECK(row(*columns, namespace_default()) == Cells{"error: string is not array or slice"});
}

TEST_CASE("custom-columns: spec errors") {
  CHECK(spec_error("") == "custom-columns format specified but no custom columns given");
  CHECK(spec_error("NAME") == "unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>");
  CHECK(spec_error("A:.a,NAME") == "unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>");
  CHECK(spec_error("A:{a}}") ==
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  CHECK(spec_error("A:{.a[}") == "unterminated array");
  CHECK(spec_error("A:.x[?(@.a==\"b\")]") == "ok");
}

TEST_CASE("custom-columns-file: two whitespace-separated lines") {
  std::istringstream in("NAME   PORTS\r\n.metadata.name {.spec.ports[*].port}\n");
  auto columns = read_custom_columns_file(in);
  REQUIRE(columns);
  CHECK(columns->headers == Cells{"NAME", "PORTS"});
  const Json service = Json::parse(R"({"metadata":{"name":"svc-multi"},"spec":{"ports":[{"port":1},{"port":2}]}})");
  CHECK(row(*columns, service) == Cells{"svc-multi", "1,2"});

  const std::string expected =
      ". Expected format is one line of space separated headers, one line of space separated column specs.";
  CHECK(file_error("NAME\n") == "invalid template, missing spec line" + expected);
  CHECK(file_error("") == "invalid template, missing header line" + expected);
  CHECK(file_error("A B\nc\n") == "number of headers (2) and field specifications (1) don't match");
}

}  // namespace
}  // namespace kctl::printers
