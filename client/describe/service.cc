// Services, with their endpoints from the EndpointSlices labelled with the
// service's name (kubectl 1.32 reads discovery.k8s.io/v1 slices; a server
// without them shows "<none>").
#include <string>

#include "client/describe/describer.h"
#include "client/describe/events.h"
#include "client/describe/meta_text.h"

namespace kctl::describe {
namespace {

bool endpoint_ready(const json& endpoint) {
  const json& ready = field(field(endpoint, "conditions"), "ready");
  return !ready.is_boolean() || ready.get<bool>();  // unknown counts as ready
}

std::string first_address(const json& endpoint) {
  const json& addrs = items(endpoint, "addresses");
  return addrs.empty() || !addrs[0].is_string() ? "" : addrs[0].get<std::string>();
}

// kubectl's formatEndpointSlices for the endpoints of one service port:
// at most three, then "+ N more...".
std::string format_endpoint_slices(const json& slices, const std::string& port_name) {
  if (slices.empty()) return "<none>";
  constexpr std::size_t kMax = 3;
  std::vector<std::string> list;
  bool more = false;
  std::size_t count = 0;
  auto add = [&](const json& endpoint, const std::string& text) {
    if (list.size() == kMax) more = true;
    if (!endpoint_ready(endpoint)) return;
    if (!more) list.push_back(text);
    ++count;
  };
  for (const json& slice : slices) {
    const json& ports = items(slice, "ports");
    if (ports.empty()) {  // a headless service without ports
      for (const json& e : items(slice, "endpoints")) add(e, first_address(e));
      continue;
    }
    for (const json& port : ports) {
      if (str(port, "name") != port_name) continue;
      for (const json& e : items(slice, "endpoints")) add(e, join_host_port(first_address(e), std::to_string(integer(port, "port"))));
    }
  }
  std::string out = join(list, ",");
  if (more) out += " + " + std::to_string(count - kMax) + " more...";
  return out;
}

std::string ingress_string(const json& ingress) {
  std::vector<std::string> parts;
  for (const json& i : ingress) {
    std::string ip = str(i, "ip");
    if (!ip.empty())
      parts.push_back(has(i, "ipMode") ? ip + " (" + str(i, "ipMode") + ")" : ip);
    else
      parts.push_back(str(i, "hostname"));
  }
  return join(parts, ", ");
}

}  // namespace

std::string describe_service(const json& svc, const Related& related, Clock::time_point now) {
  PrefixWriter w;
  const json& spec = field(svc, "spec");
  print_object_header(w, svc);
  w.write(kLevel0, "Selector:\t" + format_labels(string_map(spec, "selector")) + "\n");
  w.write(kLevel0, "Type:\t" + str(spec, "type") + "\n");
  if (has(spec, "ipFamilyPolicy")) w.write(kLevel0, "IP Family Policy:\t" + str(spec, "ipFamilyPolicy") + "\n");
  std::vector<std::string> families = strings(spec, "ipFamilies");
  w.write(kLevel0, "IP Families:\t" + (families.empty() ? std::string("<none>") : join(families, ",")) + "\n");
  w.write(kLevel0, "IP:\t" + str(spec, "clusterIP") + "\n");
  std::vector<std::string> ips = strings(spec, "clusterIPs");
  w.write(kLevel0, "IPs:\t" + (ips.empty() ? std::string("<none>") : join(ips, ",")) + "\n");
  std::vector<std::string> external = strings(spec, "externalIPs");
  if (!external.empty()) w.write(kLevel0, "External IPs:\t" + join(external, ",") + "\n");
  if (!str(spec, "loadBalancerIP").empty())
    w.write(kLevel0, "Desired LoadBalancer IP:\t" + str(spec, "loadBalancerIP") + "\n");
  if (!str(spec, "externalName").empty()) w.write(kLevel0, "External Name:\t" + str(spec, "externalName") + "\n");
  const json& ingress = items(field(field(svc, "status"), "loadBalancer"), "ingress");
  if (!ingress.empty()) w.write(kLevel0, "LoadBalancer Ingress:\t" + ingress_string(ingress) + "\n");
  for (const json& port : items(spec, "ports")) {
    std::string name = str(port, "name");
    std::string shown = name.empty() ? "<unset>" : name;
    std::string protocol = str(port, "protocol");
    w.write(kLevel0, "Port:\t" + shown + "\t" + std::to_string(integer(port, "port")) + "/" + protocol + "\n");
    w.write(kLevel0, "TargetPort:\t" + int_or_string(field(port, "targetPort"), "0") + "/" + protocol + "\n");
    if (has(port, "appProtocol")) w.write(kLevel0, "AppProtocol:\t" + str(port, "appProtocol") + "\n");
    if (integer(port, "nodePort") != 0)
      w.write(kLevel0, "NodePort:\t" + shown + "\t" + std::to_string(integer(port, "nodePort")) + "/" + protocol + "\n");
    w.write(kLevel0, "Endpoints:\t" + format_endpoint_slices(related.endpoint_slices, name) + "\n");
  }
  w.write(kLevel0, "Session Affinity:\t" + str(spec, "sessionAffinity") + "\n");
  if (!str(spec, "externalTrafficPolicy").empty())
    w.write(kLevel0, "External Traffic Policy:\t" + str(spec, "externalTrafficPolicy") + "\n");
  if (has(spec, "internalTrafficPolicy"))
    w.write(kLevel0, "Internal Traffic Policy:\t" + str(spec, "internalTrafficPolicy") + "\n");
  if (integer(spec, "healthCheckNodePort") != 0)
    w.write(kLevel0, "HealthCheck NodePort:\t" + std::to_string(integer(spec, "healthCheckNodePort")) + "\n");
  std::vector<std::string> ranges = strings(spec, "loadBalancerSourceRanges");
  if (!ranges.empty()) w.write(kLevel0, "LoadBalancer Source Ranges:\t" + join(ranges, ",") + "\n");
  if (has(spec, "trafficDistribution"))
    w.write(kLevel0, "Traffic Distribution:\t" + str(spec, "trafficDistribution") + "\n");
  if (related.events) describe_events(w, *related.events, now);
  return w.take();
}

}  // namespace kctl::describe
