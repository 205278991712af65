// kctl delete: names, TYPE/NAME, -f, -l/--field-selector/--all (listed,
// then deleted one by one), kubectl's grace-period and cascade rules and
// messages, then --wait (on by default) until every object is gone.
#include <chrono>

#include "client/printers/server_table.h"
#include "cmd/go_duration.h"
#include "cmd/render_error.h"
#include "cmd/verb.h"
#include "cmd/wait_deleted.h"
#include "cmd/write_ops.h"
#include "cmd/write_output.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

constexpr const char* kCommandPath = "kctl delete";

struct DeleteOptions {
  std::vector<std::string> args;
  FilenameOptions files;
  std::string label_selector, field_selector, cascade = "background", output, dry_run = "none";
  std::string grace_period = "-1", timeout = "0s";
  bool all = false, all_namespaces = false, force = false, now = false, wait = true;
  bool ignore_not_found = false;
  CLI::Option* ignore_not_found_flag = nullptr;
};

Result<> run_delete(Factory& f, DeleteOptions& o) {
  std::ostream& err = f.io().err;
  auto grace = parse_int_flag(o.grace_period, "--grace-period", kCommandPath, err);
  if (!grace) return grace.take_error();
  auto timeout = duration_flag(o.timeout, "--timeout", kCommandPath, err);
  if (!timeout) return timeout.take_error();
  auto policy = propagation_policy(o.cascade, err);
  if (!policy) return policy.take_error();
  // kubectl's Complete: selectors imply --ignore-not-found unless it was given.
  if ((o.all || !o.label_selector.empty() || !o.field_selector.empty()) && o.ignore_not_found_flag->count() == 0)
    o.ignore_not_found = true;
  long grace_period = static_cast<long>(*grace);
  if (o.now) {
    if (grace_period != -1) return make_error(ErrorKind::Internal, "--now and --grace-period cannot be specified together");
    grace_period = 1;
  }
  if (grace_period == 0 && !o.force) grace_period = 1;
  if (o.force && grace_period < 0) grace_period = 0;
  auto dry_run = parse_dry_run(o.dry_run, f.logger());
  if (!dry_run) return dry_run.take_error();
  // kubectl's Validate.
  if (!o.output.empty() && o.output != "name")
    return make_error(ErrorKind::Internal, "unexpected -o output mode: " + o.output + ". We only support '-o name'");
  if (grace_period == 0 && o.force)
    err << "Warning: Immediate deletion does not wait for confirmation that the running resource has been "
           "terminated. The resource may continue to run on the cluster indefinitely.\n";
  else if (grace_period > 0 && o.force)
    return make_error(ErrorKind::Internal, "--force and --grace-period greater than 0 cannot be specified together");

  const bool enforce_ns = !f.flags().overrides.ns.empty();
  auto targets =
      resolve_targets(f, o.files, o.args, {{}, o.all_namespaces, o.label_selector, o.field_selector, o.all, true});
  if (!targets) return targets.take_error();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();

  json options = json::object();
  if (grace_period >= 0) options["gracePeriodSeconds"] = grace_period;
  options["propagationPolicy"] = *policy;
  std::ostream& out = f.io().out;
  std::vector<Error> errors;
  std::vector<DeletedObject> deleted;
  std::size_t found = 0;
  bool warn_cluster_scope = enforce_ns && !o.all_namespaces;
  for (const auto& t : targets->items) {
    ++found;
    if (warn_cluster_scope && !t.visit.resource.namespaced) {
      err << "Warning: deleting cluster-scoped resources, not scoped to the provided namespace\n";
      warn_cluster_scope = false;
    }
    if (*dry_run != DryRun::Client) {
      auto r = delete_object(**rest, t.visit, options, *dry_run == DryRun::Server);
      if (!r) {
        Error e = r.take_error();
        if (o.ignore_not_found && is_not_found(e)) continue;
        errors.push_back(with_source(std::move(e), "deleting", t.source));
        continue;
      }
      // A Status (immediate deletion) names the UID in its details; an
      // object (graceful deletion) in its metadata.
      const json where = r->value("kind", "") == "Status" ? r->value("details", json::object())
                                                          : r->value("metadata", json::object());
      deleted.push_back({t.visit, where.value("uid", "")});
    }
    const std::string kind = printers::kind_prefix(t.visit.resource.kind, t.visit.resource.group);
    if (o.output == "name") {
      out << kind << '/' << t.visit.name << '\n';
    } else {
      std::string operation = grace_period == 0 ? "force deleted" : "deleted";
      if (*dry_run == DryRun::Client) operation += " (dry run)";
      if (*dry_run == DryRun::Server) operation += " (server dry run)";
      out << kind << " \"" << t.visit.name << "\" " << operation << '\n';
    }
    out.flush();
  }
  for (auto& e : targets->refused) errors.push_back(std::move(e));
  if (!errors.empty()) return report_errors(errors, err);
  if (found == 0) {
    out << "No resources found\n";
    return {};
  }
  if (!o.wait || *dry_run != DryRun::None || deleted.empty()) return {};
  // --timeout=0: wait "forever", a week as kubectl has it.
  const auto wait_for = timeout->count() == 0 ? std::chrono::steady_clock::duration(std::chrono::hours(168))
                                              : std::chrono::duration_cast<std::chrono::steady_clock::duration>(*timeout);
  auto waited = wait_for_deletion(**rest, deleted, wait_for);
  if (!waited && waited.error().kind == ErrorKind::ApiStatus &&
      (waited.error().reason == "Forbidden" || waited.error().reason == "MethodNotAllowed"))
    return {};  // as kubectl: not allowed to watch is not a failed delete
  return waited;
}

}  // namespace

void register_delete(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<DeleteOptions>();
  DeleteOptions& o = *opts;
  CLI::App* sub =
      root.add_subcommand("delete", "Delete resources by file names, stdin, resources and names, or by resources and "
                                    "label selector");
  sub->add_option("args", o.args);
  sub->add_flag("--all", o.all, "Delete all resources, in the namespace of the specified resource types.");
  sub->add_flag("-A,--all-namespaces", o.all_namespaces,
                "If present, list the requested object(s) across all namespaces. Namespace in current context is "
                "ignored even if specified with --namespace.");
  sub->add_option("--cascade", o.cascade,
                  "Must be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for "
                  "the dependents (e.g. Pods created by a ReplicationController). Defaults to background.");
  sub->add_option("--dry-run", o.dry_run,
                  "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would "
                  "be sent, without sending it. If server strategy, submit server-side request without persisting "
                  "the resource.")
      ->expected(0, 1);
  sub->add_option("--field-selector", o.field_selector,
                  "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector "
                  "key1=value1,key2=value2). The server only supports a limited number of field queries per type.");
  add_filename_flags(*sub, o.files, "containing the resource to delete.");
  sub->add_flag("--force", o.force,
                "If true, immediately remove resources from API and bypass graceful deletion. Note that immediate "
                "deletion of some resources may result in inconsistency or data loss and requires confirmation.");
  sub->add_option("--grace-period", o.grace_period,
                  "Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set "
                  "to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).");
  o.ignore_not_found_flag = sub->add_flag(
      "--ignore-not-found", o.ignore_not_found,
      "Treat \"resource not found\" as a successful delete. Defaults to \"true\" when --all is specified.");
  sub->add_flag("--now", o.now, "If true, resources are signaled for immediate shutdown (same as --grace-period=1).");
  sub->add_option("-o,--output", o.output, "Output mode. Use \"-o name\" for shorter output (resource/name).");
  sub->add_option("-l,--selector", o.label_selector,
                  "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). "
                  "Matching objects must satisfy all of the specified label constraints.");
  sub->add_option("--timeout", o.timeout,
                  "The length of time to wait before giving up on a delete, zero means determine a timeout from the "
                  "size of the object");
  sub->add_flag("--wait", o.wait,
                "If true, wait for resources to be gone before returning. This waits for finalizers.");
  on_chosen(sub, ctx, [opts, &ctx]() { return run_delete(ctx.factory, *opts); });
}

}  // namespace kctl::cmd
