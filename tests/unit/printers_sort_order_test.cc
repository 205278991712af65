// client/printers/sort_order: kubectl get --sort-by. The objects mirror
// ones created in the 1.20 test cluster (listed in the server's order) and
// the expected orders and errors are what kubectl v1.32 printed for them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "client/printers/sort_order.h"

namespace kctl::printers {
namespace {

using Json = nlohmann::json;
using Names = std::vector<std::string>;

// Config maps named cm-<name>, with data {<key>: <value>} where a value is given.
std::vector<Json> config_maps(const std::vector<std::pair<std::string, std::string>>& name_and_value,
                              const std::string& key) {
  std::vector<Json> out;
  for (const auto& [name, value] : name_and_value) {
    Json cm = {{"kind", "ConfigMap"}, {"metadata", {{"name", name}}}, {"data", Json::object()}};
    if (!value.empty()) cm["data"][key] = value;
    out.push_back(cm);
  }
  return out;
}

// The names in sorted order, or "error: <text>".
Names sorted_names(const std::vector<Json>& objects, std::string_view field, bool table = false) {
  std::vector<const Json*> pointers;
  for (const auto& o : objects) pointers.push_back(&o);
  auto order = table ? sort_table_rows_order(pointers, field) : sort_order(pointers, field);
  if (!order) return {"error: " + order.error().message};
  Names names;
  for (std::size_t i : *order) names.push_back(objects[i]["metadata"]["name"].get<std::string>());
  return names;
}

const std::vector<Json>& quantity_maps() {
  static const auto maps = config_maps({{"a02", ""}, {"a1", "1"}, {"a10", "100m"}, {"a2", "2Gi"}, {"b", "500Mi"},
                                        {"c", "abc"}, {"m-1", "1k"}, {"x9", ""}, {"z", "0.5"}},
                                       "q");
  return maps;
}

TEST_CASE("sort_order: quantities by value, missing values first, other strings after") {
  CHECK(sorted_names(quantity_maps(), ".data.q") == Names{"x9", "a02", "a10", "z", "a1", "m-1", "b", "a2", "c"});
  CHECK(sorted_names(quantity_maps(), "{.data.q}", true) ==
        Names{"x9", "a02", "a10", "z", "a1", "m-1", "b", "a2", "c"});
}

TEST_CASE("sort_order: numbers as text sort as quantities") {
  const auto maps = config_maps({{"a02", "5"}, {"a1", "3"}, {"a10", "1"}, {"a2", "2"}, {"b", "4"}, {"c", "6"},
                                 {"m-1", "10"}, {"x9", "8"}, {"z", "9"}},
                                "idx");
  CHECK(sorted_names(maps, "data.idx") == Names{"a10", "a2", "a1", "b", "a02", "c", "x9", "z", "m-1"});
}

TEST_CASE("sort_order: other strings in byte order") {
  CHECK(sorted_names(quantity_maps(), ".metadata.name") ==
        Names{"a02", "a1", "a10", "a2", "b", "c", "m-1", "x9", "z"});
  const auto maps = config_maps(
      {{"nat-a02x", "a02"}, {"nat-a10x", "a10"}, {"nat-a1x", "a1"}, {"nat-a2x", "a2"}, {"nat-b1x", "b1"},
       {"nat-b2x", "B2"}},
      "v");
  CHECK(sorted_names(maps, ".data.v") == Names{"nat-b2x", "nat-a02x", "nat-a1x", "nat-a10x", "nat-a2x", "nat-b1x"});
}

TEST_CASE("sort_order: integers") {
  std::vector<Json> services;
  for (int port : {443, 80, 8080, 9}) {
    services.push_back({{"metadata", {{"name", "svc-" + std::to_string(port)}}},
                        {"spec", {{"ports", {{{"port", port}}}}}}});
  }
  CHECK(sorted_names(services, ".spec.ports[0].port") == Names{"svc-9", "svc-80", "svc-443", "svc-8080"});
  CHECK(sorted_names(services, ".metadata.name") == Names{"svc-443", "svc-80", "svc-8080", "svc-9"});
}

TEST_CASE("sort_order: errors") {
  CHECK(sorted_names(quantity_maps(), ".nope") ==
        Names{"error: couldn't find any field with path \"{.nope}\" in the list of objects"});
  CHECK(sorted_names(quantity_maps(), "{{a}") ==
        Names{"error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or "
              "'{.name1.name2}'"});
  CHECK(sorted_names(quantity_maps(), "{.a[}") == Names{"error: unterminated array"});
  CHECK(sorted_names(quantity_maps(), ".metadata") ==
        Names{"error: Field {.metadata} in *unstructured.Unstructured is an unsortable type: interface, err: "
              "unsortable type: map[string]interface {}"});
  CHECK(sorted_names(quantity_maps(), ".metadata", true) ==
        Names{"error: Field {.metadata} in [][][]reflect.Value is an unsortable type: interface, err: "
              "unsortable type: map[string]interface {}"});
  CHECK(sorted_names(quantity_maps(), "{.a[}", true) == Names{"error: sorting error: unterminated array"});
  const auto mixed = config_maps({{"a", "x"}, {"b", ""}}, "q");
  std::vector<Json> with_number = mixed;
  with_number[1]["data"]["q"] = 1;
  CHECK(sorted_names(with_number, ".data.q") ==
        Names{"error: Field {.data.q} in *unstructured.Unstructured is an unsortable type: interface, err: "
              "unsortable interface: interface"});
}

// 24 objects: more than Go's insertion-sort limit of 12, so kubectl's
// pattern-defeating quicksort decides where equal and missing values land.
TEST_CASE("sort_order: Go's unstable order for longer lists with equal and missing values") {
  std::vector<Json> maps;
  const std::vector<std::vector<std::string>> server_order = {
      {"cm-a02", "", ""}, {"cm-a1", "1", ""}, {"cm-a10", "100m", ""}, {"cm-a2", "2Gi", ""}, {"cm-b", "500Mi", ""},
      {"cm-c", "abc", ""}, {"cm-m-1", "1k", ""}, {"cm-x9", "", ""}, {"cm-z", "0.5", ""}, {"dup-1", "1", "same"},
      {"dup-2", "1", "same"}, {"dup-3", "1", "same"}, {"dup-4", "1", "same"}, {"dup-5", "1", "same"},
      {"dup-6", "1", "same"}, {"dup-7", "1", "same"}, {"dup-8", "1", "same"}, {"esc", "", ""},
      {"nat-a02x", "", "a02"}, {"nat-a10x", "", "a10"}, {"nat-a1x", "", "a1"}, {"nat-a2x", "", "a2"},
      {"nat-b1x", "", "b1"}, {"nat-b2x", "", "B2"}};
  for (const auto& fields : server_order) {
    Json cm = {{"metadata", {{"name", fields[0]}}}, {"data", Json::object()}};
    if (!fields[1].empty()) cm["data"]["q"] = fields[1];
    if (!fields[2].empty()) cm["data"]["v"] = fields[2];
    maps.push_back(cm);
  }
  CHECK(sorted_names(maps, ".data.q") ==
        Names{"esc", "nat-a02x", "cm-x9", "nat-a10x", "nat-a1x", "nat-a2x", "nat-b1x", "nat-b2x",
              "cm-a02", "cm-a10", "cm-z", "dup-4", "dup-3", "dup-5", "dup-6", "dup-7",
              "dup-8", "dup-2", "dup-1", "cm-a1", "cm-m-1", "cm-b", "cm-a2", "cm-c"});
  const Names by_v{"cm-a02", "cm-z", "cm-x9", "cm-m-1", "cm-c", "cm-b", "cm-a2", "cm-a10",
                   "cm-a1", "esc", "nat-b2x", "nat-a02x", "nat-a1x", "nat-a10x", "nat-a2x", "nat-b1x",
                   "dup-4", "dup-5", "dup-6", "dup-7", "dup-8", "dup-3", "dup-2", "dup-1"};
  CHECK(sorted_names(maps, ".data.v") == by_v);
  CHECK(sorted_names(maps, ".data.v", true) == by_v);
}

TEST_CASE("sort_order: nothing to sort") {
  CHECK(sorted_names({}, ".nope").empty());
  const auto one = config_maps({{"only", ""}}, "q");
  CHECK(sorted_names(one, ".nope", true) == Names{"only"});
  CHECK(sorted_names(one, ".nope") == Names{"error: couldn't find any field with path \"{.nope}\" in the list of objects"});
}

}  // namespace
}  // namespace kctl::printers
