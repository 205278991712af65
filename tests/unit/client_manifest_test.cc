// client/manifest and cmd/filename_options: -f input decoded as kubectl's
// YAMLOrJSONDecoder reads it (several YAML documents, concatenated JSON,
// List flattening), files, directories and the errors.
#include <doctest/doctest.h>

#include <sstream>

#include "client/manifest.h"
#include "cmd/filename_options.h"
#include "cmd/resource_visits.h"
#include "test_support.h"

namespace kctl {
namespace {

TEST_CASE("manifests: YAML documents, empty ones skipped, Lists flattened") {
  auto objs = client::decode_manifest(
      "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n---\n"
      "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: b, namespace: x}\n"
      "  data: {x: 'no', port: 80, n: 1}\n",
      "f.yaml");
  REQUIRE(objs);
  REQUIRE(objs->size() == 2);
  CHECK((*objs)[0].object["metadata"]["name"] == "a");
  CHECK((*objs)[1].object["kind"] == "ConfigMap");
  CHECK((*objs)[1].object["data"]["x"] == "no");
  CHECK((*objs)[1].object["data"]["false"] == 1);  // go-yaml v2 reads the key n as false
  CHECK((*objs)[1].object["data"]["port"] == 80);
  CHECK((*objs)[1].source == "f.yaml");
}

TEST_CASE("manifests: concatenated JSON objects") {
  auto objs = client::decode_manifest(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"}}
{"apiVersion":"v1","kind":"Pod","metadata":{"name":"q"}})",
                                      "STDIN");
  REQUIRE(objs);
  CHECK(objs->size() == 2);
}

TEST_CASE("manifests: errors name the source, printed as kubectl prints them") {
  auto bad = client::decode_manifest("a: [", "STDIN");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().kind == ErrorKind::Plain);
  CHECK(bad.error().message.rfind("error parsing STDIN: error converting YAML to JSON: yaml: line 1: ", 0) == 0);
  auto no_kind = client::decode_manifest("apiVersion: v1\nmetadata: {name: x}\n", "f.yaml");
  REQUIRE_FALSE(no_kind);
  CHECK(no_kind.error().message.find("Object 'Kind' is missing") != std::string::npos);
}

TEST_CASE("filename options: files, directories in name order, -R, stdin and missing paths") {
  test::TempDir dir;
  test::write_text(dir.path() + "/b.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n");
  test::write_text(dir.path() + "/a.json", R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"a"}})");
  test::write_text(dir.path() + "/notes.txt", "not a manifest");
  std::filesystem::create_directory(dir.path() + "/sub");
  test::write_text(dir.path() + "/sub/c.yml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: c}\n");
  std::istringstream no_input;

  auto flat = cmd::read_manifests({{dir.path()}, false}, no_input);
  REQUIRE(flat);
  REQUIRE(flat->objects.size() == 2);
  CHECK(flat->objects[0].object["metadata"]["name"] == "a");
  CHECK_FALSE(flat->single_source);
  auto deep = cmd::read_manifests({{dir.path()}, true}, no_input);
  REQUIRE(deep);
  CHECK(deep->objects.size() == 3);

  auto one = cmd::read_manifests({{dir.path() + "/b.yaml"}, false}, no_input);
  REQUIRE(one);
  CHECK(one->single_source);

  std::istringstream in("apiVersion: v1\nkind: Namespace\nmetadata: {name: s}\n");
  auto piped = cmd::read_manifests({{"-"}, false}, in);
  REQUIRE(piped);
  CHECK(piped->objects.at(0).source == "STDIN");
  CHECK_FALSE(piped->single_source);

  auto missing = cmd::read_manifests({{dir.path() + "/nope.yaml"}, false}, no_input);
  REQUIRE_FALSE(missing);
  CHECK(missing.error().message == "the path \"" + dir.path() + "/nope.yaml\" does not exist");
}

TEST_CASE("manifest visits: by kind, in the object's namespace or the default one; unknown kinds") {
  client::ApiResource cm;
  cm.version = "v1";
  cm.name = "configmaps";
  cm.kind = "ConfigMap";
  cm.namespaced = true;
  auto resolve = [&](const std::string& g, const std::string& v, const std::string& k) -> std::optional<client::ApiResource> {
    if (g.empty() && v == "v1" && k == "ConfigMap") return cm;
    return std::nullopt;
  };
  auto objs = client::decode_manifest(
      "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n"
      "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b, namespace: other}\n",
      "f.yaml");
  REQUIRE(objs);
  auto plan = cmd::plan_manifest_visits(*objs, true, {"default", false, "", ""}, resolve);
  REQUIRE(plan);
  CHECK_FALSE(plan->single_item_implied);
  CHECK(plan->visits[0].ns == "default");
  CHECK(plan->visits[1].ns == "other");
  CHECK(plan->visits[1].name == "b");

  auto foo = client::decode_manifest("apiVersion: v1\nkind: Foo\nmetadata: {name: x}\n", "/tmp/foo.yaml");
  REQUIRE(foo);
  auto bad = cmd::plan_manifest_visits(*foo, true, {"default", false, "", ""}, resolve);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().kind == ErrorKind::Plain);
  CHECK(bad.error().message ==
        "resource mapping not found for name: \"x\" namespace: \"\" from \"/tmp/foo.yaml\": no matches for kind "
        "\"Foo\" in version \"v1\"\nensure CRDs are installed first");
}

}  // namespace
}  // namespace kctl
