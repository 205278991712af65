#include "cmd/port_forward_target.h"

#include "cmd/port_forward_ports.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

Result<json> get_object(client::RestClient& rest, const std::string& ns, const std::string& resource,
                        const std::string& name) {
  auto url = rest.request().ns(ns).resource(resource).name(name).url();
  if (!url) return url.take_error();
  client::HttpRequest get;
  get.url = *url;
  auto resp = rest.send(std::move(get));
  if (!resp) return resp.take_error();
  json obj = json::parse(resp->body, nullptr, false);
  if (!obj.is_object()) return make_error(ErrorKind::Internal, "cannot decode the " + resource + " from the server");
  return obj;
}

// "p", "pod/p", "pods/p", "po/p" -> "p"; empty for other types.
std::string pod_name_of(const std::string& type_name) {
  auto slash = type_name.find('/');
  if (slash == std::string::npos) return type_name;
  const std::string type = type_name.substr(0, slash);
  if (type == "pod" || type == "pods" || type == "po") return type_name.substr(slash + 1);
  return {};
}

}  // namespace

Result<ForwardTarget> resolve_forward_target(client::RestClient& rest, const std::string& ns,
                                             const std::string& type_name, const std::vector<std::string>& ports,
                                             std::chrono::milliseconds /*timeout*/) {
  const std::string name = pod_name_of(type_name);
  if (name.empty())
    return make_error(ErrorKind::Internal, "kctl port-forward: only pods can be named as TYPE/NAME in this version");
  auto pod = get_object(rest, ns, "pods", name);
  if (!pod) return pod.take_error();
  if (auto r = check_udp_ports_in_pod(ports, *pod); !r) return r.take_error();
  auto converted = convert_pod_named_ports(ports, *pod);
  if (!converted) return converted.take_error();
  return ForwardTarget{pod->value("metadata", json::object()).value("name", name), std::move(*converted)};
}

Result<json> running_pod(client::RestClient& rest, const std::string& ns, const std::string& name) {
  auto pod = get_object(rest, ns, "pods", name);
  if (!pod) return pod.take_error();
  const std::string phase = pod->value("status", json::object()).value("phase", "");
  if (phase != "Running")
    return make_error(ErrorKind::Internal,
                      "unable to forward port because pod is not running. Current status=" + phase);
  return pod;
}

}  // namespace kctl::cmd
