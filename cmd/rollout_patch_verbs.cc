// kctl rollout restart, pause and resume: each object's change sent as a
// strategic merge patch (what kubectl's polymorphic helpers change: the
// restartedAt template annotation, spec.paused), with kubectl's refusals
// ("is already paused", "is not paused", "restarting is not supported").
#include <ctime>

#include "cmd/live_targets.h"
#include "cmd/render_error.h"
#include "cmd/rollout_verbs.h"
#include "cmd/write_ops.h"
#include "cmd/write_output.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

struct PatchVerbOptions {
  std::vector<std::string> args;
  FilenameOptions files;
  WriteFlags print;
  std::string label_selector, field_manager = "kubectl-rollout";
};

// The patch for one object, or kubectl's reason not to make one.
using PatchMaker = Result<json> (*)(const json& obj);

bool is_deployment(const json& obj) {
  const std::string api_version = obj.value("apiVersion", "");
  return obj.value("kind", "") == "Deployment" &&
         (api_version.rfind("apps/", 0) == 0 || api_version.rfind("extensions/", 0) == 0);
}

bool paused(const json& obj) {
  const json spec = obj.value("spec", json::object());
  return spec.is_object() && spec.value("paused", false);
}

Result<json> pause_patch(const json& obj) {
  if (!is_deployment(obj)) return make_error(ErrorKind::Internal, "pausing is not supported");
  if (paused(obj)) return make_error(ErrorKind::Internal, "is already paused");
  return json{{"spec", {{"paused", true}}}};
}

Result<json> resume_patch(const json& obj) {
  if (!is_deployment(obj)) return make_error(ErrorKind::Internal, "resuming is not supported");
  if (!paused(obj)) return make_error(ErrorKind::Internal, "is not paused");
  return json{{"spec", {{"paused", nullptr}}}};
}

// Go's time.Now().Format(time.RFC3339), in local time.
std::string now_rfc3339() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[40], zone[8];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &local);
  std::strftime(zone, sizeof zone, "%z", &local);
  std::string z = zone;
  z = z == "+0000" ? "Z" : z.substr(0, 3) + ":" + z.substr(3);
  return buf + z;
}

Result<json> restart_patch(const json& obj) {
  const std::string kind = obj.value("kind", "");
  if (kind != "Deployment" && kind != "DaemonSet" && kind != "StatefulSet")
    return make_error(ErrorKind::Internal, "restarting is not supported");
  if (kind == "Deployment" && paused(obj))
    return make_error(ErrorKind::Internal, "can't restart paused deployment (run rollout resume first)");
  return json{
      {"spec",
       {{"template", {{"metadata", {{"annotations", {{"kubectl.kubernetes.io/restartedAt", now_rfc3339()}}}}}}}}}};
}

struct PatchVerb {
  const char* name;
  const char* summary;
  const char* operation;
  PatchMaker make_patch;
};

constexpr PatchVerb kRestart{"restart", "Restart a resource", "restarted", restart_patch};
constexpr PatchVerb kPause{"pause", "Mark the provided resource as paused", "paused", pause_patch};
constexpr PatchVerb kResume{"resume", "Resume a paused resource", "resumed", resume_patch};

Result<> run_patch_verb(Factory& f, const PatchVerb& verb, PatchVerbOptions& o) {
  if (auto v = OperationPrinter::validate(o.print.output); !v) return v;
  auto resolved = live_rollout_targets(f, o.args, o.files, o.label_selector);
  if (!resolved) return resolved.take_error();
  client::RestClient& rest = *resolved->rest;
  LiveTargets& live = resolved->live;
  std::vector<Error> errors = std::move(live.errors);  // kubectl reports the unread objects first
  OperationPrinter printer(o.print.output, DryRun::None, o.print.show_managed_fields, f.io().out);
  for (const auto& t : live.items) {
    auto patch = verb.make_patch(t.object);
    if (!patch) {
      const auto& r = t.visit.resource;
      errors.push_back(make_error(ErrorKind::Plain, "error: " + r.name + (r.group.empty() ? "" : "." + r.group) +
                                                        " \"" + t.visit.name + "\" " + patch.error().message));
      continue;
    }
    auto patched = patch_object(rest, t.visit, "application/strategic-merge-patch+json", patch->dump(),
                                {false, o.field_manager});
    if (!patched) {
      errors.push_back(make_error(ErrorKind::Internal, "failed to patch: " + patched.error().message));
      continue;
    }
    printer.print(*patched, verb.operation);
  }
  // A lone "error: ..." is printed as it is.
  if (errors.size() == 1 && errors.front().kind == ErrorKind::Plain) {
    f.io().err << errors.front().message << '\n';
    return make_error(ErrorKind::Printed, "");
  }
  return report_errors(errors, f.io().err);
}

void add_patch_verb(CLI::App& rollout, VerbContext& ctx, const PatchVerb& verb) {
  auto opts = std::make_shared<PatchVerbOptions>();
  PatchVerbOptions& o = *opts;
  CLI::App* sub = rollout.add_subcommand(verb.name, verb.summary);
  sub->add_option("args", o.args);
  sub->add_option("--field-manager", o.field_manager, "Name of the manager used to track field ownership.");
  add_filename_flags(*sub, o.files, std::string("identifying the resource to get from a server."));
  sub->add_option("-o,--output", o.print.output,
                  "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, "
                  "jsonpath, jsonpath-as-json, jsonpath-file).");
  add_rollout_selector(*sub, o.label_selector);
  sub->add_flag("--show-managed-fields", o.print.show_managed_fields,
                "If true, keep the managedFields when printing objects in JSON or YAML format.");
  const PatchVerb* v = &verb;
  on_chosen(sub, ctx, [opts, v, &ctx]() { return run_patch_verb(ctx.factory, *v, *opts); });
}

}  // namespace

void register_rollout_patch_verbs(CLI::App& rollout, VerbContext& ctx) {
  add_patch_verb(rollout, ctx, kRestart);
  add_patch_verb(rollout, ctx, kPause);
  add_patch_verb(rollout, ctx, kResume);
}

}  // namespace kctl::cmd
