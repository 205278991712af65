// kubectl apply's three-way patch on a Deployment, with the patch metadata
// looked up by x-kubernetes-group-version-kind in OpenAPI v2 definitions
// that carry the real x-kubernetes-patch-* values.
#include <doctest/doctest.h>

#include "patch_test_support.h"

namespace kctl::patch::testing {
namespace {

// The last-applied manifest; each test edits it into `modified`.
constexpr const char* kApplied = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  strategy:
    type: RollingUpdate
    rollingUpdate: {maxSurge: 1}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: app
        image: nginx:1.25
        env:
        - {name: A, value: "1"}
        - {name: B, value: "2"}
        ports:
        - {containerPort: 80, name: http}
      - name: sidecar
        image: busybox
)";

// The live object: the server's defaults and someone else's label.
constexpr const char* kLive = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {team: x}
  resourceVersion: "42"
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  strategy:
    type: RollingUpdate
    rollingUpdate: {maxSurge: 1, maxUnavailable: 25%}
  template:
    metadata:
      labels: {app: web}
    spec:
      restartPolicy: Always
      containers:
      - name: app
        image: nginx:1.25
        imagePullPolicy: IfNotPresent
        env:
        - {name: A, value: "1"}
        - {name: B, value: "2"}
        ports:
        - {containerPort: 80, name: http, protocol: TCP}
      - name: sidecar
        image: busybox
        imagePullPolicy: Always
status:
  replicas: 2
)";

PatchSchema deployment_schema() {
  return PatchSchema::for_resource(fixture_document(), {"apps", "v1", "Deployment"});
}

json three_way(const json& modified) {
  auto patch = create_three_way_merge_patch(y(kApplied), modified, y(kLive), deployment_schema());
  REQUIRE_MESSAGE(patch.ok(), (patch.ok() ? std::string() : patch.error().message));
  return *patch;
}

json applied_to_live(const json& patch) {
  auto result = strategic_merge_patch(y(kLive), patch, deployment_schema());
  REQUIRE_MESSAGE(result.ok(), (result.ok() ? std::string() : result.error().message));
  return *result;
}

json& containers(json& object) { return object["spec"]["template"]["spec"]["containers"]; }

// The patch of a change inside the "app" container: the containers' order
// and the container's own fields (YAML at its indentation).
json app_container_patch(const std::string& container_fields) {
  return y("spec:\n  template:\n    spec:\n      $setElementOrder/containers: [{name: app}, {name: sidecar}]\n"
           "      containers:\n      - name: app\n" +
           container_fields);
}

TEST_CASE("apply: the schema of a built-in kind is found by group, version and kind") {
  CHECK(deployment_schema().has_node());
  CHECK(deployment_schema().name() == "io.k8s.api.apps.v1.Deployment");
  CHECK_FALSE(PatchSchema::for_resource(fixture_document(), {"example.com", "v1", "Widget"}).has_node());
  auto spec = deployment_schema().lookup_struct("spec");
  REQUIRE(spec.ok());
  auto strategy = spec->schema.lookup_struct("strategy");
  REQUIRE(strategy.ok());
  CHECK(strategy->meta.strategies == std::vector<std::string>{"retainKeys"});
  auto missing = spec->schema.lookup_struct("bogus");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message == "unable to find api field \"bogus\" in io.k8s.api.apps.v1.DeploymentSpec");
}

TEST_CASE("apply: an unchanged manifest gives an empty patch despite server defaults") {
  CHECK(three_way(y(kApplied)).dump() == "{}");
}

TEST_CASE("apply: a new image for the container keyed by name") {
  json modified = y(kApplied);
  containers(modified)[0]["image"] = "nginx:1.26";
  json patch = three_way(modified);
  CHECK(patch == app_container_patch("        image: nginx:1.26\n"));
  json result = applied_to_live(patch);
  json expected = y(kLive);
  containers(expected)[0]["image"] = "nginx:1.26";
  CHECK(result == expected);
}

TEST_CASE("apply: an env var removed from the manifest is deleted by name") {
  json modified = y(kApplied);
  containers(modified)[0]["env"].erase(0);
  json patch = three_way(modified);
  CHECK(patch == app_container_patch("        $setElementOrder/env: [{name: B}]\n"
                                     "        env: [{name: A, $patch: delete}]\n"));
  json result = applied_to_live(patch);
  CHECK(containers(result)[0]["env"] == y("[{name: B, value: \"2\"}]"));
}

TEST_CASE("apply: a port added to a container, keyed by containerPort") {
  json modified = y(kApplied);
  containers(modified)[0]["ports"].push_back({{"containerPort", 443}, {"name", "https"}});
  json patch = three_way(modified);
  CHECK(patch == app_container_patch("        $setElementOrder/ports: [{containerPort: 80}, {containerPort: 443}]\n"
                                     "        ports: [{containerPort: 443, name: https}]\n"));
  json result = applied_to_live(patch);
  CHECK(containers(result)[0]["ports"] ==
        y("[{containerPort: 80, name: http, protocol: TCP}, {containerPort: 443, name: https}]"));
}

TEST_CASE("apply: fields removed from the manifest are deleted, others' fields stay") {
  json modified = y(kApplied);
  modified["spec"].erase("replicas");
  containers(modified).erase(1);  // the sidecar
  json patch = three_way(modified);
  CHECK(patch == y(R"(
spec:
  replicas: null
  template:
    spec:
      $setElementOrder/containers: [{name: app}]
      containers:
      - {name: sidecar, $patch: delete}
)"));
  json result = applied_to_live(patch);
  CHECK_FALSE(result["spec"].contains("replicas"));
  CHECK(containers(result).size() == 1);
  CHECK(result["metadata"]["labels"] == y("{team: x}"));        // set by someone else
  CHECK(result["spec"]["template"]["spec"]["restartPolicy"] == "Always");  // defaulted
}

TEST_CASE("apply: a strategy type change clears the other keys (retainKeys)") {
  json modified = y(kApplied);
  modified["spec"]["strategy"] = y("{type: Recreate}");
  json patch = three_way(modified);
  CHECK(patch == y(R"(
spec:
  strategy:
    $retainKeys: [type]
    rollingUpdate: null
    type: Recreate
)"));
  CHECK(applied_to_live(patch)["spec"]["strategy"] == y("{type: Recreate}"));
}

TEST_CASE("apply: finalizers are a merging list of primitives") {
  json original = y("metadata: {finalizers: [a, b]}");
  json modified = y("metadata: {finalizers: [a, c]}");
  json current = y("metadata: {finalizers: [a, b, x]}");
  auto patch = create_three_way_merge_patch(original, modified, current, deployment_schema());
  REQUIRE(patch.ok());
  CHECK(*patch == y(R"(
metadata:
  $deleteFromPrimitiveList/finalizers: [b]
  $setElementOrder/finalizers: [a, c]
  finalizers: [c]
)"));
  auto result = strategic_merge_patch(current, *patch, deployment_schema());
  REQUIRE(result.ok());
  CHECK((*result)["metadata"]["finalizers"] == y("[a, c, x]"));
}

}  // namespace
}  // namespace kctl::patch::testing
