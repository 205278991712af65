#include "cmd/apply_options.h"

#include "cmd/go_duration.h"
#include "cmd/write_ops.h"

namespace kctl::cmd {

void ApplyOptions::add_to(CLI::App& sub) {
  write.add_to(sub);
  validate.add_to(sub);
  sub.add_option("--cascade", cascade,
                 "Must be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for "
                 "the dependents (e.g. Pods created by a ReplicationController). Defaults to background.");
  field_manager_flag = sub.add_option("--field-manager", field_manager, "Name of the manager used to track field ownership.");
  sub.add_flag("--force", force,
               "If true, immediately remove resources from API and bypass graceful deletion. Note that immediate "
               "deletion of some resources may result in inconsistency or data loss and requires confirmation.");
  sub.add_flag("--force-conflicts", force_conflicts,
               "If true, server-side apply will force the changes against conflicts.");
  sub.add_option("--grace-period", grace_period_text,
                 "Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set "
                 "to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).");
  sub.add_flag("--openapi-patch", openapi_patch,
               "If true, use openapi to calculate diff when the openapi presents and the resource can be found in "
               "the openapi spec. Otherwise, fall back to use baked-in types.");
  sub.add_flag("--overwrite", overwrite,
               "Automatically resolve conflicts between the modified and live configuration by using values from "
               "the modified configuration");
  sub.add_flag("--server-side", server_side, "If true, apply runs in the server instead of the client.");
  sub.add_option("--timeout", timeout_text,
                 "The length of time to wait before giving up on a delete, zero means determine a timeout from the "
                 "size of the object");
  sub.add_flag("--wait", wait,
               "If true, wait for resources to be gone before returning. This waits for finalizers.");
}

Result<> ApplyOptions::resolve(std::ostream& err) {
  constexpr const char* kCommandPath = "kctl apply";
  auto directive = validate.directive();
  if (!directive) return directive.take_error();
  field_validation = *directive;
  auto grace = parse_int_flag(grace_period_text, "--grace-period", kCommandPath, err);
  if (!grace) return grace.take_error();
  grace_period = static_cast<long>(*grace);
  auto t = duration_flag(timeout_text, "--timeout", kCommandPath, err);
  if (!t) return t.take_error();
  timeout = *t;
  auto policy = propagation_policy(cascade, err);
  if (!policy) return policy.take_error();
  propagation = *policy;
  return {};
}

std::string ApplyOptions::effective_field_manager() const {
  if (field_manager_flag != nullptr && field_manager_flag->count() > 0) return field_manager;
  return server_side ? "kubectl" : "kubectl-client-side-apply";
}

}  // namespace kctl::cmd
