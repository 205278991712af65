// client/printers/server_table: kubectl's decoration of server tables
// (NAMESPACE, -L, LABELS, wide columns, header rules) and Go's cell text.
#include <doctest/doctest.h>

#include "client/printers/server_table.h"

namespace kctl::printers {
namespace {

using nlohmann::json;

// The shape kube-apiserver 1.20 returns for namespaces (columns trimmed
// of descriptions).
json namespace_table(std::vector<std::pair<std::string, json>> rows) {
  json t = {{"kind", "Table"},
            {"apiVersion", "meta.k8s.io/v1"},
            {"columnDefinitions",
             {{{"name", "Name"}, {"type", "string"}, {"format", "name"}, {"priority", 0}},
              {{"name", "Status"}, {"type", "string"}, {"format", ""}, {"priority", 0}},
              {{"name", "Age"}, {"type", "string"}, {"format", ""}, {"priority", 0}},
              {{"name", "Extra"}, {"type", "integer"}, {"format", ""}, {"priority", 1}}}},
            {"rows", json::array()}};
  for (auto& [name, labels] : rows)
    t["rows"].push_back({{"cells", {name, "Active", "5m", 3}},
                         {"object", {{"metadata", {{"name", name}, {"namespace", "ns1"}, {"labels", labels}}}}}});
  return t;
}

std::vector<std::vector<std::string>> cells(const std::vector<TableRow>& rows) {
  std::vector<std::vector<std::string>> out;
  for (const auto& r : rows) out.push_back(r.cells);
  return out;
}

TEST_CASE("server tables: priority columns only with -o wide; the header once per run of the same columns") {
  ServerTablePrinter p({});
  std::vector<TableRow> rows;
  p.print(namespace_table({{"a", json::object()}}), rows);
  p.print(namespace_table({{"b", json::object()}}), rows);
  CHECK(cells(rows) == std::vector<std::vector<std::string>>{
                           {"NAME", "STATUS", "AGE"}, {"a", "Active", "5m"}, {"b", "Active", "5m"}});
  CHECK(rows[1].name_cell == 0);
  CHECK(rows[0].name_cell == -1);

  TableOptions wide_options;
  wide_options.wide = true;
  ServerTablePrinter wide(wide_options);
  std::vector<TableRow> w;
  wide.print(namespace_table({{"a", json::object()}}), w);
  CHECK(cells(w)[0] == std::vector<std::string>{"NAME", "STATUS", "AGE", "EXTRA"});
  CHECK(cells(w)[1][3] == "3");
}

TEST_CASE("server tables: no header above an empty table, and none at all with --no-headers") {
  ServerTablePrinter p({});
  std::vector<TableRow> rows;
  p.print(namespace_table({}), rows);
  CHECK(rows.empty());
  p.print(namespace_table({{"a", json::object()}}), rows);
  CHECK(rows.size() == 2);
  TableOptions o;
  o.no_headers = true;
  ServerTablePrinter quiet(o);
  std::vector<TableRow> q;
  quiet.print(namespace_table({{"a", json::object()}}), q);
  CHECK(q.size() == 1);
}

TEST_CASE("server tables: NAMESPACE first, -L columns by the key's last segment, LABELS last") {
  TableOptions o;
  o.with_namespace = true;
  o.show_labels = true;
  o.label_columns = {"app", "example.com/tier"};
  ServerTablePrinter p(o);
  std::vector<TableRow> rows;
  p.print(namespace_table({{"a", {{"app", "web"}, {"z", "1"}}}, {"b", json::object()}}), rows);
  CHECK(cells(rows) == std::vector<std::vector<std::string>>{
                           {"NAMESPACE", "NAME", "STATUS", "AGE", "APP", "TIER", "LABELS"},
                           {"ns1", "a", "Active", "5m", "web", "", "app=web,z=1"},
                           {"ns1", "b", "Active", "5m", "", "", "<none>"}});
  CHECK(rows[1].name_cell == 1);
}

TEST_CASE("server tables: cells as Go prints them; kind prefixes") {
  CHECK(table_cell_text(json(5)) == "5");
  CHECK(table_cell_text(json(-2)) == "-2");
  CHECK(table_cell_text(json(1.5)) == "1.5");
  CHECK(table_cell_text(json(0.00001)) == "1e-05");
  CHECK(table_cell_text(json(true)) == "true");
  CHECK(table_cell_text(json(nullptr)).empty());
  CHECK(table_cell_text(json{{"a", 1}}) == "map[a:1]");
  CHECK(kind_prefix("Deployment", "apps") == "deployment.apps");
  CHECK(kind_prefix("Pod", "") == "pod");
}

}  // namespace
}  // namespace kctl::printers
