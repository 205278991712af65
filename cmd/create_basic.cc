// kctl create namespace, serviceaccount, quota, priorityclass and
// poddisruptionbudget.
#include "cmd/create_commands.h"
#include "cmd/create_objects.h"

namespace kctl::cmd {
namespace {

struct QuotaOptions {
  GeneratorFlags gen;
  std::string hard, scopes;
};

struct PriorityClassOptions {
  GeneratorFlags gen;
  std::string value = "0", description, preemption_policy = "PreemptLowerPriority";
  bool global_default = false;
};

struct PdbOptions {
  GeneratorFlags gen;
  PdbSpec spec;
};

}  // namespace

void register_create_basic(CLI::App& create, VerbContext& ctx) {
  {
    auto o = std::make_shared<GeneratorFlags>();
    CLI::App* sub = create.add_subcommand("namespace", "Create a namespace with the specified name")->alias("ns");
    o->add_to(*sub);
    on_chosen(sub, ctx, [o, &ctx]() -> Result<> {
      auto name = name_from_args(o->args);
      if (!name) return name.take_error();
      return send_generated(ctx.factory, *o, {generated_resource("", "v1", "namespaces", "Namespace", false), ""},
                            namespace_object(*name));
    });
  }
  {
    auto o = std::make_shared<GeneratorFlags>();
    CLI::App* sub =
        create.add_subcommand("serviceaccount", "Create a service account with the specified name")->alias("sa");
    o->add_to(*sub);
    on_chosen(sub, ctx, [o, &ctx]() -> Result<> {
      auto name = name_from_args(o->args);
      if (!name) return name.take_error();
      return send_generated(
          ctx.factory, *o,
          {generated_resource("", "v1", "serviceaccounts", "ServiceAccount", true), "failed to create serviceaccount: "},
          service_account_object(*name, enforced_generator_namespace(ctx.factory)));
    });
  }
  {
    auto o = std::make_shared<QuotaOptions>();
    CLI::App* sub = create.add_subcommand("quota", "Create a quota with the specified name")->alias("resourcequota");
    o->gen.add_to(*sub);
    sub->add_option("--hard", o->hard, "A comma-delimited set of resource=quantity pairs that define a hard limit.");
    sub->add_option("--scopes", o->scopes,
                    "A comma-delimited set of quota scopes that must all match each object tracked by the quota.");
    on_chosen(sub, ctx, [o, &ctx]() -> Result<> {
      auto name = name_from_args(o->gen.args);
      if (!name) return name.take_error();
      if (auto c = check_write_flags(ctx.factory, o->gen); !c) return c.take_error();
      auto obj = quota_object(*name, enforced_generator_namespace(ctx.factory), o->hard, o->scopes);
      if (!obj) return obj.take_error();
      return send_generated(ctx.factory, o->gen,
                            {generated_resource("", "v1", "resourcequotas", "ResourceQuota", true),
                             "failed to create quota: "},
                            std::move(*obj));
    });
  }
  {
    auto o = std::make_shared<PriorityClassOptions>();
    CLI::App* sub =
        create.add_subcommand("priorityclass", "Create a priority class with the specified name")->alias("pc");
    o->gen.add_to(*sub);
    sub->add_option("--value", o->value, "the value of this priority class.")->default_str("0");
    sub->add_flag("--global-default", o->global_default,
                  "global-default specifies whether this PriorityClass should be considered as the default priority.");
    sub->add_option("--description", o->description,
                    "description is an arbitrary string that usually provides guidelines on when this priority class "
                    "should be used.");
    sub->add_option("--preemption-policy", o->preemption_policy,
                    "preemption-policy is the policy for preempting pods with lower priority.")
        ->default_str("PreemptLowerPriority");
    on_chosen(sub, ctx, [o, &ctx]() -> Result<> {
      auto value = parse_int_flag(ctx.factory, o->value, "--value", ctx.command_path);
      if (!value) return value.take_error();
      auto name = name_from_args(o->gen.args);
      if (!name) return name.take_error();
      return send_generated(ctx.factory, o->gen,
                            {generated_resource("scheduling.k8s.io", "v1", "priorityclasses", "PriorityClass", false),
                             "failed to create priorityclass: "},
                            priority_class_object(*name, *value, o->global_default, o->description,
                                                  o->preemption_policy));
    });
  }
  {
    auto o = std::make_shared<PdbOptions>();
    CLI::App* sub = create.add_subcommand("poddisruptionbudget",
                                          "Create a pod disruption budget with the specified name")->alias("pdb");
    o->gen.add_to(*sub);
    sub->add_option("--min-available", o->spec.min_available,
                    "The minimum number or percentage of available pods this budget requires.");
    sub->add_option("--max-unavailable", o->spec.max_unavailable,
                    "The maximum number or percentage of unavailable pods this budget requires.");
    sub->add_option("--selector", o->spec.selector, "A label selector to use for this budget.");
    on_chosen(sub, ctx, [o, &ctx]() -> Result<> {
      auto name = name_from_args(o->gen.args);
      if (!name) return name.take_error();
      if (auto c = check_write_flags(ctx.factory, o->gen); !c) return c.take_error();
      auto obj = pdb_object(*name, enforced_generator_namespace(ctx.factory), o->spec);
      if (!obj) return obj.take_error();
      return send_generated(ctx.factory, o->gen,
                            {generated_resource("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", true),
                             "failed to create poddisruptionbudgets: "},
                            std::move(*obj));
    });
  }
}

}  // namespace kctl::cmd
