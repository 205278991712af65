// kctl autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) --max=MAXPODS: an
// autoscaling/v1 HorizontalPodAutoscaler for each object that has a scale
// subresource, created as the create generators create their objects.
#include "cmd/autoscale_hpa.h"
#include "cmd/live_targets.h"
#include "cmd/render_error.h"
#include "cmd/workload_verbs.h"
#include "cmd/write_ops.h"

namespace kctl::cmd {
namespace {

struct AutoscaleOptions {
  GeneratorFlags gen;
  FilenameOptions files;
  std::string name, min = "-1", max = "-1", cpu_percent = "-1";
  CLI::Option* max_flag = nullptr;
};

// kubectl's scale kind resolver: the resource's group version must list
// a "<resource>/scale" subresource.
Result<> check_scalable(client::RestClient& rest, const client::ApiResource& r) {
  const std::string gv = r.group_version();
  auto list = rest.get_json(rest.request().abs_path((r.group.empty() ? "/api/" : "/apis/") + gv));
  std::string problem;
  if (!list) {
    problem = list.error().message;
  } else {
    for (const auto& res : list->value("resources", nlohmann::json::array()))
      if (res.value("name", "") == r.name + "/scale") return {};
    problem = "could not find scale subresource for " + r.group + "/" + r.version + ", Resource=" + r.name +
              " in discovery information";
  }
  return make_error(ErrorKind::Internal, "cannot autoscale a " + r.kind + ": " + problem);
}

Result<> autoscale_one(Factory& f, const AutoscaleOptions& o, const AutoscaleSpec& spec, client::RestClient& rest,
                       const Target& t, DryRun dry_run, OperationPrinter& printer) {
  const client::ApiResource& r = t.visit.resource;
  if (auto ok = check_scalable(rest, r); !ok) return ok;
  ojson hpa = hpa_object(spec, r.group_version(), r.kind, t.visit.name);
  // kubectl makes its printer only now, after the autoscaler was sent:
  // a bad -o is reported for each object, once it exists.
  if (dry_run == DryRun::Client) {
    if (auto ok = OperationPrinter::validate(o.gen.write.output); !ok) return ok;
    printer.print(hpa, "created");
    return {};
  }
  auto created = post_generated(
      f, o.gen,
      {generated_resource("autoscaling", "v1", "horizontalpodautoscalers", "HorizontalPodAutoscaler", true), ""},
      std::move(hpa), dry_run);
  if (!created) return created.take_error();
  if (auto ok = OperationPrinter::validate(o.gen.write.output); !ok) return ok;
  printer.print(*created, "autoscaled");
  return {};
}

Result<> run_autoscale(VerbContext& ctx, AutoscaleOptions& o) {
  Factory& f = ctx.factory;
  AutoscaleSpec spec{o.name};
  for (auto [value, flag, out] : {std::tuple{&o.min, "--min", &spec.min}, std::tuple{&o.max, "--max", &spec.max},
                                  std::tuple{&o.cpu_percent, "--cpu-percent", &spec.cpu_percent}}) {
    auto n = parse_int_flag(f, *value, flag, ctx.command_path);
    if (!n) return n.take_error();
    *out = *n;
  }
  if (o.max_flag->count() == 0) return required_flags(f, {"max"});
  auto dry_run = parse_dry_run(o.gen.write.dry_run, f.logger());
  if (!dry_run) return dry_run.take_error();
  if (auto ok = validate_autoscale(spec); !ok) return ok;
  auto targets = resolve_targets(f, o.files, o.gen.args, {});
  if (!targets) return targets.take_error();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  OperationPrinter printer(o.gen.write.output, *dry_run, o.gen.write.show_managed_fields, f.io().out);
  std::size_t done_count = 0;
  auto errors = visit_live(**rest, std::move(*targets), [&](const Target& t) {
    auto done = autoscale_one(f, o, spec, **rest, t, *dry_run, printer);
    if (done) ++done_count;
    return done;
  });
  if (errors.empty() && done_count == 0) return make_error(ErrorKind::Internal, "no objects passed to autoscale");
  return report_errors(errors, f.io().err);
}

}  // namespace

void register_autoscale(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<AutoscaleOptions>();
  AutoscaleOptions& o = *opts;
  CLI::App* sub =
      root.add_subcommand("autoscale", "Auto-scale a deployment, replica set, stateful set, or replication controller");
  o.gen.field_manager = "kubectl-autoscale";
  o.gen.add_to(*sub, false);
  add_filename_flags(*sub, o.files, "identifying the resource to autoscale.");
  sub->add_option("--min", o.min,
                  "The lower limit for the number of pods that can be set by the autoscaler. If it's not specified or "
                  "negative, the server will apply a default value.")
      ->default_str("-1");
  o.max_flag = sub->add_option("--max", o.max,
                               "The upper limit for the number of pods that can be set by the autoscaler. Required.")
                   ->default_str("-1");
  sub->add_option("--cpu-percent", o.cpu_percent,
                  "The target average CPU utilization (represented as a percent of requested CPU) over all the pods. "
                  "If it's not specified or negative, a default autoscaling policy will be used.")
      ->default_str("-1");
  sub->add_option("--name", o.name,
                  "The name for the newly created object. If not specified, the name of the input resource will be "
                  "used.");
  on_chosen(sub, ctx, [opts, &ctx]() { return run_autoscale(ctx, *opts); });
}

}  // namespace kctl::cmd
