// client/printers/object_stream: a List written item by item must be the
// same bytes as the whole List printed at once (kubectl builds the List
// and prints it; kctl never holds it).
#include <doctest/doctest.h>

#include <sstream>

#include "client/printers/go_json.h"
#include "client/printers/go_yaml.h"
#include "client/printers/object_stream.h"

namespace kctl::printers {
namespace {

using nlohmann::json;

json sample_items() {
  json items = json::parse(R"([
    {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a", "labels": {"app": "web"}},
     "data": {"script": "line one\nline two\n", "n": "no", "num": "010"}},
    {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "b"},
     "spec": {"replicas": 3, "template": {"spec": {"containers": [{"name": "c", "args": ["<&>", 1.5]}]}}}},
    {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "c"}, "spec": {},
     "status": {"phase": "Active", "empty": []}}
  ])");
  // long enough for go-yaml to fold it at the item's own depth
  items[0]["data"]["long"] = std::string(150, 'x') + " folded words " + std::string(90, 'y') + " and more words";
  return items;
}

std::string streamed(const std::string& format, const json& items) {
  std::ostringstream out;
  auto printer = object_stream_for(format, out);
  for (const auto& i : items) printer->item(i);
  printer->end_list();
  return out.str();
}

json whole_list(const json& items) {
  return {{"apiVersion", "v1"}, {"items", items}, {"kind", "List"}, {"metadata", {{"resourceVersion", ""}}}};
}

TEST_CASE("object streams: a streamed List is the List printed whole, in JSON and YAML") {
  for (const json& items : {sample_items(), json::array()}) {
    CHECK(streamed("json", items) == to_go_json(nlohmann::ordered_json(whole_list(items))) + "\n");
    CHECK(streamed("yaml", items) == to_go_yaml(nlohmann::ordered_json(whole_list(items))));
  }
}

TEST_CASE("object streams: names are kind.group/name; one object prints as it is") {
  CHECK(streamed("name", sample_items()) == "configmap/a\ndeployment.apps/b\nnamespace/c\n");
  std::ostringstream out;
  object_stream_for("yaml", out)->single(sample_items()[2]);
  CHECK(out.str() == to_go_yaml(nlohmann::ordered_json(sample_items()[2])));
}

}  // namespace
}  // namespace kctl::printers
