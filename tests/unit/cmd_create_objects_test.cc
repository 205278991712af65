// The objects of kctl's create generators: kubectl's field order (Go's
// struct order, which -o json prints), defaults and validation texts.
#include <doctest/doctest.h>

#include "cmd/create_data_sources.h"
#include "cmd/create_objects.h"

namespace kctl::cmd {

TEST_CASE("namespace and deployment objects keep Go's field order") {
  CHECK(namespace_object("x").dump() ==
        R"({"kind":"Namespace","apiVersion":"v1","metadata":{"name":"x","creationTimestamp":null},"spec":{},"status":{}})");
  auto d = deployment_object("web", "ns1", {{"nginx"}, {"sleep", "1"}, 2, 80}, [] { return std::string("zzzzz"); });
  REQUIRE(d);
  CHECK(d->dump() ==
        R"({"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web","namespace":"ns1","creationTimestamp":null,)"
        R"("labels":{"app":"web"}},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":)"
        R"({"creationTimestamp":null,"labels":{"app":"web"}},"spec":{"containers":[{"name":"nginx","image":"nginx",)"
        R"("command":["sleep","1"],"ports":[{"containerPort":80}],"resources":{}}]}},"strategy":{}},"status":{}})");
}

TEST_CASE("deployment container names come from the images") {
  auto d = deployment_object("d", "", {{"reg.io/team/my_img.x:1", "b@sha256:abc"}, {}, 1, -1},
                             [] { return std::string("abcde"); });
  REQUIRE(d);
  const auto& containers = (*d)["spec"]["template"]["spec"]["containers"];
  CHECK(containers[0]["name"] == "my-img-x-abcde");
  CHECK(containers[1]["name"] == "b");
  CHECK_FALSE(deployment_object("d", "", {{"a", "b"}, {"x"}, 1, -1}, [] { return std::string(); }));
}

TEST_CASE("service ports") {
  auto s = service_object("s", "", {"NodePort", {"80:8080", "90", "91:http"}, "", "", 30001});
  REQUIRE(s);
  const auto& ports = (*s)["spec"]["ports"];
  CHECK(ports[0].dump() == R"({"name":"80-8080","protocol":"TCP","port":80,"targetPort":8080,"nodePort":30001})");
  CHECK(ports[1]["name"] == "90");
  CHECK(ports[1]["targetPort"] == 90);
  CHECK(ports[2]["targetPort"] == "http");
  CHECK(service_object("s", "", {"ClusterIP", {"abc"}, "", "", 0}).error().message ==
        "strconv.ParseUint: parsing \"abc\": invalid syntax");
  CHECK(service_object("s", "", {"ClusterIP", {}, "", "", 0}).error().message ==
        "at least one tcp port specifier must be provided");
  CHECK(service_object("s", "", {"ClusterIP", {}, "None", "", 0}));
}

TEST_CASE("role rules are grouped by API group") {
  const auto resources = parse_rule_resources({"pods", "deployments.apps", "pods/log"});
  REQUIRE(resources.size() == 3);
  CHECK(resources[1].group == "apps");
  CHECK(resources[2].subresource == "log");
  CHECK(policy_rules({"get"}, resources, {"x"}, {}).dump() ==
        R"([{"verbs":["get"],"apiGroups":[""],"resources":["pods","pods/log"],"resourceNames":["x"]},)"
        R"({"verbs":["get"],"apiGroups":["apps"],"resources":["deployments"],"resourceNames":["x"]}])");
  CHECK(unique_verbs({"get", "list", "get"}) == std::vector<std::string>{"get", "list"});
  CHECK(unique_verbs({"get", "*"}) == std::vector<std::string>{"*"});
  CHECK(check_special_verbs({"bind"}, {"pods", "", ""}).error().message == "can not perform 'bind' on 'pods' in group ''");
  CHECK(binding_subjects({{}, {}, {"nocolon"}}).error().message == "serviceaccount must be <namespace>:<name>");
}

TEST_CASE("ingress rules, TLS entries and backends") {
  IngressSpec spec;
  spec.rules = {"a.com/x*=svc:http,tls", "a.com/y=svc2:81,tls=s1", "b.com/=s:1,tls=s1", "/z=s:2,tls=s1"};
  auto i = ingress_object("i", "", spec);
  REQUIRE(i);
  CHECK((*i)["spec"]["tls"].dump() == R"([{"hosts":["a.com"]},{"hosts":["b.com",""],"secretName":"s1"}])");
  CHECK((*i)["spec"]["rules"][0]["http"]["paths"][0].dump() ==
        R"({"path":"/x","pathType":"Prefix","backend":{"service":{"name":"svc","port":{"name":"http"}}}})");
  CHECK((*i)["spec"]["rules"].size() == 3);
  spec.rules = {"bad"};
  CHECK_FALSE(ingress_object("i", "", spec));
}

TEST_CASE("label selectors and pdb values") {
  auto sel = parse_label_selector("a=b,c in (d, e),!f,g");
  REQUIRE(sel);
  CHECK(sel->dump() == R"({"matchLabels":{"a":"b"},"matchExpressions":[{"key":"c","operator":"In","values":["d","e"]},)"
                       R"({"key":"f","operator":"DoesNotExist"},{"key":"g","operator":"Exists"}]})");
  CHECK(int_or_percent("5")->is_number());
  CHECK(int_or_percent("50%")->is_string());
  CHECK_FALSE(int_or_percent("x"));
}

TEST_CASE("configmap and secret sources") {
  CHECK(parse_file_source("dir/a.txt")->first == "a.txt");
  CHECK(parse_file_source("k=dir/a.txt")->first == "k");
  CHECK(parse_file_source("=x").error().message == "key name for file path x missing");
  CHECK(parse_file_source("a=b=c").error().message == "key names or file paths cannot contain '='");
  CHECK(parse_literal_source("a=b=c")->second == "b=c");
  CHECK(parse_literal_source("=b").error().message == "invalid literal source =b, expected key=value");
  CHECK(config_map_key_problems("..") == std::vector<std::string>{"must not be '..'"});
  CHECK(config_map_key_problems("ok.key_1").empty());
  auto data = read_sources(DataKind::ConfigMap, "c", {{}, {"a=1", "b=2"}, {}});
  REQUIRE(data);
  CHECK(data->data.size() == 2);
  CHECK(read_sources(DataKind::Secret, "s", {{}, {"a=1", "a=2"}, {}}).error().message ==
        "cannot add key a, another key by that name already exists");
  CHECK(base64_encode("b") == "Yg==");
}

TEST_CASE("run's pod") {
  RunSpec spec;
  spec.image = "busybox";
  spec.env = {"A=B"};
  spec.args = {"sleep", "1"};
  spec.command = true;
  auto pod = run_pod_object("p", "", spec);
  REQUIRE(pod);
  CHECK((*pod)["spec"].dump() ==
        R"({"containers":[{"name":"p","image":"busybox","command":["sleep","1"],"env":[{"name":"A","value":"B"}],)"
        R"("resources":{}}],"restartPolicy":"Always","dnsPolicy":"ClusterFirst"})");
  spec.restart = "Sometimes";
  CHECK(run_pod_object("p", "", spec).error().message == "invalid restart policy: Sometimes");
}

}  // namespace kctl::cmd
