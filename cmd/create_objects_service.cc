// Service objects, as kubectl's create service generators build them.
#include <regex>

#include "cmd/create_objects.h"

namespace kctl::cmd {
namespace {

// validation.IsValidPortName's messages, joined as kubectl joins them.
std::string port_name_problems(const std::string& name) {
  std::vector<std::string> p;
  if (name.size() > 15) p.push_back("must be no more than 15 characters");
  if (!std::regex_match(name, std::regex("^[-a-z0-9]+$")))
    p.push_back("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
  if (!std::regex_search(name, std::regex("[a-z]"))) p.push_back("must contain at least one letter (a-z)");
  if (name.find("--") != std::string::npos) p.push_back("must not contain consecutive hyphens");
  if (!name.empty() && (name.front() == '-' || name.back() == '-')) p.push_back("must not begin or end with a hyphen");
  std::string joined;
  for (const auto& x : p) joined += (joined.empty() ? "" : ",") + x;
  return joined;
}

// strconv.ParseUint(s, 10, 16) with Go's error text.
Result<long long> parse_port(const std::string& s) {
  const std::string prefix = "strconv.ParseUint: parsing \"" + s + "\": ";
  if (s.empty() || !std::regex_match(s, std::regex("^[0-9]+$")))
    return make_error(ErrorKind::Internal, prefix + "invalid syntax");
  if (s.size() > 5 || std::stoll(s) > 65535) return make_error(ErrorKind::Internal, prefix + "value out of range");
  return std::stoll(s);
}

}  // namespace

bool is_dns1123_subdomain(const std::string& s) {
  static const std::regex re("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
  return s.size() <= 253 && std::regex_match(s, re);
}

Result<ojson> service_object(const std::string& name, const std::string& ns, const ServiceSpec& spec) {
  if (spec.tcp.empty() && spec.type != "ExternalName" && !(spec.type == "ClusterIP" && spec.cluster_ip == "None"))
    return make_error(ErrorKind::Internal, "at least one tcp port specifier must be provided");
  if (spec.type == "ExternalName" && !is_dns1123_subdomain(spec.external_name))
    return make_error(ErrorKind::Internal, "invalid service external name " + spec.external_name);
  ojson ports = ojson::array();
  for (const auto& item : spec.tcp) {
    std::vector<std::string> parts;
    for (std::size_t start = 0;;) {
      const auto colon = item.find(':', start);
      parts.push_back(item.substr(start, colon - start));
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
    auto port = parse_port(parts[0]);
    if (!port) return port.take_error();
    ojson p = ojson::object();
    std::string port_name = item;
    for (char& c : port_name)
      if (c == ':') c = '-';
    p["name"] = parts.size() > 1 ? port_name : parts[0];
    p["protocol"] = "TCP";
    p["port"] = *port;
    if (parts.size() > 1) {
      const std::string& target = parts[1];
      if (std::regex_match(target, std::regex("^[+-]?[0-9]+$"))) {
        p["targetPort"] = std::stoll(target);
      } else {
        if (auto problems = port_name_problems(target); !problems.empty())
          return make_error(ErrorKind::Internal, problems);
        p["targetPort"] = target;
      }
    } else {
      p["targetPort"] = *port;
    }
    if (spec.node_port > 0) p["nodePort"] = spec.node_port;
    ports.push_back(std::move(p));
  }
  const std::map<std::string, std::string> labels{{"app", name}};
  ojson o = typed_object("Service", "v1", object_meta(name, ns, labels));
  ojson s = ojson::object();
  if (!ports.empty()) s["ports"] = std::move(ports);
  s["selector"] = labels;
  if (!spec.cluster_ip.empty()) s["clusterIP"] = spec.cluster_ip;
  s["type"] = spec.type;
  if (!spec.external_name.empty()) s["externalName"] = spec.external_name;
  o["spec"] = std::move(s);
  o["status"] = ojson{{"loadBalancer", ojson::object()}};
  return o;
}

}  // namespace kctl::cmd
