// client/validation: kubectl's client-side schema validation of manifest
// documents against the OpenAPI v2 definitions (the explain fixture, as a
// 1.20 server serves them), each error kind in kubectl's words, and Go's
// aggregate formatting.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "client/explain/openapi_v2_document.h"
#include "client/manifest.h"
#include "client/validation/duplicate_keys.h"
#include "client/validation/schema_validation.h"
#include "client/validation/validation_errors.h"
#include "explain_v2_fixture.h"

namespace kctl::validation {
namespace {

using nlohmann::json;

const explain::OpenApiV2Document& fixture() {
  static const explain::OpenApiV2Document doc = [] {
    auto parsed = explain::OpenApiV2Document::parse(explain::testing::kOpenApiV2Fixture);
    REQUIRE(parsed);
    return std::move(*parsed);
  }();
  return doc;
}

json deployment() {
  return json::parse(R"({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d"},
    "spec": {"replicas": 2, "selector": {},
      "template": {"metadata": {"labels": {"app": "d"}}, "spec": {"containers": [{"name": "c", "image": "i"}]}}}})");
}

// The errors one a line, so that a failed check shows them.
std::string lines(const std::vector<std::string>& errors) {
  std::string out;
  for (const auto& e : errors) out += e + "\n";
  return out;
}

std::string errors_of(const json& doc) { return lines(validate_document(doc, fixture())); }

TEST_CASE("validation: a valid document has no errors") { CHECK(errors_of(deployment()).empty()); }

TEST_CASE("validation: invalid type names the schema path, got and expected") {
  json d = deployment();
  d["spec"]["replicas"] = "two";
  CHECK(errors_of(d) == lines({
                            "ValidationError(Deployment.spec.replicas): invalid type for "
                            "io.k8s.api.apps.v1.DeploymentSpec.replicas: got \"string\", expected \"integer\""}));
  // A number is an integer's, and any primitive is a string's.
  d["spec"]["replicas"] = 2.5;
  d["metadata"]["name"] = true;
  CHECK(errors_of(d).empty());
  d["spec"]["paused"] = 1;
  d["spec"]["template"]["spec"]["containers"] = json::object();
  d["metadata"]["labels"] = json::array();
  d["spec"]["selector"] = "x";
  CHECK(errors_of(d) == lines({
                            "ValidationError(Deployment.metadata.labels): invalid type for "
                            "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta.labels: got \"array\", expected \"map\"",
                            "ValidationError(Deployment.spec.paused): invalid type for "
                            "io.k8s.api.apps.v1.DeploymentSpec.paused: got \"integer\", expected \"boolean\"",
                            "ValidationError(Deployment.spec.selector): invalid type for "
                            "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector: got \"string\", expected \"map\"",
                            "ValidationError(Deployment.spec.template.spec.containers): invalid type for "
                            "io.k8s.api.core.v1.PodSpec.containers: got \"map\", expected \"array\""}));
}

TEST_CASE("validation: numbers, arrays and maps against primitives") {
  explain::Schema number;
  number.kind = explain::SchemaKind::Primitive;
  number.primitive_type = "number";
  CHECK(validate_model(json(1.5), number, "def.n", "X").empty());
  CHECK(validate_model(json(1), number, "def.n", "X") ==
        std::vector<std::string>{"ValidationError(X): invalid type for def.n: got \"integer\", expected \"number\""});
  CHECK(validate_model(json::array(), number, "def.n", "X") ==
        std::vector<std::string>{"ValidationError(X): invalid type for def.n: got \"array\", expected \"number\""});
  CHECK(validate_model(json::object(), number, "def.n", "X") ==
        std::vector<std::string>{"ValidationError(X): invalid type for def.n: got \"map\", expected \"number\""});
  CHECK(validate_model(json(), number, "def.n", "X") ==
        std::vector<std::string>{"unknown object type \"nil\" in X"});
}

TEST_CASE("validation: unknown and missing required fields, in key order, required last") {
  json d = deployment();
  json& container = d["spec"]["template"]["spec"]["containers"][0];
  container.erase("name");
  container["bogus"] = 1;
  container["aaa"] = json();  // null fields are skipped
  d["spec"]["zzz"] = "x";
  d["spec"].erase("selector");
  CHECK(errors_of(d) ==
        lines({
            "ValidationError(Deployment.spec.template.spec.containers[0]): unknown field \"bogus\" in "
            "io.k8s.api.core.v1.Container",
            "ValidationError(Deployment.spec.template.spec.containers[0]): missing required field \"name\" in "
            "io.k8s.api.core.v1.Container",
            "ValidationError(Deployment.spec): unknown field \"zzz\" in io.k8s.api.apps.v1.DeploymentSpec",
            "ValidationError(Deployment.spec): missing required field \"selector\" in "
            "io.k8s.api.apps.v1.DeploymentSpec"}));
  // A required field set to null is missing.
  container["name"] = json();
  container.erase("bogus");
  d["spec"].erase("zzz");
  d["spec"]["selector"] = json::object();
  CHECK(errors_of(d) == lines({
                            "ValidationError(Deployment.spec.template.spec.containers[0]): missing required field "
                            "\"name\" in io.k8s.api.core.v1.Container"}));
}

TEST_CASE("validation: nulls in lists and maps") {
  json d = deployment();
  d["spec"]["template"]["spec"]["containers"].push_back(json());
  d["metadata"]["labels"] = {{"a", json()}};
  CHECK(errors_of(d) == lines({
                            "unknown object type \"nil\" in Deployment.metadata.labels.a",
                            "ValidationError(Deployment.spec.template.spec.containers): unknown object type \"nil\" "
                            "in Deployment.spec.template.spec.containers[1]"}));
}

TEST_CASE("validation: apiVersion and kind, unknown kinds, v1 Lists") {
  CHECK(errors_of(json::parse(R"({"metadata": {}})")) ==
        lines({"apiVersion not set", "kind not set"}));
  CHECK(errors_of(json::parse(R"({"apiVersion": 1, "kind": ["x"]})")) ==
        lines({"apiVersion isn't string type", "kind isn't string type"}));
  CHECK(errors_of(json::parse(R"({"apiVersion": "a/b/c", "kind": "X"})")) ==
        lines({"unexpected GroupVersion string: a/b/c"}));
  CHECK(errors_of(json::array()) == lines({"invalid object to validate"}));
  // No definition for the kind: nothing to check against.
  CHECK(errors_of(json::parse(R"({"apiVersion": "v1", "kind": "Bogus", "bogus": 1})")).empty());
  json list = {{"apiVersion", "v1"}, {"kind", "List"}, {"items", json::array()}};
  json bad = deployment();
  bad["bogus"] = 1;
  list["items"].push_back(bad);
  list["items"].push_back(json::parse(R"({"apiVersion": "v1"})"));
  list["items"].push_back(json::parse(R"({"apiVersion": "v1", "kind": "Pod", "spec": {"containers": 1}})"));
  CHECK(errors_of(list) == lines({
                               "ValidationError(Deployment): unknown field \"bogus\" in io.k8s.api.apps.v1.Deployment",
                               "kind not set",
                               "ValidationError(Pod.spec.containers): invalid type for "
                               "io.k8s.api.core.v1.PodSpec.containers: got \"integer\", expected \"array\""}));
  CHECK(errors_of(json::parse(R"({"apiVersion": "v1", "kind": "List", "items": {}})")) ==
        lines({"invalid object to validate"}));
}

TEST_CASE("validation: duplicate label and annotation keys of JSON documents") {
  CHECK(duplicate_key_errors(R"({"metadata": {"labels": {"a": "1", "b": "1", "a": "2", "b": "2"},
    "annotations": {"x": "1", "x": "2"}}, "data": {"y": "1", "y": "2"}})") ==
        std::vector<std::string>{"duplicate key: a", "duplicate key: x"});
  CHECK(duplicate_key_errors(R"({"metadata": {"labels": {"a": "1"}}, "spec": {"labels": {"a": "1", "a": "2"}}})")
            .empty());
  CHECK(duplicate_key_errors("not json").empty());
}

TEST_CASE("validation: the checked documents of a manifest keep their JSON text") {
  std::vector<std::string> seen;
  auto checked = client::decode_checked_manifest(
      "{\"apiVersion\": \"v1\", \"kind\": \"A\"}\n {\"apiVersion\": \"v1\", \"kind\": \"B\"}",
      "f.json", [&seen](const client::ManifestDocument& d) -> Result<> {
        seen.push_back(d.json_text);
        if (d.object["kind"] == "B") return make_error(ErrorKind::Plain, "no B");
        return {};
      });
  REQUIRE(checked);
  CHECK(seen == std::vector<std::string>{"{\"apiVersion\": \"v1\", \"kind\": \"A\"}",
                                         "{\"apiVersion\": \"v1\", \"kind\": \"B\"}"});
  CHECK(checked->objects.size() == 1);
  REQUIRE(checked->refused);
  CHECK(checked->refused->message == "error validating \"f.json\": no B");
}

TEST_CASE("validation: Go's aggregate message") {
  CHECK(aggregate_message({}).empty());
  CHECK(aggregate_message({"a"}) == "a");
  CHECK(aggregate_message({"a", "a"}) == "a");
  CHECK(aggregate_message({"a", "b", "a"}) == "[a, b]");
}

TEST_CASE("validation: which kinds' PATCH takes fieldValidation (OpenAPI v2 paths)") {
  auto doc = explain::OpenApiV2Document::parse(R"json({
    "parameters": {"fieldValidation-x": {"name": "fieldValidation", "in": "query", "type": "string"},
                   "body-y": {"name": "body", "in": "body"}},
    "paths": {
      "/api/v1/namespaces/{name}": {"get": {"responses": {}},
        "patch": {"parameters": [{"$ref": "#/parameters/body-y"}, {"$ref": "#/parameters/fieldValidation-x"}],
                  "responses": {"200": {}},
                  "x-kubernetes-group-version-kind": {"group": "", "version": "v1", "kind": "Namespace"}}},
      "/apis/apps/v1/namespaces/{namespace}/deployments/{name}": {
        "patch": {"parameters": [{"name": "fieldValidation", "in": "query"}],
                  "x-kubernetes-group-version-kind": {"group": "apps", "version": "v1", "kind": "Deployment"}}},
      "/api/v1/namespaces/{namespace}/configmaps/{name}": {
        "parameters": [{"name": "fieldValidation", "in": "query"}],
        "patch": {"parameters": [{"name": "fieldManager", "in": "query"}],
                  "x-kubernetes-group-version-kind": {"group": "", "version": "v1", "kind": "ConfigMap"}}}
    },
    "definitions": {}})json");
  REQUIRE(doc);
  CHECK(doc->patch_takes_field_validation({"", "v1", "Namespace"}) == true);
  CHECK(doc->patch_takes_field_validation({"apps", "v1", "Deployment"}) == true);
  CHECK(doc->patch_takes_field_validation({"", "v1", "ConfigMap"}) == false);  // the path's own parameters do not count
  CHECK(!doc->patch_takes_field_validation({"", "v1", "Secret"}).has_value());
  CHECK(!fixture().patch_takes_field_validation({"", "v1", "Pod"}).has_value());
}

}  // namespace
}  // namespace kctl::validation
