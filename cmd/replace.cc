// kctl replace -f: each manifest object PUT over the live one (with the
// live resourceVersion when the manifest has none), or with --force
// deleted, waited for and created again (kubectl's replace.go).
#include <chrono>

#include "client/printers/server_table.h"
#include "cmd/go_duration.h"
#include "cmd/manifest_validation.h"
#include "cmd/render_error.h"
#include "cmd/verb.h"
#include "cmd/wait_deleted.h"
#include "cmd/write_ops.h"
#include "cmd/write_output.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

struct ReplaceOptions {
  std::vector<std::string> args;
  FilenameOptions files;
  WriteFlags write;
  ValidateFlag validate;
  std::string field_manager = "kubectl-replace", cascade = "background", grace_period_text = "-1",
              timeout_text = "0s";
  bool force = false, save_config = false, wait = false;
};

// CreateOrUpdateAnnotation: --save-config sets the last-applied annotation;
// without it, a manifest that carries one gets it refreshed.
void update_last_applied(json& object, bool save_config) {
  const json meta = object.value("metadata", json::object());
  const json annotations = meta.value("annotations", json::object());
  if (save_config || !annotations.value(kLastAppliedAnnotation, "").empty()) set_last_applied(object);
}

Result<json> replace_one(client::RestClient& rest, Target& t, const WriteParams& params) {
  json& meta = t.object["metadata"];
  if (meta.value("resourceVersion", "").empty()) {
    // Helper.Replace: the live version, when there is a live object.
    if (auto live = get_object(rest, t.visit))
      meta["resourceVersion"] = live->value("metadata", json::object()).value("resourceVersion", "");
  }
  return replace_object(rest, t.visit, t.object, params);
}

// forceReplace: delete what exists (a missing object is fine), wait until
// it is gone, then create every object.
Result<> force_replace(Factory& f, const ReplaceOptions& o, Targets& targets, client::RestClient& rest,
                       OperationPrinter& printer, const std::string& field_validation) {
  std::ostream& err = f.io().err;
  auto grace = parse_int_flag(o.grace_period_text, "--grace-period", "kctl replace", err);
  if (!grace) return grace.take_error();
  auto timeout = duration_flag(o.timeout_text, "--timeout", "kctl replace", err);
  if (!timeout) return timeout.take_error();
  auto policy = propagation_policy(o.cascade, err);
  if (!policy) return policy.take_error();
  if (!targets.refused.empty()) return report_errors(targets.refused, err);
  json options = json::object();
  if (*grace >= 0) options["gracePeriodSeconds"] = *grace;
  options["propagationPolicy"] = *policy;
  for (const auto& t : targets.items) {
    auto r = delete_object(rest, t.visit, options, false);
    if (!r) {
      Error e = r.take_error();
      if (is_not_found(e)) continue;
      return with_source(std::move(e), "deleting", t.source);
    }
    f.io().out << printers::kind_prefix(t.visit.resource.kind, t.visit.resource.group) << " \"" << t.visit.name
               << "\" " << (*grace == 0 ? "force deleted" : "deleted") << '\n';
    f.io().out.flush();
  }
  const auto limit = timeout->count() == 0 ? std::chrono::steady_clock::duration(std::chrono::minutes(5))
                                           : std::chrono::duration_cast<std::chrono::steady_clock::duration>(*timeout);
  const auto deadline = std::chrono::steady_clock::now() + limit;
  for (const auto& t : targets.items)
    if (auto gone = poll_until_gone(rest, t.visit, deadline); !gone) return gone.take_error();
  WriteParams params{false, o.field_manager, field_validation};
  for (auto& t : targets.items) {
    update_last_applied(t.object, o.save_config);
    t.object["metadata"].erase("resourceVersion");
    auto created = create_object(rest, t.visit, t.object, params);
    if (!created) return created.take_error();
    printer.print(*created, "replaced");
  }
  if (targets.items.empty()) return make_error(ErrorKind::Internal, "no objects passed to replace");
  return {};
}

Result<> run_replace(Factory& f, const ReplaceOptions& o) {
  auto directive = o.validate.directive();
  if (!directive) return directive.take_error();
  auto dry_run = parse_dry_run(o.write.dry_run, f.logger());
  if (!dry_run) return dry_run.take_error();
  if (auto v = OperationPrinter::validate(o.write.output); !v) return v;
  if (o.files.empty()) return make_error(ErrorKind::Internal, "must specify one of -f and -k");
  if (o.force && *dry_run != DryRun::None)
    return make_error(ErrorKind::Internal, "--dry-run can not be used when --force is set");
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  auto check = manifest_check(f, *directive);
  if (!check) return check.take_error();
  auto targets = targets_from_manifests(f, o.files, (*rc)->ns, !f.flags().overrides.ns.empty(), *check);
  if (!targets) return targets.take_error();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  OperationPrinter printer(o.write.output, *dry_run, o.write.show_managed_fields, f.io().out);
  const std::string field_validation = field_validation_param(*directive);
  if (o.force) return force_replace(f, o, *targets, **rest, printer, field_validation);

  WriteParams params{*dry_run == DryRun::Server, o.field_manager, field_validation};
  std::vector<Error> errors;
  std::size_t count = 0;
  for (auto& t : targets->items) {
    update_last_applied(t.object, o.save_config);
    json replaced = t.object;
    if (*dry_run != DryRun::Client) {
      auto r = replace_one(**rest, t, params);
      if (!r) {
        errors.push_back(with_source(r.take_error(), "replacing", t.source));
        continue;
      }
      replaced = std::move(*r);
    }
    ++count;
    printer.print(replaced, "replaced");
  }
  errors = with_refused(std::move(errors), std::move(targets->refused));
  if (errors.empty() && count == 0) return make_error(ErrorKind::Internal, "no objects passed to replace");
  return report_errors(errors, f.io().err);
}

}  // namespace

void register_replace(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<ReplaceOptions>();
  ReplaceOptions& o = *opts;
  CLI::App* sub = root.add_subcommand("replace", "Replace a resource by file name or stdin");
  sub->add_option("args", o.args);
  add_filename_flags(*sub, o.files, "to use to replace the resource.");
  o.write.add_to(*sub);
  o.validate.add_to(*sub);
  sub->add_option("--cascade", o.cascade,
                  "Must be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for "
                  "the dependents (e.g. Pods created by a ReplicationController). Defaults to background.");
  sub->add_option("--field-manager", o.field_manager, "Name of the manager used to track field ownership.");
  sub->add_flag("--force", o.force,
                "If true, immediately remove resources from API and bypass graceful deletion. Note that immediate "
                "deletion of some resources may result in inconsistency or data loss and requires confirmation.");
  sub->add_option("--grace-period", o.grace_period_text,
                  "Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set "
                  "to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).");
  add_save_config_flag(*sub, o.save_config);
  sub->add_option("--timeout", o.timeout_text,
                  "The length of time to wait before giving up on a delete, zero means determine a timeout from the "
                  "size of the object");
  sub->add_flag("--wait", o.wait, "If true, wait for resources to be gone before returning. This waits for finalizers.");
  on_chosen(sub, ctx, [opts, &ctx]() { return run_replace(ctx.factory, *opts); });
}

}  // namespace kctl::cmd
