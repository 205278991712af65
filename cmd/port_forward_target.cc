#include "cmd/port_forward_target.h"

#include "cmd/pod_for_object.h"
#include "cmd/port_forward_ports.h"

namespace kctl::cmd {

using nlohmann::json;

Result<ForwardTarget> resolve_forward_target(client::RestClient& rest, const std::string& ns,
                                             const std::string& type_name, const std::vector<std::string>& ports,
                                             std::chrono::milliseconds timeout) {
  auto target = pod_for_object(rest, ns, type_name, PodSort::Active, timeout);
  if (!target) return target.take_error();
  const json& pod = target->pod;
  Result<std::vector<std::string>> resolved = std::vector<std::string>{};
  if (target->resource == "services") {
    if (auto r = check_udp_ports_in_service(ports, target->object); !r) return r.take_error();
    resolved = translate_service_ports(ports, target->object, pod);
  } else {
    if (auto r = check_udp_ports_in_pod(ports, pod); !r) return r.take_error();
    resolved = convert_pod_named_ports(ports, pod);
  }
  if (!resolved) return resolved.take_error();
  return ForwardTarget{pod.value("metadata", json::object()).value("name", ""), std::move(*resolved)};
}

Result<json> running_pod(client::RestClient& rest, const std::string& ns, const std::string& name) {
  auto pod = rest.get_json(rest.request().ns(ns).resource("pods").name(name));
  if (!pod) return pod.take_error();
  const std::string phase = pod->value("status", json::object()).value("phase", "");
  if (phase != "Running")
    return make_error(ErrorKind::Internal,
                      "unable to forward port because pod is not running. Current status=" + phase);
  return pod;
}

}  // namespace kctl::cmd
