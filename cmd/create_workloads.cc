// kctl create deployment, job and cronjob (the command after "--").
#include <random>

#include "cmd/create_commands.h"
#include "cmd/create_objects.h"
#include "cmd/write_ops.h"

namespace kctl::cmd {
namespace {

struct DeploymentOptions {
  GeneratorFlags gen;
  std::vector<std::string> images;
  std::string replicas = "1", port = "-1";
};

struct JobOptions {
  GeneratorFlags gen;
  std::string image, from;
};

struct CronJobOptions {
  GeneratorFlags gen;
  std::string image, schedule, restart = "OnFailure";
};

// utilrand.String(5): k8s's alphabet without vowels and easily confused
// characters.
std::string random_suffix() {
  static constexpr char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
  std::random_device rd;
  std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 2);
  std::string s;
  for (int i = 0; i < 5; ++i) s += alphabet[pick(rd)];
  return s;
}

std::vector<std::string> command_of(const VerbContext& ctx) { return ctx.args_after_dash.value_or(std::vector<std::string>{}); }

Result<> run_deployment(VerbContext& ctx, DeploymentOptions& o) {
  Factory& f = ctx.factory;
  auto replicas = parse_int_flag(f, o.replicas, "-r, --replicas", ctx.command_path);
  if (!replicas) return replicas.take_error();
  auto port = parse_int_flag(f, o.port, "--port", ctx.command_path);
  if (!port) return port.take_error();
  if (o.images.empty()) return required_flags(f, {"image"});
  auto name = name_from_args(o.gen.args);
  if (!name) return name.take_error();
  if (auto c = check_write_flags(f, o.gen); !c) return c.take_error();
  auto obj = deployment_object(*name, enforced_generator_namespace(f), {o.images, command_of(ctx), *replicas, *port}, random_suffix);
  if (!obj) return obj.take_error();
  return send_generated(f, o.gen, {generated_resource("apps", "v1", "deployments", "Deployment", true),
                                   "failed to create deployment: "},
                        std::move(*obj));
}

// --from=TYPE/NAME: the cron job read from the server.
Result<nlohmann::json> fetch_from(Factory& f, const std::string& from) {
  const auto slash = from.find('/');
  auto discovery = f.discovery();
  if (!discovery) return discovery.take_error();
  auto resource = client::resolve_resource(**discovery, from.substr(0, slash));
  if (!resource) return resource.take_error();
  auto ns = generator_namespace(f);
  if (!ns) return ns.take_error();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  auto obj = get_object(**rest, Visit{*resource, ns->ns, slash == std::string::npos ? "" : from.substr(slash + 1)});
  if (!obj) return obj.take_error();
  if (resource->kind != "CronJob" || resource->group_version() != "batch/v1")
    return make_error(ErrorKind::Internal, "unknown object type *" + resource->version + "." + resource->kind);
  return obj;
}

Result<> run_job(VerbContext& ctx, JobOptions& o) {
  Factory& f = ctx.factory;
  auto name = name_from_args(o.gen.args);
  if (!name) return name.take_error();
  if (auto c = check_write_flags(f, o.gen); !c) return c.take_error();
  const auto command = command_of(ctx);
  if (o.image.empty() == o.from.empty())
    return make_error(ErrorKind::Internal, "either --image or --from must be specified");
  if (!command.empty() && !o.from.empty())
    return make_error(ErrorKind::Internal, "cannot specify --from and command");
  ojson obj;
  if (o.from.empty()) {
    obj = job_object(*name, enforced_generator_namespace(f), o.image, command);
  } else {
    auto cronjob = fetch_from(f, o.from);
    if (!cronjob) return cronjob.take_error();
    obj = job_from_cronjob(*name, enforced_generator_namespace(f), *cronjob);
  }
  return send_generated(f, o.gen, {generated_resource("batch", "v1", "jobs", "Job", true), "failed to create job: "},
                        std::move(obj));
}

Result<> run_cronjob(VerbContext& ctx, CronJobOptions& o) {
  Factory& f = ctx.factory;
  std::vector<std::string> missing;
  if (o.image.empty()) missing.push_back("image");
  if (o.schedule.empty()) missing.push_back("schedule");
  if (auto r = required_flags(f, missing); !r) return r;
  auto name = name_from_args(o.gen.args);
  if (!name) return name.take_error();
  if (auto c = check_write_flags(f, o.gen); !c) return c.take_error();
  return send_generated(f, o.gen,
                        {generated_resource("batch", "v1", "cronjobs", "CronJob", true), "failed to create cronjob: "},
                        cronjob_object(*name, enforced_generator_namespace(f), o.image, o.schedule, o.restart, command_of(ctx)));
}

}  // namespace

void register_create_workloads(CLI::App& create, VerbContext& ctx) {
  {
    auto o = std::make_shared<DeploymentOptions>();
    CLI::App* sub = create.add_subcommand("deployment", "Create a deployment with the specified name")->alias("deploy");
    o->gen.add_to(*sub);
    sub->add_option("--image", o->images, "Image names to run. A deployment can have multiple images set for multi-container pod.")
        ->allow_extra_args(false)
        ->delimiter(',');
    sub->add_option("-r,--replicas", o->replicas, "Number of replicas to create. Default is 1.")->default_str("1");
    sub->add_option("--port", o->port, "The containerPort that this deployment exposes.")->default_str("-1");
    on_chosen(sub, ctx, [o, &ctx]() { return run_deployment(ctx, *o); });
  }
  {
    auto o = std::make_shared<JobOptions>();
    CLI::App* sub = create.add_subcommand("job", "Create a job with the specified name");
    o->gen.add_to(*sub);
    sub->add_option("--image", o->image, "Image name to run.");
    sub->add_option("--from", o->from,
                    "The name of the resource to create a Job from (only cronjob is supported).");
    on_chosen(sub, ctx, [o, &ctx]() { return run_job(ctx, *o); });
  }
  {
    auto o = std::make_shared<CronJobOptions>();
    CLI::App* sub = create.add_subcommand("cronjob", "Create a cron job with the specified name")->alias("cj");
    o->gen.add_to(*sub);
    sub->add_option("--image", o->image, "Image name to run.");
    sub->add_option("--schedule", o->schedule, "A schedule in the Cron format the job should be run with.");
    sub->add_option("--restart", o->restart,
                    "job's restart policy. supported values: OnFailure, Never")
        ->default_str("OnFailure");
    on_chosen(sub, ctx, [o, &ctx]() { return run_cronjob(ctx, *o); });
  }
}

}  // namespace kctl::cmd
