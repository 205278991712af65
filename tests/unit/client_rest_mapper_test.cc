// Resource-name resolution against a 1.20-shaped discovery. Every row of the
// table was checked against kubectl 1.32 on the test cluster (kube-apiserver
// 1.20): `kubectl get NAME -v=6` shows the URL it resolved to.
#include <doctest/doctest.h>

#include "client/discovery_fetch.h"
#include "tests/unit/discovery_test_support.h"

namespace kctl::client {
namespace {

DiscoveryData fixture() {
  auto server = test::FakeServer::kube_1_20();
  auto rest = test::fake_rest(server);
  auto data = fetch_discovery(*rest, DiscoveryOptions{}, Logger());
  REQUIRE(data.ok());
  return *data;
}

std::string resolved(const DiscoveryData& d, const std::string& arg, std::vector<std::string>* warnings = nullptr) {
  auto r = resolve_resource(d, arg, warnings);
  if (!r) return "error: " + r.error().message;
  return r->group_version() + " " + r->name;
}

TEST_CASE("resolve_resource: kubectl's choices") {
  const DiscoveryData d = fixture();
  struct Row {
    const char* arg;
    const char* want;
  };
  const Row rows[] = {
      // plural, singular (guessed from the kind on 1.20), short name, kind; any case but short names
      {"pods", "v1 pods"},
      {"po", "v1 pods"},
      {"Pods", "v1 pods"},
      {"POD", "v1 pods"},
      {"Pod", "v1 pods"},
      {"pod", "v1 pods"},
      {"PO", "error: the server doesn't have a resource type \"PO\""},
      {"Endpoints", "v1 endpoints"},
      {"endpoint", "error: the server doesn't have a resource type \"endpoint\""},
      // the core group first when several groups serve a name
      {"events", "v1 events"},
      {"event", "v1 events"},
      {"Event", "v1 events"},
      {"events.events.k8s.io", "events.k8s.io/v1 events"},
      {"events.v1beta1.events.k8s.io", "events.k8s.io/v1beta1 events"},
      {"Event.v1beta1.events.k8s.io", "events.k8s.io/v1beta1 events"},
      {"EVENTS.v1beta1.events.k8s.io", "events.k8s.io/v1beta1 events"},
      {"Event.events.k8s.io", "events.k8s.io/v1 events"},
      {"events.events", "events.k8s.io/v1 events"},  // a group prefix
      // then discovery order: networking.k8s.io is listed before extensions
      {"ing", "networking.k8s.io/v1 ingresses"},
      {"ingress", "networking.k8s.io/v1 ingresses"},
      {"Ingress", "networking.k8s.io/v1 ingresses"},
      {"ingresses", "networking.k8s.io/v1 ingresses"},
      {"ingresses.networking.k8s.io", "networking.k8s.io/v1 ingresses"},
      {"ing.networking.k8s.io", "networking.k8s.io/v1 ingresses"},
      {"ingresses.v1beta1.networking.k8s.io", "networking.k8s.io/v1beta1 ingresses"},
      {"ingresses.extensions", "extensions/v1beta1 ingresses"},
      // a short name drops the version it came with
      {"ing.v1beta1.networking.k8s.io", "networking.k8s.io/v1 ingresses"},
      {"csr.v1beta1.certificates.k8s.io", "certificates.k8s.io/v1 certificatesigningrequests"},
      {"certificatesigningrequests.v1beta1.certificates.k8s.io",
       "certificates.k8s.io/v1beta1 certificatesigningrequests"},
      // the preferred version of a group, else its first serving version
      {"deploy", "apps/v1 deployments"},
      {"deploy.apps", "apps/v1 deployments"},
      {"deployments.v1.apps", "apps/v1 deployments"},
      {"Deployment.apps", "apps/v1 deployments"},
      {"Deployment.v1.apps", "apps/v1 deployments"},
      {"deployments.app", "apps/v1 deployments"},
      {"hpa", "autoscaling/v1 horizontalpodautoscalers"},
      {"hpa.autoscal", "autoscaling/v1 horizontalpodautoscalers"},
      {"horizontalpodautoscalers.v2beta2.autoscaling", "autoscaling/v2beta2 horizontalpodautoscalers"},
      {"HorizontalPodAutoscaler.v2beta2.autoscaling", "autoscaling/v2beta2 horizontalpodautoscalers"},
      {"horizontalpodautoscaler.v2beta2.autoscaling", "autoscaling/v2beta2 horizontalpodautoscalers"},
      {"cronjobs", "batch/v1beta1 cronjobs"},
      {"cj", "batch/v1beta1 cronjobs"},
      {"storageclass.storage", "storage.k8s.io/v1 storageclasses"},
      {"sc.storage", "storage.k8s.io/v1 storageclasses"},
      {"sc", "storage.k8s.io/v1 storageclasses"},
      {"crd", "apiextensions.k8s.io/v1 customresourcedefinitions"},
      {"crds.v1beta1.apiextensions.k8s.io", "apiextensions.k8s.io/v1 customresourcedefinitions"},
      // a CRD, with its discovery singular name
      {"widgets", "kctl.test/v1 widgets"},
      {"wd", "kctl.test/v1 widgets"},
      {"widget", "kctl.test/v1 widgets"},
      {"Widget", "kctl.test/v1 widgets"},
      {"widgets.kctl.test", "kctl.test/v1 widgets"},
      // the core group spelled as an empty group after a version
      {"pods.v1.", "v1 pods"},
      {"Pod.v1.", "v1 pods"},
      // not found: kubectl names the part before the first dot
      {"foo", "error: the server doesn't have a resource type \"foo\""},
      {"foo.bar", "error: the server doesn't have a resource type \"foo\""},
      {"foo.v1.bar", "error: the server doesn't have a resource type \"foo\""},
      {"pods.v1", "error: the server doesn't have a resource type \"pods\""},
      {"pods.v2", "error: the server doesn't have a resource type \"pods\""},
      {"deployments.apps.v1", "error: the server doesn't have a resource type \"deployments\""},
      {"deployments.v1beta1.apps", "error: the server doesn't have a resource type \"deployments\""},
      {"cronjobs.v1.batch", "error: the server doesn't have a resource type \"cronjobs\""},
      {"replicasets.extensions", "error: the server doesn't have a resource type \"replicasets\""},
      {".apps", "error: the server doesn't have a resource type \"\""},
      {"apps", "error: the server doesn't have a resource type \"apps\""},
      {"", "error: the server doesn't have a resource type \"\""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.arg);
    CHECK(resolved(d, row.arg) == row.want);
  }
}

TEST_CASE("resolve_resource: the resource has its discovery fields") {
  const DiscoveryData d = fixture();
  auto r = resolve_resource(d, "deploy");
  REQUIRE(r.ok());
  CHECK(r->group == "apps");
  CHECK(r->version == "v1");
  CHECK(r->kind == "Deployment");
  CHECK(r->namespaced);
  CHECK(r->short_names == std::vector<std::string>{"deploy"});
  CHECK(r->categories == std::vector<std::string>{"all"});
  auto ns = resolve_resource(d, "ns");
  REQUIRE(ns.ok());
  CHECK_FALSE(ns->namespaced);
}

TEST_CASE("resolve_resource: a short name several groups define warns about the others") {
  const DiscoveryData d = fixture();
  std::vector<std::string> warnings;
  CHECK(resolved(d, "ev", &warnings) == "v1 events");
  // events.k8s.io serves it in two versions: one warning for the group.
  CHECK(warnings == std::vector<std::string>{
                        "short name \"ev\" could also match lower priority resource events.events.k8s.io"});
  warnings.clear();
  CHECK(resolved(d, "ing", &warnings) == "networking.k8s.io/v1 ingresses");
  CHECK(warnings == std::vector<std::string>{
                        "short name \"ing\" could also match lower priority resource ingresses.extensions"});
  warnings.clear();
  // No warning once the group is given, nor for full names.
  CHECK(resolved(d, "ev.events.k8s.io", &warnings) == "events.k8s.io/v1 events");
  CHECK(resolved(d, "events", &warnings) == "v1 events");
  CHECK(resolved(d, "deploy", &warnings) == "apps/v1 deployments");
  CHECK(warnings.empty());
}

TEST_CASE("expand_category: kubectl's order, one entry per group/version/kind") {
  const DiscoveryData d = fixture();
  std::vector<std::string> got;
  for (const ApiResource& r : expand_category(d, "all")) got.push_back(r.group_version() + " " + r.name);
  // hpa is listed in three versions and mapped once, to the preferred one.
  CHECK(got == std::vector<std::string>{"v1 pods", "v1 replicationcontrollers", "v1 services", "apps/v1 daemonsets",
                                        "apps/v1 deployments", "apps/v1 replicasets",
                                        "autoscaling/v1 horizontalpodautoscalers", "batch/v1 jobs",
                                        "batch/v1beta1 cronjobs"});
  CHECK(expand_category(d, "api-extensions").size() == 1);
  CHECK(expand_category(d, "pods").empty());  // a resource, not a category
  CHECK(expand_category(d, "ALL").empty());   // categories match exactly
}

TEST_CASE("resolve_resource(Discovery&): a name not in the cache is looked up once more on the server") {
  auto server = test::FakeServer::kube_1_20();
  auto rest = test::fake_rest(server);
  DiscoveryOptions opts;  // no disk cache: data() fetches
  Discovery discovery(*rest, opts, Logger());
  REQUIRE(resolve_resource(discovery, "pods").ok());
  const std::size_t first = server->requests().size();

  // Fetched from the server in this process already: no second fetch.
  auto gone = resolve_resource(discovery, "gadgets");
  CHECK(gone.error().message == "the server doesn't have a resource type \"gadgets\"");
  CHECK(server->requests().size() == first);
}

}  // namespace
}  // namespace kctl::client
