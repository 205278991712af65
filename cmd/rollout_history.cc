// kctl rollout history and undo for Deployments: their revisions are the
// ReplicaSets they own (deployment.kubernetes.io/revision annotation, the
// kubernetes.io/change-cause one), listed by the Deployment's selector.
// undo puts a revision's template (and annotations) back with a JSON patch,
// as kubectl's DeploymentRollbacker does. DaemonSets and StatefulSets keep
// theirs as ControllerRevisions (cmd/rollout_history_controller.h).
#include <iterator>
#include <map>

#include "client/describe/tab_writer.h"
#include "client/printers/server_table.h"
#include "cmd/go_duration.h"
#include "cmd/live_targets.h"
#include "cmd/pod_for_object.h"
#include "cmd/render_error.h"
#include "cmd/rollout_history_controller.h"
#include "cmd/rollout_status.h"
#include "cmd/rollout_verbs.h"
#include "cmd/write_ops.h"
#include "cmd/write_output.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

constexpr const char* kChangeCause = "kubernetes.io/change-cause";

struct HistoryOptions {
  std::vector<std::string> args;
  FilenameOptions files;
  WriteFlags print;
  std::string label_selector, revision = "0";
};

bool is_apps_deployment(const Visit& v) { return v.resource.kind == "Deployment" && v.resource.group == "apps"; }

// Why `what` ("history", "rollbacker") cannot be had for a kind other than
// a Deployment, DaemonSet or StatefulSet: kubectl's error for kinds it has
// no visitor for.
Error unsupported_kind(const Visit& v, const std::string& what) {
  const auto& r = v.resource;
  return make_error(ErrorKind::Internal, "error retrieving " + what + " for \"" + r.kind +
                                             "\", no visitor method exists for {" + r.group + " " + r.kind + "}");
}

// The ReplicaSets `deployment` controls, by revision (kubectl's
// GetAllReplicaSets; a ReplicaSet whose revision does not parse is left out).
Result<RevisionHistory> revisions_of(client::RestClient& rest, const Visit& deployment_visit, const json& deployment) {
  return owned_revisions(rest, deployment_visit, deployment, "replicasets", "ReplicaSet", deployment_revision);
}

std::string change_cause(const json& rs) {
  const json annotations = rs.value("metadata", json::object()).value("annotations", json::object());
  return annotations.is_object() ? annotations.value(kChangeCause, "") : "";
}

std::string kind_name(const Visit& v) {
  return printers::kind_prefix(v.resource.kind, v.resource.group) + "/" + v.name;
}

// What -o prints of one revision: the ReplicaSet itself, or the DaemonSet
// or StatefulSet as the ControllerRevision records it.
Result<json> revision_object(Factory& f, const Target& t, const json& revision) {
  if (!has_controller_revisions(t.visit)) return revision;
  return controller_object_at(f, t.visit, t.object, revision);
}

// The pod template --revision prints.
Result<json> revision_template(Factory& f, const Target& t, const json& revision) {
  if (has_controller_revisions(t.visit)) {
    auto applied = controller_object_at(f, t.visit, t.object, revision);
    if (!applied)
      return make_error(ErrorKind::Internal, "unable to parse history " +
                                                 revision.value("metadata", json::object()).value("name", ""));
    return applied->value("spec", json::object()).value("template", json::object());
  }
  json tmpl = revision.value("spec", json::object()).value("template", json::object());
  // kubectl shows a ReplicaSet's change cause among the template's annotations.
  if (const std::string cause = change_cause(revision); !cause.empty())
    tmpl["metadata"]["annotations"][kChangeCause] = cause;
  return tmpl;
}

// The key order -o prints a DaemonSet or StatefulSet in: the server's (Go's)
// for -o json (one more GET), none otherwise.
Result<nlohmann::ordered_json> in_server_order(client::RestClient& rest, const Target& t, const std::string& output) {
  if (output != "json" || !has_controller_revisions(t.visit)) return nlohmann::ordered_json();
  return get_object_ordered(rest, t.visit);
}

Result<> history_of(Factory& f, client::RestClient& rest, const Target& t, long long revision,
                    const HistoryOptions& o, OperationPrinter& printer, std::ostream& out) {
  auto history = has_controller_revisions(t.visit) ? controller_revisions(rest, t.visit, t.object)
                                                   : revisions_of(rest, t.visit, t.object);
  if (!history) return history.take_error();
  if (!o.print.output.empty()) {
    std::vector<json> objects;  // all or nothing, as kubectl's GetHistory
    for (const auto& [rev, item] : *history) {
      if (revision > 0 && rev != revision) continue;
      auto obj = revision_object(f, t, item);
      if (!obj) return obj.take_error();
      objects.push_back(std::move(*obj));
    }
    if (revision > 0 && objects.empty())
      return make_error(ErrorKind::Internal, "unable to find the specified revision " + std::to_string(revision));
    auto live = in_server_order(rest, t, o.print.output);
    if (!live) return live.take_error();
    for (const auto& obj : objects) printer.print(ordered_like(obj, *live), "");
    return {};
  }
  if (revision > 0) {
    auto it = history->find(revision);
    if (it == history->end()) return make_error(ErrorKind::Internal, "unable to find the specified revision");
    auto tmpl = revision_template(f, t, it->second);
    if (!tmpl) return tmpl.take_error();
    out << kind_name(t.visit) << " with revision #" << revision << '\n' << template_text(*tmpl) << '\n';
    return {};
  }
  if (history->empty()) {
    out << kind_name(t.visit) << " \nNo rollout history found.\n";
    return {};
  }
  describe::TabWriter table;
  table.write("REVISION\tCHANGE-CAUSE\n");
  for (const auto& [rev, rs] : *history) {
    const std::string cause = change_cause(rs);
    table.write(std::to_string(rev) + "\t" + (cause.empty() ? "<none>" : cause) + "\n");
  }
  out << kind_name(t.visit) << " \n" << table.take() << '\n';
  return {};
}

Result<> run_history(Factory& f, HistoryOptions& o) {
  std::ostream& err = f.io().err;
  auto revision = parse_int_flag(o.revision, "--revision", "kctl rollout history", err);
  if (!revision) return revision.take_error();
  if (auto v = OperationPrinter::validate(o.print.output); !v) return v;
  if (auto r = validate_revision_args(o.args, o.files, *revision); !r) return r;
  auto resolved = rollout_targets(f, o.args, o.files, o.label_selector);
  if (!resolved) return resolved.take_error();
  client::RestClient& rest = *resolved->rest;
  std::vector<Error> errors;
  OperationPrinter printer(o.print.output, DryRun::None, o.print.show_managed_fields, f.io().out);
  for (auto& t : resolved->targets.items) {
    if (auto r = ensure_live(rest, t, true); !r) {
      errors.push_back(r.take_error());
      continue;
    }
    if (!is_apps_deployment(t.visit) && !has_controller_revisions(t.visit)) {
      errors.push_back(unsupported_kind(t.visit, "history"));
      continue;
    }
    if (auto r = history_of(f, rest, t, *revision, o, printer, f.io().out); !r) errors.push_back(r.take_error());
  }
  for (auto& e : resolved->targets.refused) errors.push_back(std::move(e));
  return report_errors(errors, err);
}

// --- undo ---

struct UndoOptions {
  std::vector<std::string> args;
  FilenameOptions files;
  WriteFlags print;
  std::string label_selector, to_revision = "0";
};

// Annotations the Deployment keeps its own values of.
bool skipped_annotation(const std::string& key) {
  return key == kLastAppliedAnnotation || key == "deployment.kubernetes.io/revision" ||
         key == "deployment.kubernetes.io/revision-history" || key == "deployment.kubernetes.io/desired-replicas" ||
         key == "deployment.kubernetes.io/max-replicas" || key == "deprecated.deployment.rollback.to";
}

json without_hash(json tmpl) {
  if (tmpl.contains("metadata") && tmpl["metadata"].contains("labels") && tmpl["metadata"]["labels"].is_object()) {
    tmpl["metadata"]["labels"].erase("pod-template-hash");
    if (tmpl["metadata"]["labels"].empty()) tmpl["metadata"].erase("labels");
  }
  return tmpl;
}

// The operation printed ("rolled back", "skipped rollback (...)"), or an error.
// The operation printed ("rolled back", "skipped rollback (...)", or with
// --dry-run=client the revision's template), or an error.
Result<std::string> rollback(client::RestClient& rest, const Target& t, long long to_revision, DryRun dry_run) {
  const json& d = t.object;
  auto history = revisions_of(rest, t.visit, d);
  if (!history) return history.take_error();
  const json* target = nullptr;
  if (to_revision == 0) {
    // The previous revision: the highest but the latest.
    if (history->size() <= 1)
      return make_error(ErrorKind::Internal, "no rollout history found for deployment \"" + t.visit.name + "\"");
    target = &std::prev(history->end(), 2)->second;
  } else if (auto it = history->find(to_revision); it != history->end()) {
    target = &it->second;
  } else {
    return make_error(ErrorKind::Internal, "unable to find specified revision " + std::to_string(to_revision) +
                                               " in history");
  }
  if (d.value("spec", json::object()).value("paused", false))
    return make_error(ErrorKind::Internal, "you cannot rollback a paused deployment; resume it first with 'kubectl "
                                           "rollout resume' and try again");
  json tmpl = target->value("spec", json::object()).value("template", json::object());
  if (dry_run == DryRun::Client) return template_text(tmpl);
  const json current = d.value("spec", json::object()).value("template", json::object());
  if (without_hash(tmpl) == without_hash(current))
    return "skipped rollback (current template already matches revision " + std::to_string(to_revision) + ")";
  tmpl = without_hash(std::move(tmpl));
  json annotations = json::object();
  const json own = d.value("metadata", json::object()).value("annotations", json::object());
  for (const auto& [k, v] : own.items())
    if (skipped_annotation(k)) annotations[k] = v;
  const json theirs = target->value("metadata", json::object()).value("annotations", json::object());
  for (const auto& [k, v] : theirs.items())
    if (!skipped_annotation(k)) annotations[k] = v;
  const json patch = json::array({{{"op", "replace"}, {"path", "/spec/template"}, {"value", tmpl}},
                                  {{"op", "replace"}, {"path", "/metadata/annotations"}, {"value", annotations}}});
  auto patched =
      patch_object(rest, t.visit, "application/json-patch+json", patch.dump(), {dry_run == DryRun::Server, {}});
  if (!patched)
    return make_error(ErrorKind::Internal,
                      "failed restoring revision " + std::to_string(to_revision) + ": " + patched.error().message);
  return std::string("rolled back");
}

Result<> run_undo(Factory& f, UndoOptions& o) {
  std::ostream& err = f.io().err;
  auto to_revision = parse_int_flag(o.to_revision, "--to-revision", "kctl rollout undo", err);
  if (!to_revision) return to_revision.take_error();
  auto dry_run = parse_dry_run(o.print.dry_run, f.logger());
  if (!dry_run) return dry_run.take_error();
  if (auto v = OperationPrinter::validate(o.print.output); !v) return v;
  auto resolved = live_rollout_targets(f, o.args, o.files, o.label_selector);
  if (!resolved) return resolved.take_error();
  client::RestClient& rest = *resolved->rest;
  LiveTargets& live = resolved->live;
  std::vector<Error> errors = std::move(live.errors);
  OperationPrinter printer(o.print.output, *dry_run, o.print.show_managed_fields, f.io().out);
  for (const auto& t : live.items) {
    if (!is_apps_deployment(t.visit) && !has_controller_revisions(t.visit)) {
      errors.push_back(unsupported_kind(t.visit, "rollbacker"));
      continue;
    }
    if (*to_revision < 0) {
      errors.push_back(make_error(ErrorKind::Internal, "unable to find specified revision " +
                                                           std::to_string(*to_revision) + " in history"));
      continue;
    }
    auto live = in_server_order(rest, t, o.print.output);
    if (!live) {
      errors.push_back(live.take_error());
      continue;
    }
    auto operation = has_controller_revisions(t.visit) ? rollback_controller(f, rest, t, *to_revision, *dry_run)
                                                       : rollback(rest, t, *to_revision, *dry_run);
    if (!operation) {
      errors.push_back(operation.take_error());
      continue;
    }
    printer.print(ordered_like(as_typed(t.object), *live), *operation);
  }
  return report_errors(errors, err);
}

}  // namespace

void register_rollout_history(CLI::App& rollout, VerbContext& ctx) {
  auto history = std::make_shared<HistoryOptions>();
  CLI::App* sub = rollout.add_subcommand("history", "View rollout history");
  sub->add_option("args", history->args);
  add_filename_flags(*sub, history->files, "identifying the resource to get from a server.");
  sub->add_option("-o,--output", history->print.output,
                  "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, "
                  "jsonpath, jsonpath-as-json, jsonpath-file).");
  sub->add_option("--revision", history->revision,
                  "See the details, including podTemplate of the revision specified");
  add_rollout_selector(*sub, history->label_selector);
  sub->add_flag("--show-managed-fields", history->print.show_managed_fields,
                "If true, keep the managedFields when printing objects in JSON or YAML format.");
  on_chosen(sub, ctx, [history, &ctx]() { return run_history(ctx.factory, *history); });

  auto undo = std::make_shared<UndoOptions>();
  CLI::App* u = rollout.add_subcommand("undo", "Undo a previous rollout");
  u->add_option("args", undo->args);
  undo->print.add_to(*u);
  add_filename_flags(*u, undo->files, "identifying the resource to get from a server.");
  add_rollout_selector(*u, undo->label_selector);
  u->add_option("--to-revision", undo->to_revision, "The revision to rollback to. Default to 0 (last revision).");
  on_chosen(u, ctx, [undo, &ctx]() { return run_undo(ctx.factory, *undo); });
}

}  // namespace kctl::cmd
