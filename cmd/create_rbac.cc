// kctl create role, clusterrole, rolebinding and clusterrolebinding.
#include "cmd/create_commands.h"
#include "cmd/create_objects.h"

namespace kctl::cmd {
namespace {

constexpr const char* kRbacVersion = "rbac.authorization.k8s.io/v1";

struct RoleOptions {
  GeneratorFlags gen;
  std::vector<std::string> verbs, resources, resource_names, non_resource_urls, aggregation_rule;
};

struct BindingOptions {
  GeneratorFlags gen;
  std::string role, cluster_role;
  BindingSubjects subjects;
};

// Each --resource resolved through discovery (short names, singular,
// case), as kubectl's RESTMapper does; "*" stays as it is.
Result<std::vector<RuleResource>> resolve_rule_resources(Factory& f, const std::vector<std::string>& verbs,
                                                         const std::vector<RuleResource>& resources) {
  std::vector<RuleResource> resolved;
  client::Discovery* discovery = nullptr;
  for (const auto& r : resources) {
    if (r.resource.empty())
      return make_error(ErrorKind::Internal, "resource must be specified if apiGroup/subresource specified");
    if (r.resource == "*") {
      resolved.push_back(r);
      continue;
    }
    if (discovery == nullptr) {
      auto d = f.discovery();
      if (!d) return d.take_error();
      discovery = *d;
    }
    auto found = client::resolve_resource(*discovery, r.group.empty() ? r.resource : r.resource + "." + r.group);
    RuleResource out = r;
    if (found) {
      out.resource = found->name;
      out.group = found->group;
    }
    if (auto s = check_special_verbs(verbs, out); !s) return s.take_error();
    if (!found) {
      Error e = found.take_error();
      e.kind = ErrorKind::Plain;  // kubectl prints the mapper's error bare
      return e;
    }
    resolved.push_back(std::move(out));
  }
  return resolved;
}

void warn_unusual_verbs(Factory& f, const std::vector<std::string>& verbs) {
  for (const auto& v : verbs)
    if (!is_standard_resource_verb(v)) f.io().err << "Warning: '" << v << "' is not a standard resource verb\n";
}

Result<> run_role(Factory& f, RoleOptions& o) {
  auto name = name_from_args(o.gen.args);
  if (!name) return name.take_error();
  if (auto c = check_write_flags(f, o.gen); !c) return c.take_error();
  const auto verbs = unique_verbs(o.verbs);
  if (verbs.empty()) return make_error(ErrorKind::Internal, "at least one verb must be specified");
  warn_unusual_verbs(f, verbs);
  const auto resources = parse_rule_resources(o.resources);
  if (resources.empty()) return make_error(ErrorKind::Internal, "at least one resource must be specified");
  auto resolved = resolve_rule_resources(f, verbs, resources);
  if (!resolved) return resolved.take_error();
  ojson obj = typed_object("Role", kRbacVersion, object_meta(*name, enforced_generator_namespace(f)));
  obj["rules"] = policy_rules(verbs, *resolved, o.resource_names, {});
  return send_generated(f, o.gen, {generated_resource("rbac.authorization.k8s.io", "v1", "roles", "Role", true), ""},
                        std::move(obj));
}

Result<std::map<std::string, std::string>> parse_aggregation_rule(const std::vector<std::string>& items) {
  std::map<std::string, std::string> labels;
  for (const auto& item : items) {
    const auto eq = item.find('=');
    if (eq == std::string::npos)
      return make_error(ErrorKind::Internal, item + " must be formatted as key=value");
    labels[item.substr(0, eq)] = item.substr(eq + 1);
  }
  return labels;
}

Result<> run_cluster_role(Factory& f, RoleOptions& o) {
  auto name = name_from_args(o.gen.args);
  if (!name) return name.take_error();
  if (auto c = check_write_flags(f, o.gen); !c) return c.take_error();
  const auto verbs = unique_verbs(o.verbs);
  ojson obj = typed_object("ClusterRole", kRbacVersion, object_meta(*name));
  if (!o.aggregation_rule.empty()) {
    if (!o.non_resource_urls.empty() || !verbs.empty() || !o.resources.empty() || !o.resource_names.empty())
      return make_error(ErrorKind::Internal,
                        "aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames");
    auto labels = parse_aggregation_rule(o.aggregation_rule);
    if (!labels) return labels.take_error();
    obj["rules"] = nullptr;
    obj["aggregationRule"] = ojson{{"clusterRoleSelectors", ojson::array({ojson{{"matchLabels", *labels}}})}};
  } else {
    if (verbs.empty()) return make_error(ErrorKind::Internal, "at least one verb must be specified");
    const auto resources = parse_rule_resources(o.resources);
    if (resources.empty() && o.non_resource_urls.empty())
      return make_error(ErrorKind::Internal, "one of resource or nonResourceURL must be specified");
    std::vector<RuleResource> resolved;
    if (!resources.empty()) {
      warn_unusual_verbs(f, verbs);
      auto r = resolve_rule_resources(f, verbs, resources);
      if (!r) return r.take_error();
      resolved = std::move(*r);
    }
    if (!o.non_resource_urls.empty())
      if (auto c = check_non_resource_urls(verbs, o.non_resource_urls); !c) return c;
    obj["rules"] = policy_rules(verbs, resolved, o.resource_names, o.non_resource_urls);
  }
  return send_generated(
      f, o.gen, {generated_resource("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", false), ""},
      std::move(obj));
}

Result<> run_binding(Factory& f, BindingOptions& o, bool cluster) {
  if (cluster && o.cluster_role.empty()) return required_flags(f, {"clusterrole"});
  auto name = name_from_args(o.gen.args);
  if (!name) return name.take_error();
  if (auto c = check_write_flags(f, o.gen); !c) return c.take_error();
  if (!cluster && o.role.empty() == o.cluster_role.empty())
    return make_error(ErrorKind::Internal, "exactly one of clusterrole or role must be specified");
  auto subjects = binding_subjects(o.subjects);
  if (!subjects) return subjects.take_error();
  const std::string kind = cluster ? "ClusterRoleBinding" : "RoleBinding";
  ojson obj = typed_object(kind, kRbacVersion, object_meta(*name, cluster ? "" : enforced_generator_namespace(f)));
  if (!subjects->empty()) obj["subjects"] = std::move(*subjects);
  obj["roleRef"] = o.role.empty() ? role_ref("ClusterRole", o.cluster_role) : role_ref("Role", o.role);
  const std::string plural = cluster ? "clusterrolebindings" : "rolebindings";
  return send_generated(f, o.gen,
                        {generated_resource("rbac.authorization.k8s.io", "v1", plural, kind, !cluster),
                         cluster ? "failed to create clusterrolebinding: " : "failed to create rolebinding: "},
                        std::move(obj));
}

void add_rule_flags(CLI::App& sub, RoleOptions& o) {
  sub.add_option("--verb", o.verbs, "Verb that applies to the resources contained in the rule")->delimiter(',');
  sub.add_option("--resource", o.resources, "Resource that the rule applies to")->delimiter(',');
  sub.add_option("--resource-name", o.resource_names,
                 "Resource in the white list that the rule applies to, repeat this flag for multiple items");
}

void add_subject_flags(CLI::App& sub, BindingOptions& o) {
  sub.add_option("--user", o.subjects.users, "Usernames to bind to the role. The flag can be repeated to add multiple users.");
  sub.add_option("--group", o.subjects.groups, "Groups to bind to the role. The flag can be repeated to add multiple groups.");
  sub.add_option("--serviceaccount", o.subjects.service_accounts,
                 "Service accounts to bind to the role, in the format <namespace>:<name>. The flag can be repeated to "
                 "add multiple service accounts.");
}

}  // namespace

void register_create_rbac(CLI::App& create, VerbContext& ctx) {
  {
    auto o = std::make_shared<RoleOptions>();
    CLI::App* sub = create.add_subcommand("role", "Create a role with single rule");
    o->gen.add_to(*sub);
    add_rule_flags(*sub, *o);
    on_chosen(sub, ctx, [o, &ctx]() { return run_role(ctx.factory, *o); });
  }
  {
    auto o = std::make_shared<RoleOptions>();
    CLI::App* sub = create.add_subcommand("clusterrole", "Create a cluster role");
    o->gen.add_to(*sub);
    add_rule_flags(*sub, *o);
    sub->add_option("--non-resource-url", o->non_resource_urls,
                    "A partial url that user should have access to.")
        ->delimiter(',');
    sub->add_option("--aggregation-rule", o->aggregation_rule, "An aggregation label selector for combining ClusterRoles.")
        ->delimiter(',');
    on_chosen(sub, ctx, [o, &ctx]() { return run_cluster_role(ctx.factory, *o); });
  }
  {
    auto o = std::make_shared<BindingOptions>();
    CLI::App* sub =
        create.add_subcommand("rolebinding", "Create a role binding for a particular role or cluster role");
    o->gen.add_to(*sub);
    sub->add_option("--role", o->role, "Role this RoleBinding should reference");
    sub->add_option("--clusterrole", o->cluster_role, "ClusterRole this RoleBinding should reference");
    add_subject_flags(*sub, *o);
    on_chosen(sub, ctx, [o, &ctx]() { return run_binding(ctx.factory, *o, false); });
  }
  {
    auto o = std::make_shared<BindingOptions>();
    CLI::App* sub = create.add_subcommand("clusterrolebinding",
                                          "Create a cluster role binding for a particular cluster role");
    o->gen.add_to(*sub);
    sub->add_option("--clusterrole", o->cluster_role, "ClusterRole this ClusterRoleBinding should reference");
    add_subject_flags(*sub, *o);
    on_chosen(sub, ctx, [o, &ctx]() { return run_binding(ctx.factory, *o, true); });
  }
}

}  // namespace kctl::cmd
