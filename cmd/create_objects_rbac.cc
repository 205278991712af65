// RBAC rules and subjects, as kubectl's create role/clusterrole and
// (cluster)rolebinding generators build them.
#include <algorithm>
#include <set>

#include "cmd/create_objects.h"

namespace kctl::cmd {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

std::vector<RuleResource> parse_rule_resources(const std::vector<std::string>& items) {
  std::vector<RuleResource> out;
  for (const auto& item : items) {
    RuleResource r;
    const auto slash = item.find('/');
    const std::string head = item.substr(0, slash);
    if (slash != std::string::npos) r.subresource = item.substr(slash + 1);
    const auto dot = head.find('.');
    r.resource = head.substr(0, dot);
    if (dot != std::string::npos) r.group = head.substr(dot + 1);
    if (r.resource == "*" && dot == std::string::npos && slash == std::string::npos) return {r};
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<std::string> unique_verbs(const std::vector<std::string>& verbs) {
  std::vector<std::string> out;
  for (const auto& v : verbs) {
    if (v == "*") return {"*"};
    if (!contains(out, v)) out.push_back(v);
  }
  return out;
}

bool is_standard_resource_verb(const std::string& verb) {
  static const std::vector<std::string> verbs{"*",     "get",   "delete", "list", "create",
                                              "update", "patch", "watch",  "proxy", "deletecollection",
                                              "use",   "bind",  "escalate", "impersonate"};
  return contains(verbs, verb);
}

Result<> check_special_verbs(const std::vector<std::string>& verbs, const RuleResource& r) {
  struct Special {
    const char* verb;
    std::vector<std::pair<std::string, std::string>> allowed;  // group, resource
  };
  static const std::vector<Special> specials{
      {"use", {{"policy", "podsecuritypolicies"}, {"extensions", "podsecuritypolicies"}}},
      {"bind", {{"rbac.authorization.k8s.io", "roles"}, {"rbac.authorization.k8s.io", "clusterroles"}}},
      {"escalate", {{"rbac.authorization.k8s.io", "roles"}, {"rbac.authorization.k8s.io", "clusterroles"}}},
      {"impersonate",
       {{"", "users"}, {"", "serviceaccounts"}, {"", "groups"}, {"authentication.k8s.io", "userextras"},
        {"authentication.k8s.io", "uids"}}},
  };
  for (const auto& v : verbs)
    for (const auto& s : specials) {
      if (v != s.verb) continue;
      if (std::find(s.allowed.begin(), s.allowed.end(), std::pair{r.group, r.resource}) == s.allowed.end())
        return make_error(ErrorKind::Internal,
                          "can not perform '" + v + "' on '" + r.resource + "' in group '" + r.group + "'");
    }
  return {};
}

Result<> check_non_resource_urls(const std::vector<std::string>& verbs, const std::vector<std::string>& urls) {
  static const std::vector<std::string> valid{"*", "get", "post", "put", "delete", "patch", "head", "options"};
  for (const auto& v : verbs)
    if (!contains(valid, v)) return make_error(ErrorKind::Internal, "invalid verb: '" + v + "' for nonResourceURL");
  for (const auto& u : urls) {
    if (u == "*") continue;
    if (u.empty() || u[0] != '/') return make_error(ErrorKind::Internal, "nonResourceURL should start with /");
    if (u.substr(0, u.size() - 1).find('*') != std::string::npos)
      return make_error(ErrorKind::Internal, "nonResourceURL only supports wildcard matches when '*' is at the end");
  }
  return {};
}

ojson policy_rules(const std::vector<std::string>& verbs, const std::vector<RuleResource>& resolved,
                   const std::vector<std::string>& resource_names, const std::vector<std::string>& non_resource_urls) {
  std::map<std::string, std::vector<std::string>> by_group;
  for (const auto& r : resolved) {
    const std::string name = r.subresource.empty() ? r.resource : r.resource + "/" + r.subresource;
    auto& list = by_group[r.group];
    if (!contains(list, name)) list.push_back(name);
  }
  ojson rules = ojson::array();
  for (const auto& [group, resources] : by_group) {
    ojson rule = ojson::object();
    rule["verbs"] = verbs;
    rule["apiGroups"] = std::vector<std::string>{group};
    rule["resources"] = resources;
    if (!resource_names.empty()) rule["resourceNames"] = resource_names;
    rules.push_back(std::move(rule));
  }
  if (!non_resource_urls.empty()) {
    ojson rule = ojson::object();
    rule["verbs"] = verbs;
    rule["nonResourceURLs"] = non_resource_urls;
    rules.push_back(std::move(rule));
  }
  return rules;
}

Result<ojson> binding_subjects(const BindingSubjects& s) {
  ojson subjects = ojson::array();
  auto add = [&subjects](const std::string& kind, const std::string& name) {
    ojson x = ojson::object();
    x["kind"] = kind;
    x["apiGroup"] = "rbac.authorization.k8s.io";
    x["name"] = name;
    subjects.push_back(std::move(x));
  };
  for (const auto& u : s.users) add("User", u);
  for (const auto& g : s.groups) add("Group", g);
  for (const auto& sa : s.service_accounts) {
    const auto colon = sa.find(':');
    if (colon == std::string::npos || sa.find(':', colon + 1) != std::string::npos)
      return make_error(ErrorKind::Internal, "serviceaccount must be <namespace>:<name>");
    ojson x = ojson::object();
    x["kind"] = "ServiceAccount";
    x["name"] = sa.substr(colon + 1);
    x["namespace"] = sa.substr(0, colon);
    subjects.push_back(std::move(x));
  }
  return subjects;
}

ojson role_ref(const std::string& kind, const std::string& name) {
  ojson r = ojson::object();
  r["apiGroup"] = "rbac.authorization.k8s.io";
  r["kind"] = kind;
  r["name"] = name;
  return r;
}

}  // namespace kctl::cmd
