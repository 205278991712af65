// What each describer asks the command layer to fetch: kubectl 1.32's
// queries (as its -v=6 log shows them against the test cluster).
#include <doctest/doctest.h>

#include "client/describe/describer.h"

using namespace kctl::describe;

namespace {

json object(const char* kind, const char* ns, const char* name) {
  return json{{"kind", kind}, {"metadata", {{"name", name}, {"namespace", ns}, {"uid", "u-1"}}}};
}

}  // namespace

TEST_CASE("describe: a pod's events are searched without a kind; a mirror pod's by its source uid") {
  json pod = object("Pod", "ns1", "p");
  auto reqs = related_requests({"", "Pod"}, pod, true);
  REQUIRE(reqs.size() == 1);
  CHECK(reqs[0].list == RelatedList::Events);
  CHECK(reqs[0].path == "/api/v1/namespaces/ns1/events");
  CHECK(reqs[0].field_selector == "involvedObject.name=p,involvedObject.namespace=ns1,involvedObject.uid=u-1");
  pod["metadata"]["annotations"] = {{"kubernetes.io/config.mirror", "src"}};
  CHECK(related_requests({"", "Pod"}, pod, true)[0].field_selector.find("uid=src") != std::string::npos);
  CHECK(related_requests({"", "Pod"}, pod, false).empty());
}

TEST_CASE("describe: a node reads its pods, its events twice (uid and name) and its lease") {
  json node = object("Node", "", "n1");
  auto reqs = related_requests({"", "Node"}, node, true);
  REQUIRE(reqs.size() == 4);
  CHECK(reqs[0].path == "/api/v1/pods");
  CHECK(reqs[0].field_selector == "spec.nodeName=n1,status.phase!=Succeeded,status.phase!=Failed");
  CHECK(reqs[1].path == "/api/v1/events");
  CHECK(reqs[1].field_selector == "involvedObject.name=n1,involvedObject.namespace=,involvedObject.kind=Node,involvedObject.uid=u-1");
  CHECK(reqs[2].field_selector.ends_with("involvedObject.uid=n1"));
  CHECK(reqs[3].list == RelatedList::NodeLease);
  CHECK(reqs[3].path == "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/n1");
}

TEST_CASE("describe: services, deployments, replica sets, namespaces, secrets and other kinds") {
  auto svc = related_requests({"", "Service"}, object("Service", "ns1", "web"), true);
  REQUIRE(svc.size() == 2);
  CHECK(svc[0].path == "/apis/discovery.k8s.io/v1/namespaces/ns1/endpointslices");
  CHECK(svc[0].label_selector == "kubernetes.io/service-name=web");
  CHECK_FALSE(svc[0].chunked);

  json deploy = object("Deployment", "ns1", "web");
  deploy["spec"]["selector"] = {{"matchLabels", {{"app", "web"}}}};
  auto d = related_requests({"apps", "Deployment"}, deploy, true);
  REQUIRE(d.size() == 2);
  CHECK(d[0].field_selector.find("involvedObject.kind=Deployment") != std::string::npos);
  CHECK(d[1].path == "/apis/apps/v1/namespaces/ns1/replicasets");
  CHECK(d[1].label_selector == "app=web");

  json rs = object("ReplicaSet", "ns1", "web-1");
  rs["spec"]["selector"] = {{"matchLabels", {{"app", "web"}}}};
  auto r = related_requests({"apps", "ReplicaSet"}, rs, false);
  REQUIRE(r.size() == 1);
  CHECK(r[0].path == "/api/v1/namespaces/ns1/pods");

  auto ns = related_requests({"", "Namespace"}, object("Namespace", "", "ns1"), true);
  REQUIRE(ns.size() == 2);
  CHECK(ns[0].path == "/api/v1/namespaces/ns1/resourcequotas");
  CHECK(ns[1].path == "/api/v1/namespaces/ns1/limitranges");

  CHECK(related_requests({"", "Secret"}, object("Secret", "ns1", "s"), true).empty());
  auto widget = related_requests({"kctl.test", "Widget"}, object("Widget", "ns1", "w"), true);
  REQUIRE(widget.size() == 1);
  CHECK(widget[0].field_selector.find("involvedObject.kind=Widget") != std::string::npos);
}

TEST_CASE("describe: secret values are never printed, only their sizes") {
  json secret = object("Secret", "ns1", "s");
  secret["type"] = "kubernetes.io/service-account-token";
  secret["data"] = {{"token", "c2VjcmV0LXRva2Vu"}, {"ca.crt", "YWJj"}};
  std::string text = describe_secret(secret);
  CHECK(text.find("secret-token") == std::string::npos);
  CHECK(text.find("token:   12 bytes") != std::string::npos);
  CHECK(text.find("ca.crt:  3 bytes") != std::string::npos);
}
