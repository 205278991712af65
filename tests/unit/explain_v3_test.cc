// kubectl explain's pages from OpenAPI v3 documents. The documents are in
// explain_fixtures/ (real kube-apiserver documents cut down, and a CRD-like
// one), and every expected page is kubectl 1.32's stdout and stderr for the
// same case, recorded by explain_fixtures/record_kubectl.sh.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "client/explain/explain_v3.h"
#include "client/explain/go_wordwrap.h"

namespace kctl::explain {
namespace {

const std::string kFixtures = KCTL_SOURCE_DIR "/tests/unit/explain_fixtures/";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const Json& document(const std::string& name) {
  static std::map<std::string, Json> docs;
  auto it = docs.find(name);
  if (it == docs.end()) it = docs.emplace(name, Json::parse(read_file(kFixtures + name))).first;
  return it->second;
}

struct Case {
  const char* name;  // expected/NAME.out and .err; the kubectl arguments are in record_kubectl.sh
  const char* doc;
  GroupVersionResource gvr;
  std::vector<std::string> fields;
  bool recursive = false;
};

const GroupVersionResource kPods{"", "v1", "pods"};
const GroupVersionResource kDeployments{"apps", "v1", "deployments"};
const GroupVersionResource kWidgets{"widgets.example.com", "v1", "widgets"};
constexpr const char* kCore = "api_v1.json";
constexpr const char* kApps = "apis_apps_v1.json";
constexpr const char* kCrd = "apis_widgets.example.com_v1.json";
const GroupVersionResource kCrds{"apiextensions.k8s.io", "v1", "customresourcedefinitions"};
constexpr const char* kApiExtensions = "apis_apiextensions.k8s.io_v1.json";

const Case kCases[] = {
    {"pods", kCore, kPods, {}},
    {"pods_recursive", kCore, kPods, {}, true},
    {"pods_spec", kCore, kPods, {"spec"}},
    {"pods_spec_containers", kCore, kPods, {"spec", "containers"}},
    {"pods_containers_limits", kCore, kPods, {"spec", "containers", "resources", "limits"}},
    {"pods_metadata_labels", kCore, kPods, {"metadata", "labels"}},
    {"pods_spec_nope", kCore, kPods, {"spec", "nope"}},
    {"pods_nope_spec", kCore, kPods, {"nope", "spec"}},
    {"pods_containers_name_foo", kCore, kPods, {"spec", "containers", "name", "foo"}},
    {"pods_as_apps_v1", kApps, {"apps", "v1", "pods"}, {}},
    {"namespaces", kCore, {"", "v1", "namespaces"}, {}},
    {"deployments_template_recursive", kApps, kDeployments, {"spec", "template"}, true},
    {"deployments_image", kApps, kDeployments, {"spec", "template", "spec", "containers", "image"}},
    {"widgets", kCrd, kWidgets, {}},
    {"widgets_recursive", kCrd, kWidgets, {}, true},
    {"widgets_spec", kCrd, kWidgets, {"spec"}},
    {"widgets_spec_color", kCrd, kWidgets, {"spec", "color"}},
    {"widgets_spec_size", kCrd, kWidgets, {"spec", "size"}},
    {"widgets_spec_parts", kCrd, kWidgets, {"spec", "parts"}},
    {"widgets_spec_loose", kCrd, kWidgets, {"spec", "loose"}},
    {"widgets_spec_strict", kCrd, kWidgets, {"spec", "strict"}},
    {"widgets_spec_port", kCrd, kWidgets, {"spec", "port"}},
    // JSONSchemaProps refers to itself: --recursive stops at the cycle.
    {"crd_schema_recursive", kApiExtensions, kCrds, {"spec", "versions", "schema"}, true},
    {"crd_open_api_v3_schema", kApiExtensions, kCrds, {"spec", "versions", "schema", "openAPIV3Schema"}},
    {"crd_schema_properties", kApiExtensions, kCrds, {"spec", "versions", "schema", "openAPIV3Schema", "properties"}},
    {"crd_schema_properties_items",
     kApiExtensions,
     kCrds,
     {"spec", "versions", "schema", "openAPIV3Schema", "properties", "items"}},
};

TEST_CASE("explain v3: pages are kubectl 1.32's, byte for byte") {
  for (const Case& c : kCases) {
    const std::string name = c.name;
    CAPTURE(name);
    std::ostringstream out;
    auto r = explain_v3(out, document(c.doc), {c.gvr, c.fields, c.recursive});
    CHECK(out.str() == read_file(kFixtures + "expected/" + c.name + ".out"));
    std::string err = r ? std::string() : "error: " + r.error().message + "\n";
    CHECK(err == read_file(kFixtures + "expected/" + c.name + ".err"));
  }
}

TEST_CASE("explain v3: only the plaintext template") {
  std::ostringstream out;
  ExplainV3Request request{kPods, {}, false, "plaintext_short"};
  auto r = explain_v3(out, document(kCore), request);
  REQUIRE(!r);
  CHECK(r.error().message == "unrecognized format: plaintext_short");
  CHECK(out.str().empty());
}

TEST_CASE("explain v3: a kind no schema carries") {
  Json doc = {{"paths", {{"/api/v1/pods", {{"get", {{"x-kubernetes-group-version-kind",
                                                      {{"group", ""}, {"kind", "Pod"}, {"version", "v1"}}}}}}}}},
              {"components", {{"schemas", Json::object()}}}};
  std::ostringstream out;
  auto r = explain_v3(out, doc, {kPods, {}});
  REQUIRE(!r);
  CHECK(r.error().message == "GVK map[group: kind:Pod version:v1] not found in OpenAPI schema");
  CHECK(out.str() == "KIND:       Pod\nVERSION:    v1\n\n");
}

TEST_CASE("go-wordwrap: breaks at spaces, keeps long words and line breaks") {
  CHECK(go_wordwrap("aaa bbb ccc", 7) == "aaa bbb\nccc");
  CHECK(go_wordwrap("aaa  bbb", 4) == "aaa\nbbb");
  CHECK(go_wordwrap("a verylongword b", 5) == "a\nverylongword\nb");
  CHECK(go_wordwrap("one\n\ntwo  ", 10) == "one\n\ntwo  ");
  CHECK(go_wordwrap("\xC3\xA9t\xC3\xA9 \xC3\xA9t\xC3\xA9", 7) == "\xC3\xA9t\xC3\xA9 \xC3\xA9t\xC3\xA9");  // runes, not bytes
  CHECK(go_wordwrap("a\xC2\xA0" "b c", 3) == "a\xC2\xA0" "b\nc");  // no-break space is part of a word
}

}  // namespace
}  // namespace kctl::explain
