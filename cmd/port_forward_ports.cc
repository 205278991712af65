#include "cmd/port_forward_ports.h"

#include <cstdlib>
#include <functional>
#include <set>
#include <string_view>

namespace kctl::cmd {
namespace {

using nlohmann::json;

struct SplitPort {
  std::string local, remote;
};

// kubectl's splitPort: "L:R" -> (L, R); anything else -> (first, first).
SplitPort split_port(const std::string& port) {
  auto colon = port.find(':');
  if (colon != std::string::npos && port.find(':', colon + 1) == std::string::npos)
    return {port.substr(0, colon), port.substr(colon + 1)};
  std::string first = port.substr(0, colon);
  return {first, first};
}

// Go's strconv.Atoi for the cases that matter here (optional sign, digits).
bool atoi(std::string_view s, long& out) {
  std::string_view digits = s;
  if (!digits.empty() && (digits.front() == '+' || digits.front() == '-')) digits.remove_prefix(1);
  if (digits.empty() || digits.size() > 18) return false;
  for (char c : digits)
    if (c < '0' || c > '9') return false;
  out = std::strtol(std::string(s).c_str(), nullptr, 10);
  return true;
}

std::string name_of(const json& obj) { return obj.value("metadata", json::object()).value("name", ""); }

const json& array_at(const json& obj, const char* a, const char* b) {
  static const json empty = json::array();
  if (!obj.contains(a) || !obj[a].is_object() || !obj[a].contains(b) || !obj[a][b].is_array()) return empty;
  return obj[a][b];
}

const json& containers(const json& pod) { return array_at(pod, "spec", "containers"); }
const json& service_ports(const json& svc) { return array_at(svc, "spec", "ports"); }

// util.LookupContainerPortNumberByName
Result<long> container_port_by_name(const json& pod, const std::string& name) {
  for (const json& c : containers(pod))
    for (const json& p : c.value("ports", json::array()))
      if (p.value("name", "") == name) return p.value("containerPort", 0L);
  return make_error(ErrorKind::Internal,
                    "Pod '" + name_of(pod) + "' does not have a named port '" + name + "'");
}

// util.LookupServicePortNumberByName
Result<long> service_port_by_name(const json& svc, const std::string& name) {
  for (const json& p : service_ports(svc))
    if (p.value("name", "") == name) return p.value("port", 0L);
  return make_error(ErrorKind::Internal,
                    "Service '" + name_of(svc) + "' does not have a named port '" + name + "'");
}

// util.LookupContainerPortNumberByServicePort: the target port, resolved
// by name in the pod when it is a name; the port itself when unset.
Result<long> container_port_by_service_port(const json& svc, const json& pod, long port) {
  for (const json& p : service_ports(svc)) {
    if (p.value("port", 0L) != port) continue;
    const json target = p.value("targetPort", json());
    long number = 0;
    std::string text;
    if (target.is_number_integer()) number = target.get<long>();
    else if (target.is_string()) text = target.get<std::string>();
    if (number == 0 && !text.empty() && !atoi(text, number)) return container_port_by_name(pod, text);
    if (number == 0) return port;  // IntOrString.IntValue() of an unset or "0" target
    return number;
  }
  return make_error(ErrorKind::Internal,
                    "Service " + name_of(svc) + " does not have a service port " + std::to_string(port));
}

std::string join_port(const std::string& local, const std::string& remote) {
  return local != remote ? local + ":" + remote : remote;
}

Result<> check_udp(const std::set<long>& udp_only, const std::vector<std::string>& ports,
                   const std::function<Result<long>(const std::string&)>& by_name) {
  for (const std::string& port : ports) {
    const SplitPort split = split_port(port);
    const std::string& remote = split.remote;
    long number = 0;
    if (!atoi(remote, number)) {
      auto n = by_name(remote);
      if (!n) return n.take_error();
      number = *n;
    }
    if (udp_only.count(number) > 0) return make_error(ErrorKind::Internal, "UDP protocol is not supported for " + remote);
  }
  return {};
}

std::set<long> udp_only(const std::vector<std::pair<long, std::string>>& declared) {
  std::set<long> udp, tcp;
  for (const auto& [port, protocol] : declared) (protocol == "UDP" ? udp : tcp).insert(port);
  for (long p : tcp) udp.erase(p);
  return udp;
}

}  // namespace

Result<std::vector<std::string>> convert_pod_named_ports(const std::vector<std::string>& ports, const json& pod) {
  std::vector<std::string> converted;
  for (const std::string& port : ports) {
    auto [local, remote] = split_port(port);
    if (remote.empty()) return make_error(ErrorKind::Internal, "remote port cannot be empty");
    std::string number = remote;
    long ignored = 0;
    if (!atoi(remote, ignored)) {
      auto n = container_port_by_name(pod, remote);
      if (!n) return n.take_error();
      number = std::to_string(*n);
    }
    converted.push_back(local != remote ? local + ":" + number : number);
  }
  return converted;
}

Result<std::vector<std::string>> translate_service_ports(const std::vector<std::string>& ports, const json& svc,
                                                         const json& pod) {
  std::vector<std::string> translated;
  for (const std::string& port : ports) {
    auto [local, remote] = split_port(port);
    long number = 0;
    if (!atoi(remote, number)) {
      auto n = service_port_by_name(svc, remote);
      if (!n) return n.take_error();
      number = *n;
      if (local == remote) local = std::to_string(number);
    }
    auto container_port = container_port_by_service_port(svc, pod, number);
    if (!container_port) return container_port.take_error();
    translated.push_back(join_port(local, std::to_string(*container_port)));
  }
  return translated;
}

Result<> check_udp_ports_in_pod(const std::vector<std::string>& ports, const json& pod) {
  std::vector<std::pair<long, std::string>> declared;
  for (const json& c : containers(pod))
    for (const json& p : c.value("ports", json::array()))
      declared.emplace_back(p.value("containerPort", 0L), p.value("protocol", "TCP"));
  return check_udp(udp_only(declared), ports, [&](const std::string& n) { return container_port_by_name(pod, n); });
}

Result<> check_udp_ports_in_service(const std::vector<std::string>& ports, const json& svc) {
  std::vector<std::pair<long, std::string>> declared;
  for (const json& p : service_ports(svc)) declared.emplace_back(p.value("port", 0L), p.value("protocol", "TCP"));
  return check_udp(udp_only(declared), ports, [&](const std::string& n) { return service_port_by_name(svc, n); });
}

}  // namespace kctl::cmd
