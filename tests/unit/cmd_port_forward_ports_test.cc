// port-forward's port arguments against pods and services, with kubectl's
// texts (translateServicePortToTargetPort, convertPodNamedPortToNumber).
#include <doctest/doctest.h>

#include "cmd/port_forward_ports.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;
using Ports = std::vector<std::string>;

const json kPod = json::parse(R"({"metadata":{"name":"web"},"spec":{"containers":[
  {"name":"a","ports":[{"name":"http","containerPort":8080},{"name":"dns","containerPort":53,"protocol":"UDP"}]},
  {"name":"b","ports":[{"name":"metrics","containerPort":9090}]}]}})");

const json kSvc = json::parse(R"({"metadata":{"name":"front"},"spec":{"ports":[
  {"name":"web","port":80,"targetPort":"http"},
  {"name":"alt","port":81,"targetPort":8081},
  {"name":"same","port":82},
  {"name":"text","port":83,"targetPort":"8083"},
  {"name":"dns","port":53,"targetPort":53,"protocol":"UDP"}]}})");

std::string error_of(const Result<Ports>& r) { return r ? "" : r.error().message; }

}  // namespace

TEST_CASE("port-forward ports: named pod ports become numbers") {
  auto r = convert_pod_named_ports({"http", "8000:metrics", ":http", "5000", "1:2:3"}, kPod);
  REQUIRE(r.ok());
  CHECK(*r == Ports{"8080", "8000:9090", ":8080", "5000", "1"});
  CHECK(error_of(convert_pod_named_ports({"80:nosuch"}, kPod)) == "Pod 'web' does not have a named port 'nosuch'");
  CHECK(error_of(convert_pod_named_ports({"80:"}, kPod)) == "remote port cannot be empty");
}

TEST_CASE("port-forward ports: service ports become the pod's target ports") {
  auto r = translate_service_ports({"80", "web", "9000:80", ":81", "82", "83"}, kSvc, kPod);
  REQUIRE(r.ok());
  CHECK(*r == Ports{"80:8080", "80:8080", "9000:8080", ":8081", "82", "83:8083"});
  CHECK(error_of(translate_service_ports({"84"}, kSvc, kPod)) == "Service front does not have a service port 84");
  CHECK(error_of(translate_service_ports({"nosuch"}, kSvc, kPod)) ==
        "Service 'front' does not have a named port 'nosuch'");
  const json no_http = json::parse(R"({"metadata":{"name":"other"},"spec":{"containers":[{"name":"a"}]}})");
  CHECK(error_of(translate_service_ports({"80"}, kSvc, no_http)) == "Pod 'other' does not have a named port 'http'");
}

TEST_CASE("port-forward ports: UDP-only ports are refused") {
  CHECK(check_udp_ports_in_pod({"53"}, kPod).error().message == "UDP protocol is not supported for 53");
  CHECK(check_udp_ports_in_pod({"dns"}, kPod).error().message == "UDP protocol is not supported for dns");
  CHECK(check_udp_ports_in_pod({"8080", "1000:http"}, kPod).ok());
  CHECK(check_udp_ports_in_service({"53"}, kSvc).error().message == "UDP protocol is not supported for 53");
  CHECK(check_udp_ports_in_service({"80", "web"}, kSvc).ok());
}

}  // namespace kctl::cmd
