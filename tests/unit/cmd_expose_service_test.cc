// kctl expose's Service and kctl autoscale's HorizontalPodAutoscaler:
// what kubectl derives from the exposed object, its port naming and
// protocols, Go's field order and kubectl's error texts.
#include <doctest/doctest.h>

#include "cmd/autoscale_hpa.h"
#include "cmd/expose_service.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

json deployment(const json& selector, const json& ports) {
  return {{"kind", "Deployment"},
          {"metadata", {{"name", "web"}, {"labels", {{"tier", "be"}, {"app", "web"}}}}},
          {"spec", {{"selector", selector}, {"template", {{"spec", {{"containers", {{{"name", "a"}, {"ports", ports}}}}}}}}}}};
}

}  // namespace

TEST_CASE("expose: only the kinds kubectl exposes") {
  CHECK(can_be_exposed("apps", "Deployment"));
  CHECK(can_be_exposed("", "Service"));
  CHECK(can_be_exposed("extensions", "ReplicaSet"));
  CHECK(can_be_exposed("", "ConfigMap").error().message == "cannot expose a ConfigMap");
  CHECK(can_be_exposed("apps", "StatefulSet").error().message == "cannot expose a StatefulSet.apps");
}

TEST_CASE("expose: selectors from objects, with kubectl's errors") {
  CHECK(*selector_for_object("apps", "Deployment", deployment({{"matchLabels", {{"b", "2"}, {"a", "1"}}}}, json::array())) ==
        "a=1,b=2");
  auto expr = selector_for_object(
      "apps", "Deployment",
      deployment({{"matchLabels", {{"a", "1"}}},
                  {"matchExpressions",
                   {{{"key", "tier"}, {"operator", "In"}, {"values", {"a", "b"}}}, {{"key", "x"}, {"operator", "Exists"}}}}},
                 json::array()));
  CHECK(expr.error().message ==
        "couldn't convert expressions - \"[{Key:tier Operator:In Values:[a b]} {Key:x Operator:Exists Values:[]}]\" "
        "to map-based selector format");
  CHECK(selector_for_object("apps", "ReplicaSet", deployment(json::object(), json::array())).error().message ==
        "invalid replicaset: no selectors, therefore cannot be exposed");
  CHECK(selector_for_object("", "Pod", {{"metadata", {{"name", "p"}}}}).error().message ==
        "the pod has no labels and cannot be exposed");
  CHECK(selector_for_object("", "Service", {{"spec", json::object()}}).error().message ==
        "the service has no pod selector set");
}

TEST_CASE("expose: several ports are named port-N, several protocols port-N-proto") {
  json d = deployment({{"matchLabels", {{"app", "web"}}}},
                      {{{"containerPort", 80}}, {{"containerPort", 53}, {"protocol", "UDP"}}, {{"containerPort", 53}}});
  CHECK(ports_for_object("Deployment", d) == std::vector<std::string>{"80", "53"});
  ExposeParams p;
  REQUIRE(complete_from_object(p, "apps", "Deployment", d));
  CHECK(p.ports == "80,53");
  auto svc = expose_service_object(p, "ns1");
  REQUIRE(svc);
  CHECK(svc->dump() ==
        R"({"kind":"Service","apiVersion":"v1","metadata":{"name":"web","namespace":"ns1","creationTimestamp":null,)"
        R"("labels":{"app":"web","tier":"be"}},"spec":{"ports":[{"name":"port-1","protocol":"TCP","port":80,"targetPort":80},)"
        R"({"name":"port-2-udp","protocol":"UDP","port":53,"targetPort":53},)"
        R"({"name":"port-2-tcp","protocol":"TCP","port":53,"targetPort":53}],"selector":{"app":"web"}},)"
        R"("status":{"loadBalancer":{}}})");
}

TEST_CASE("expose: flags win over introspection") {
  ExposeParams p;
  p.port = "8080";
  p.target_port = "http";
  p.name = "x";
  p.labels = "a=b";
  p.type = "LoadBalancer";
  p.load_balancer_ip = "1.2.3.4";
  p.session_affinity = "ClientIP";
  p.external_ip = "5.6.7.8";
  p.cluster_ip = "10.0.0.1";
  REQUIRE(complete_from_object(p, "apps", "Deployment",
                               deployment({{"matchLabels", {{"app", "web"}}}}, {{{"containerPort", 80}}})));
  auto svc = expose_service_object(p);
  REQUIRE(svc);
  CHECK((*svc)["spec"].dump() ==
        R"({"ports":[{"protocol":"TCP","port":8080,"targetPort":"http"}],"selector":{"app":"web"},)"
        R"("clusterIP":"10.0.0.1","type":"LoadBalancer","externalIPs":["5.6.7.8"],"sessionAffinity":"ClientIP",)"
        R"("loadBalancerIP":"1.2.3.4"})");
  CHECK((*svc)["metadata"]["labels"].dump() == R"({"a":"b"})");
}

TEST_CASE("expose: kubectl's errors for ports, labels and session affinity") {
  ExposeParams p;
  CHECK(complete_from_object(p, "apps", "Deployment", deployment({{"matchLabels", {{"app", "web"}}}}, json::array()))
            .error()
            .message == "couldn't find port via --port flag or introspection");
  p.cluster_ip = "None";  // a headless service needs no port
  CHECK(complete_from_object(p, "apps", "Deployment", deployment({{"matchLabels", {{"app", "web"}}}}, json::array())));
  p.port = "abc";
  CHECK(expose_service_object(p).error().message == "strconv.Atoi: parsing \"abc\": invalid syntax");
  p.port = "80";
  p.labels = "a==b";
  CHECK(expose_service_object(p).error().message == "unexpected label spec: a==b");
  p.labels = "";
  p.session_affinity = "Bad";
  CHECK(expose_service_object(p).error().message == "unknown session affinity: Bad");
  p.session_affinity = "";
  p.selector = "";
  CHECK(expose_service_object(p).error().message == "selector must be specified");
}

TEST_CASE("expose: an overridden Service is read back as Go reads it") {
  json overridden = {{"zzz", 1},
                     {"spec", {{"type", "NodePort"}, {"bogus", 1}, {"ports", {{{"nodePort", 30001}, {"name", "x"}}}}}},
                     {"metadata", {{"labels", {{"a", "b"}}}, {"name", "s"}}},
                     {"apiVersion", "v1"},
                     {"kind", "Service"}};
  CHECK(service_in_go_order(overridden).dump() ==
        R"({"kind":"Service","apiVersion":"v1","metadata":{"name":"s","creationTimestamp":null,"labels":{"a":"b"}},)"
        R"("spec":{"ports":[{"name":"x","port":0,"targetPort":0,"nodePort":30001}],"type":"NodePort"},)"
        R"("status":{"loadBalancer":{}}})");
}

TEST_CASE("autoscale: validation and the autoscaling/v1 object") {
  CHECK(validate_autoscale({"", -1, 0, -1}).error().message ==
        "--max=MAXPODS is required and must be at least 1, max: 0");
  CHECK(validate_autoscale({"", 3, 2, -1}).error().message ==
        "--max=MAXPODS must be larger or equal to --min=MINPODS, max: 2, min: 3");
  CHECK(validate_autoscale({"", -1, 2, -1}));
  CHECK(hpa_object({"", -1, 3, -1}, "apps/v1", "Deployment", "web").dump() ==
        R"({"kind":"HorizontalPodAutoscaler","apiVersion":"autoscaling/v1","metadata":{"name":"web",)"
        R"("creationTimestamp":null},"spec":{"scaleTargetRef":{"kind":"Deployment","name":"web","apiVersion":"apps/v1"},)"
        R"("maxReplicas":3},"status":{"currentReplicas":0,"desiredReplicas":0}})");
  CHECK(hpa_object({"other", 2, 5, 0}, "v1", "ReplicationController", "rc")["spec"].dump() ==
        R"({"scaleTargetRef":{"kind":"ReplicationController","name":"rc","apiVersion":"v1"},"minReplicas":2,)"
        R"("maxReplicas":5,"targetCPUUtilizationPercentage":0})");
}

}  // namespace kctl::cmd
