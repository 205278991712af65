// kctl scale: sets spec.replicas through each object's /scale subresource,
// as kubectl's scaler does: a merge patch when there is no precondition,
// else a GET of the scale, kubectl's precondition checks and a PUT; with
// --timeout, then waits until the scale's status has the replicas.
#include <chrono>
#include <thread>

#include "cmd/go_duration.h"
#include "cmd/live_targets.h"
#include "cmd/render_error.h"
#include "cmd/workload_verbs.h"
#include "cmd/write_ops.h"
#include "cmd/write_output.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr const char* kCommandPath = "kctl scale";

struct ScaleOptions {
  std::vector<std::string> args;
  FilenameOptions files;
  WriteFlags write;
  std::string label_selector, resource_version, replicas = "0", current_replicas = "-1", timeout = "0s";
  bool all = false;
  CLI::Option* replicas_flag = nullptr;
};

long long scale_field(const json& scale, const char* part) {
  const json p = scale.value(part, json::object());
  return p.is_object() ? p.value("replicas", 0LL) : 0;
}

// The scale's GET, the precondition checks, then its PUT.
Result<> scale_with_precondition(client::RestClient& rest, const Visit& v, long long replicas, long long current,
                                 const std::string& resource_version, const WriteParams& params) {
  auto scale = get_object(rest, v, "scale");
  if (!scale) return scale.take_error();
  if (current != -1 && scale_field(*scale, "spec") != current)
    return make_error(ErrorKind::Internal, "Expected replicas to be " + std::to_string(current) + ", was " +
                                               std::to_string(scale_field(*scale, "spec")));
  const std::string rv = scale->value("metadata", json::object()).value("resourceVersion", "");
  if (!resource_version.empty() && rv != resource_version)
    return make_error(ErrorKind::Internal, "Expected resource version to be " + resource_version + ", was " + rv);
  (*scale)["spec"]["replicas"] = replicas;
  auto put = replace_object(rest, v, *scale, params, "scale");
  if (!put) return put.take_error();
  return {};
}

// kubectl's WaitForScaleHasDesiredReplicas: polled every second.
Result<> wait_for_replicas(client::RestClient& rest, const Visit& v, long long replicas, Clock::duration timeout) {
  const auto deadline = Clock::now() + timeout;
  while (true) {
    auto scale = get_object(rest, v, "scale");
    if (!scale) return scale.take_error();
    const long long spec = scale_field(*scale, "spec"), status = scale_field(*scale, "status");
    if (spec != replicas || status == replicas) return {};  // done, or reset by someone else
    if (Clock::now() + std::chrono::seconds(1) > deadline)
      return make_error(ErrorKind::Internal, "timed out waiting for \"" + v.name + "\" to be synced");
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
}

Result<> run_scale(Factory& f, ScaleOptions& o) {
  std::ostream& err = f.io().err;
  if (o.replicas_flag->count() == 0) {
    // cobra's required-flag check, which kubectl logs rather than prints.
    f.logger().error("run.go:72", "\"command failed\" err=\"required flag(s) \\\"replicas\\\" not set\"");
    return make_error(ErrorKind::Printed, "");
  }
  auto replicas = parse_int_flag(o.replicas, "--replicas", kCommandPath, err);
  if (!replicas) return replicas.take_error();
  auto current = parse_int_flag(o.current_replicas, "--current-replicas", kCommandPath, err);
  if (!current) return current.take_error();
  auto timeout = duration_flag(o.timeout, "--timeout", kCommandPath, err);
  if (!timeout) return timeout.take_error();
  auto dry_run = parse_dry_run(o.write.dry_run, f.logger());
  if (!dry_run) return dry_run.take_error();
  if (auto v = OperationPrinter::validate(o.write.output); !v) return v;
  // kubectl's Validate.
  if (*replicas < 0)
    return make_error(ErrorKind::Internal,
                      "The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
  if (*current < -1)
    return make_error(ErrorKind::Internal, "The --current-replicas must specify an integer of -1 or greater");

  auto targets = resolve_targets(f, o.files, o.args, {{}, false, o.label_selector, {}, o.all, true});
  if (!targets) return targets.take_error();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  LiveTargets live = fetch_live(**rest, std::move(*targets));
  if (!o.resource_version.empty() && live.items.size() > 1)
    return make_error(ErrorKind::Internal, "cannot use --resource-version with multiple resources");
  if (live.items.empty()) {
    std::string m = "no objects passed to scale";
    if (!live.errors.empty()) m += " " + aggregate_message(live.errors);
    return make_error(ErrorKind::Internal, m);
  }
  const bool precondition = *current != -1 || !o.resource_version.empty();
  const WriteParams params{*dry_run == DryRun::Server, {}};
  OperationPrinter printer(o.write.output, *dry_run, o.write.show_managed_fields, f.io().out);
  for (const auto& t : live.items) {
    if (*dry_run != DryRun::Client) {
      Result<> scaled;
      if (precondition) {
        scaled = scale_with_precondition(**rest, t.visit, *replicas, *current, o.resource_version, params);
      } else {
        auto patched = patch_object(**rest, t.visit, "application/merge-patch+json",
                                    json{{"spec", {{"replicas", *replicas}}}}.dump(), params, "scale");
        if (!patched) scaled = patched.take_error();
      }
      if (scaled && timeout->count() != 0 && *dry_run == DryRun::None)
        scaled = wait_for_replicas(**rest, t.visit, *replicas,
                                   std::chrono::duration_cast<Clock::duration>(*timeout));
      if (!scaled) return scaled;
    }
    // kubectl prints the object as it was read, before the scale.
    printer.print(t.object, "scaled");
  }
  return report_errors(live.errors, err);
}

}  // namespace

void register_scale(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<ScaleOptions>();
  ScaleOptions& o = *opts;
  CLI::App* sub = root.add_subcommand("scale", "Set a new size for a deployment, replica set, or replication controller");
  sub->add_option("args", o.args);
  sub->add_flag("--all", o.all, "Select all resources in the namespace of the specified resource types");
  sub->add_option("--current-replicas", o.current_replicas,
                  "Precondition for current size. Requires that the current size of the resource match this value in "
                  "order to scale. -1 (default) for no condition.");
  o.write.add_to(*sub);
  add_filename_flags(*sub, o.files, "identifying the resource to set a new size");
  o.replicas_flag = sub->add_option("--replicas", o.replicas, "The new desired number of replicas. Required.");
  sub->add_option("--resource-version", o.resource_version,
                  "Precondition for resource version. Requires that the current resource version match this value in "
                  "order to scale.");
  sub->add_option("-l,--selector", o.label_selector,
                  "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). "
                  "Matching objects must satisfy all of the specified label constraints.");
  sub->add_option("--timeout", o.timeout,
                  "The length of time to wait before giving up on a scale operation, zero means don't wait. Any other "
                  "values should contain a corresponding time unit (e.g. 1s, 2m, 3h).");
  on_chosen(sub, ctx, [opts, &ctx]() { return run_scale(ctx.factory, *opts); });
}

}  // namespace kctl::cmd
