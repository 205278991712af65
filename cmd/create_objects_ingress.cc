// Ingress objects, as kubectl's create ingress generator builds them.
#include <algorithm>
#include <regex>
#include <set>

#include "cmd/create_objects.h"

namespace kctl::cmd {
namespace {

// kubectl checks only that a rule starts so; the rest is cut as below.
const std::regex& rule_regex() {
  static const std::regex re(R"(^[\w*\-.]*/.*=[\w\-]+:[\w\-]+)");
  return re;
}

ojson service_backend(const std::string& service, const std::string& port) {
  ojson p = ojson::object();
  if (std::regex_match(port, std::regex("^[+-]?[0-9]+$"))) p["number"] = std::stoll(port);
  else p["name"] = port;
  return ojson{{"service", ojson{{"name", service}, {"port", std::move(p)}}}};
}

// "x*=svc:80" (the part after the host's "/", TLS part removed).
ojson ingress_path(const std::string& path_svc) {
  const auto eq = path_svc.find('=');
  std::string path = "/" + path_svc.substr(0, eq);
  const std::string svc = path_svc.substr(eq + 1);
  const auto colon = svc.find(':');
  std::string type = "Exact";
  if (path.back() == '*') {  // a trailing * makes a prefix match
    type = "Prefix";
    path.pop_back();
  }
  ojson p = ojson::object();
  p["path"] = path;
  p["pathType"] = type;
  const std::string port = svc.substr(colon + 1);
  p["backend"] = service_backend(svc.substr(0, colon), port.substr(0, port.find_first_of(":=")));
  return p;
}

}  // namespace

Result<ojson> ingress_object(const std::string& name, const std::string& ns, const IngressSpec& spec) {
  if (spec.default_backend.empty() && spec.rules.empty())
    return make_error(ErrorKind::Internal,
                      "not enough information provided: every ingress has to either specify a default-backend "
                      "(which catches all traffic) or a list of rules (which catch specific paths)");
  for (const auto& rule : spec.rules)
    if (!std::regex_search(rule, rule_regex()))
      return make_error(ErrorKind::Internal, "rule " + rule +
                                                 " is invalid and should be in format "
                                                 "host/path=svcname:svcport[,tls[=secret]]");
  std::map<std::string, std::string> annotations;
  for (const auto& a : spec.annotations) {
    const auto eq = a.find('=');
    if (eq == std::string::npos)
      return make_error(ErrorKind::Internal, "annotation " + a + " is invalid and should be in format key=[value]");
    annotations[a.substr(0, eq)] = a.substr(eq + 1);
  }
  const auto backend_colon = spec.default_backend.find(':');
  if (!spec.default_backend.empty() &&
      (backend_colon == std::string::npos || spec.default_backend.find(':', backend_colon + 1) != std::string::npos))
    return make_error(ErrorKind::Internal, "default-backend should be in format servicename:serviceport");

  ojson meta = object_meta(name, ns);
  if (!annotations.empty()) meta["annotations"] = annotations;
  ojson o = typed_object("Ingress", "networking.k8s.io/v1", std::move(meta));
  ojson s = ojson::object();
  if (!spec.ingress_class.empty()) s["ingressClassName"] = spec.ingress_class;
  if (!spec.default_backend.empty())
    s["defaultBackend"] =
        service_backend(spec.default_backend.substr(0, backend_colon), spec.default_backend.substr(backend_colon + 1));

  // TLS: one entry per secret, gathering the hosts of the rules using it.
  ojson tls = ojson::array();
  std::set<std::string> hosts_with_tls;
  for (const auto& rule : spec.rules) {
    const auto comma = rule.find(',');
    if (comma == std::string::npos) continue;
    const std::string tls_part = rule.substr(comma + 1);
    const auto eq = tls_part.find('=');
    std::string secret;
    if (eq != std::string::npos) secret = tls_part.substr(eq + 1, tls_part.find('=', eq + 1) - eq - 1);
    const std::string host = rule.substr(0, rule.find('/'));
    auto existing = std::find_if(tls.begin(), tls.end(),
                                 [&](const ojson& t) { return t.value("secretName", "") == secret; });
    if (existing != tls.end()) {
      if (hosts_with_tls.count(host)) continue;
      if (!existing->contains("hosts")) {  // hosts precede secretName (Go's field order)
        ojson entry = ojson{{"hosts", ojson::array()}};
        for (auto it = existing->begin(); it != existing->end(); ++it) entry[it.key()] = it.value();
        *existing = std::move(entry);
      }
      (*existing)["hosts"].push_back(host);
      hosts_with_tls.insert(host);
      continue;
    }
    if (host.empty() && secret.empty()) continue;
    ojson entry = ojson::object();
    // A host already covered by another secret's entry is not repeated.
    if (!host.empty() && hosts_with_tls.insert(host).second) entry["hosts"] = std::vector<std::string>{host};
    if (!secret.empty()) entry["secretName"] = secret;
    tls.push_back(std::move(entry));
  }
  if (!tls.empty()) s["tls"] = std::move(tls);

  // Rules: one per host, its paths in the order given.
  ojson rules = ojson::array();
  for (const auto& rule : spec.rules) {
    const std::string without_tls = rule.substr(0, rule.find(','));
    const auto slash = without_tls.find('/');
    const std::string host = without_tls.substr(0, slash);
    ojson path = ingress_path(without_tls.substr(slash + 1));
    auto same = std::find_if(rules.begin(), rules.end(), [&](const ojson& r) { return r.value("host", "") == host; });
    if (same != rules.end()) {
      (*same)["http"]["paths"].push_back(std::move(path));
      continue;
    }
    ojson r = ojson::object();
    if (!host.empty()) r["host"] = host;
    r["http"] = ojson{{"paths", ojson::array({std::move(path)})}};
    rules.push_back(std::move(r));
  }
  if (!rules.empty()) s["rules"] = std::move(rules);
  o["spec"] = std::move(s);
  o["status"] = ojson{{"loadBalancer", ojson::object()}};
  return o;
}

}  // namespace kctl::cmd
