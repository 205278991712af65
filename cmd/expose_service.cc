#include "cmd/expose_service.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "client/ascii.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

const json& field(const json& obj, std::initializer_list<const char*> path) {
  static const json null;
  const json* cur = &obj;
  for (const char* key : path) {
    if (!cur->is_object()) return null;
    auto it = cur->find(key);
    if (it == cur->end()) return null;
    cur = &*it;
  }
  return *cur;
}

// MakeLabels; kubectl's order is a Go map's, which only feeds a parse, so
// sorted keys are as good.
std::string make_labels(const json& labels) {
  std::string out;
  if (!labels.is_object()) return out;
  for (const auto& [k, v] : labels.items())
    out += (out.empty() ? "" : ",") + k + "=" + (v.is_string() ? v.get<std::string>() : v.dump());
  return out;
}

// Go's %+v of []LabelSelectorRequirement: [{Key:a Operator:In Values:[x y]}].
std::string go_requirements(const json& expressions) {
  std::string out = "[";
  bool first = true;
  for (const auto& e : expressions) {
    std::string values;
    for (const auto& v : e.value("values", json::array())) {
      if (!values.empty()) values += ' ';
      values += v.is_string() ? v.get<std::string>() : v.dump();
    }
    if (!first) out += ' ';
    out += "{Key:" + e.value("key", "");
    out += " Operator:" + e.value("operator", "");
    out += " Values:[" + values + "]}";
    first = false;
  }
  return out + "]";
}

bool has_entries(const json& j) { return (j.is_object() || j.is_array()) && !j.empty(); }

Error expressions_error(const json& expressions) {
  return make_error(ErrorKind::Internal, "couldn't convert expressions - \"" + go_requirements(expressions) +
                                             "\" to map-based selector format");
}

// The selector of a deployment or replica set; `noun` names it in errors.
Result<std::string> workload_selector(bool extensions, const std::string& noun, const json& object) {
  const json& selector = field(object, {"spec", "selector"});
  const json& expressions = field(selector, {"matchExpressions"});
  if (extensions) {
    // extensions/v1beta1 objects fall back to the pod template's labels.
    json labels;
    if (selector.is_object()) {
      if (has_entries(expressions)) return expressions_error(expressions);
      labels = field(selector, {"matchLabels"});
    } else {
      labels = field(object, {"spec", "template", "metadata", "labels"});
    }
    if (!has_entries(labels))
      return make_error(ErrorKind::Internal, "the " + noun + " has no labels or selectors and cannot be exposed");
    return make_labels(labels);
  }
  const json& match_labels = field(selector, {"matchLabels"});
  if (!has_entries(match_labels))
    return make_error(ErrorKind::Internal,
                      "invalid " + std::string(noun == "deployment" ? "deployment" : "replicaset") +
                          ": no selectors, therefore cannot be exposed");
  if (has_entries(expressions)) return expressions_error(expressions);
  return make_labels(match_labels);
}

const json& pod_spec(const std::string& kind, const json& object) {
  return kind == "Pod" ? field(object, {"spec"}) : field(object, {"spec", "template", "spec"});
}

// Calls `each(port, protocol)` for each container port, or each service port.
template <typename F>
void for_each_port(const std::string& kind, const json& object, F each) {
  auto protocol_of = [](const json& p) {
    const std::string proto = p.value("protocol", "");
    return proto.empty() ? std::string("TCP") : proto;
  };
  if (kind == "Service") {
    for (const auto& p : field(object, {"spec", "ports"}))
      if (p.is_object()) each(std::to_string(p.value("port", 0LL)), protocol_of(p));
    return;
  }
  for (const auto& c : field(pod_spec(kind, object), {"containers"}))
    for (const auto& p : field(c, {"ports"}))
      if (p.is_object()) each(std::to_string(p.value("containerPort", 0LL)), protocol_of(p));
}

// strconv.Atoi, with Go's error text.
Result<long long> go_atoi(const std::string& s) {
  const std::string prefix = "strconv.Atoi: parsing \"" + s + "\": ";
  std::size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  if (i == s.size()) return make_error(ErrorKind::Internal, prefix + "invalid syntax");
  for (std::size_t j = i; j < s.size(); ++j)
    if (!std::isdigit(static_cast<unsigned char>(s[j]))) return make_error(ErrorKind::Internal, prefix + "invalid syntax");
  try {
    return std::stoll(s);
  } catch (const std::exception&) {
    return make_error(ErrorKind::Internal, prefix + "value out of range");
  }
}

// Go's int32() of a port number: the low 32 bits.
long long int32_of(long long v) { return static_cast<long long>(static_cast<std::int32_t>(static_cast<std::uint32_t>(v))); }

// expose's parseLabels: "k=v,k2=v2" and nothing else.
Result<std::map<std::string, std::string>> parse_labels(const std::string& spec) {
  std::map<std::string, std::string> labels;
  for (const auto& item : split_commas(spec)) {
    const auto eq = item.find('=');
    if (eq == std::string::npos || item.find('=', eq + 1) != std::string::npos)
      return make_error(ErrorKind::Internal, "unexpected label spec: " + item);
    if (eq == 0) return make_error(ErrorKind::Internal, "unexpected empty label key");
    labels[item.substr(0, eq)] = item.substr(eq + 1);
  }
  return labels;
}

ojson service_port(const std::string& name, long long port, const std::string& protocol) {
  ojson p = ojson::object();
  if (!name.empty()) p["name"] = name;
  if (!protocol.empty()) p["protocol"] = protocol;
  p["port"] = port;
  return p;
}

// The service's ports: one per port, or one per protocol of a port the
// exposed object serves with several.
Result<ojson> service_ports(const ExposeParams& p) {
  ojson ports = ojson::array();
  const std::string& port_string = p.ports.empty() ? p.port : p.ports;
  if (port_string.empty()) return ports;
  const auto items = split_commas(port_string);
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto port = go_atoi(items[i]);
    if (!port) return port.take_error();
    const long long number = int32_of(*port);
    const std::string name = items.size() > 1 ? "port-" + std::to_string(i + 1) : "";
    std::string protocol = p.protocol;
    if (protocol.empty()) {
      protocol = "TCP";
      auto found = p.protocols.find(items[i]);
      if (found != p.protocols.end() && found->second.size() == 1) {
        protocol = found->second.front();
      } else if (found != p.protocols.end()) {
        for (const auto& proto : found->second)
          ports.push_back(service_port("port-" + std::to_string(i + 1) + "-" + ascii_lower(proto), number, proto));
        continue;
      }
    }
    ports.push_back(service_port(name, number, protocol));
  }
  return ports;
}

// `obj`'s fields named in `order`, in that order; `always` ones as `fill`
// when missing or null.
ojson in_order(const json& obj, std::initializer_list<const char*> order, std::initializer_list<const char*> always = {},
               const json& fill = nullptr) {
  ojson out = ojson::object();
  for (const char* key : order) {
    const json& v = field(obj, {key});
    const bool required = std::find_if(always.begin(), always.end(), [&](const char* a) {
                            return std::string_view(a) == key;
                          }) != always.end();
    if (!v.is_null()) {
      out[key] = ojson::parse(v.dump());
    } else if (required) {
      out[key] = ojson::parse(fill.dump());
    }
  }
  return out;
}

}  // namespace

ojson service_in_go_order(const json& service) {
  ojson out = in_order(service, {"kind", "apiVersion"});
  out["metadata"] = in_order(field(service, {"metadata"}),
                             {"name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation",
                              "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels",
                              "annotations", "ownerReferences", "finalizers", "managedFields"},
                             {"creationTimestamp"});
  const json& spec_in = field(service, {"spec"});
  ojson spec = in_order(spec_in, {"ports",
                                  "selector",
                                  "clusterIP",
                                  "clusterIPs",
                                  "type",
                                  "externalIPs",
                                  "sessionAffinity",
                                  "loadBalancerIP",
                                  "loadBalancerSourceRanges",
                                  "externalName",
                                  "externalTrafficPolicy",
                                  "healthCheckNodePort",
                                  "publishNotReadyAddresses",
                                  "sessionAffinityConfig",
                                  "ipFamilies",
                                  "ipFamilyPolicy",
                                  "allocateLoadBalancerNodePorts",
                                  "loadBalancerClass",
                                  "internalTrafficPolicy",
                                  "trafficDistribution"});
  if (auto ports = spec.find("ports"); ports != spec.end() && ports->is_array()) {
    ojson ordered = ojson::array();
    for (const auto& p : json::parse(ports->dump()))
      ordered.push_back(in_order(p, {"name", "protocol", "appProtocol", "port", "targetPort", "nodePort"},
                                 {"port", "targetPort"}, 0));
    *ports = std::move(ordered);
  }
  out["spec"] = std::move(spec);
  ojson status = in_order(field(service, {"status"}), {"loadBalancer", "conditions"}, {"loadBalancer"}, json::object());
  out["status"] = std::move(status);
  return out;
}

Result<> can_be_exposed(const std::string& group, const std::string& kind) {
  static const std::set<std::pair<std::string, std::string>> exposable{
      {"", "ReplicationController"}, {"", "Service"},           {"", "Pod"},
      {"apps", "Deployment"},        {"apps", "ReplicaSet"},    {"extensions", "Deployment"},
      {"extensions", "ReplicaSet"}};
  if (exposable.count({group, kind})) return {};
  return make_error(ErrorKind::Internal, "cannot expose a " + kind + (group.empty() ? "" : "." + group));
}

Result<std::string> selector_for_object(const std::string& group, const std::string& kind, const json& object) {
  if (kind == "ReplicationController") return make_labels(field(object, {"spec", "selector"}));
  if (kind == "Pod") {
    const json& labels = field(object, {"metadata", "labels"});
    if (!has_entries(labels)) return make_error(ErrorKind::Internal, "the pod has no labels and cannot be exposed");
    return make_labels(labels);
  }
  if (kind == "Service") {
    const json& selector = field(object, {"spec", "selector"});
    if (selector.is_null()) return make_error(ErrorKind::Internal, "the service has no pod selector set");
    return make_labels(selector);
  }
  if (kind == "Deployment") return workload_selector(group == "extensions", "deployment", object);
  if (kind == "ReplicaSet") return workload_selector(group == "extensions", "replica set", object);
  return make_error(ErrorKind::Internal, "cannot extract pod selector from " + kind);
}

std::vector<std::string> ports_for_object(const std::string& kind, const json& object) {
  std::vector<std::string> ports;
  std::set<std::string> seen;
  for_each_port(kind, object, [&](const std::string& port, const std::string&) {
    if (seen.insert(port).second) ports.push_back(port);
  });
  return ports;
}

std::map<std::string, std::vector<std::string>> protocols_for_object(const std::string& kind, const json& object) {
  std::map<std::string, std::vector<std::string>> protocols;
  for_each_port(kind, object,
                [&](const std::string& port, const std::string& protocol) { protocols[port].push_back(protocol); });
  return protocols;
}

Result<> complete_from_object(ExposeParams& p, const std::string& group, const std::string& kind,
                              const json& object) {
  const json& name = field(object, {"metadata", "name"});
  p.default_name = name.is_string() ? name.get<std::string>().substr(0, 63) : "";  // a DNS-1035 label
  if (p.selector.empty()) {
    auto s = selector_for_object(group, kind, object);
    if (!s)
      return make_error(ErrorKind::Internal,
                        "couldn't retrieve selectors via --selector flag or introspection: " + s.error().message);
    p.selector = *s;
  }
  if (p.port.empty()) {
    const auto ports = ports_for_object(kind, object);
    if (ports.empty() && p.cluster_ip != "None")
      return make_error(ErrorKind::Internal, "couldn't find port via --port flag or introspection");
    if (ports.size() == 1) p.port = ports.front();
    if (ports.size() > 1) {
      p.ports.clear();
      for (const auto& port : ports) p.ports += (p.ports.empty() ? "" : ",") + port;
    }
  }
  if (auto protocols = protocols_for_object(kind, object); !protocols.empty()) p.protocols = std::move(protocols);
  if (p.labels.empty()) p.labels = make_labels(field(object, {"metadata", "labels"}));
  return {};
}

Result<ojson> expose_service_object(const ExposeParams& p, const std::string& ns) {
  if (p.selector.empty()) return make_error(ErrorKind::Internal, "selector must be specified");
  auto selector = parse_labels(p.selector);
  if (!selector) return selector.take_error();
  std::map<std::string, std::string> labels;
  if (!p.labels.empty()) {
    auto parsed = parse_labels(p.labels);
    if (!parsed) return parsed.take_error();
    labels = std::move(*parsed);
  }
  const std::string name = p.name.empty() ? p.default_name : p.name;
  if (name.empty()) return make_error(ErrorKind::Internal, "name must be specified");
  auto ports = service_ports(p);
  if (!ports) return ports.take_error();
  for (auto& port : *ports) {
    if (p.target_port.empty()) {
      port["targetPort"] = port["port"];
    } else if (auto n = go_atoi(p.target_port)) {
      port["targetPort"] = int32_of(*n);  // intstr.Parse: a number when it is one
    } else {
      port["targetPort"] = p.target_port;
    }
  }
  if (!p.session_affinity.empty() && p.session_affinity != "None" && p.session_affinity != "ClientIP")
    return make_error(ErrorKind::Internal, "unknown session affinity: " + p.session_affinity);

  ojson spec = ojson::object();
  if (!ports->empty()) spec["ports"] = std::move(*ports);
  spec["selector"] = *selector;
  if (!p.cluster_ip.empty()) spec["clusterIP"] = p.cluster_ip;
  if (!p.type.empty()) spec["type"] = p.type;
  if (!p.external_ip.empty()) spec["externalIPs"] = ojson::array({p.external_ip});
  if (!p.session_affinity.empty()) spec["sessionAffinity"] = p.session_affinity;
  if (p.type == "LoadBalancer" && !p.load_balancer_ip.empty()) spec["loadBalancerIP"] = p.load_balancer_ip;
  ojson service = typed_object("Service", "v1", object_meta(name, ns, labels));
  service["spec"] = std::move(spec);
  service["status"] = ojson{{"loadBalancer", ojson::object()}};
  return service;
}

}  // namespace kctl::cmd
