// kctl rollout: manages the rollout of deployments, daemon sets and
// stateful sets (status, restart, pause, resume, history, undo).
#include "cmd/rollout_verbs.h"

namespace kctl::cmd {

Result<> require_resources(const std::vector<std::string>& args, const FilenameOptions& files) {
  if (args.empty() && files.empty()) return make_error(ErrorKind::Internal, "required resource not specified");
  return {};
}

Result<> validate_revision_args(const std::vector<std::string>& args, const FilenameOptions& files,
                                long long revision) {
  if (auto r = require_resources(args, files); !r) return r;
  if (revision < 0)
    return make_error(ErrorKind::Internal, "revision must be a positive integer: " + std::to_string(revision));
  return {};
}

Result<RolloutTargets> rollout_targets(Factory& f, const std::vector<std::string>& args, const FilenameOptions& files,
                                       const std::string& selector) {
  auto targets = resolve_targets(f, files, args, {{}, false, selector, {}, false, false});
  if (!targets) return targets.take_error();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  return RolloutTargets{std::move(*targets), *rest};
}

Result<LiveRolloutTargets> live_rollout_targets(Factory& f, const std::vector<std::string>& args,
                                                const FilenameOptions& files, const std::string& selector) {
  if (auto r = require_resources(args, files); !r) return r.take_error();
  auto resolved = rollout_targets(f, args, files, selector);
  if (!resolved) return resolved.take_error();
  return LiveRolloutTargets{fetch_live(*resolved->rest, std::move(resolved->targets), true), resolved->rest};
}

void add_rollout_selector(CLI::App& sub, std::string& selector) {
  sub.add_option("-l,--selector", selector,
                 "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). "
                 "Matching objects must satisfy all of the specified label constraints.");
}

void register_rollout(CLI::App& root, VerbContext& ctx) {
  CLI::App* rollout = root.add_subcommand("rollout", "Manage the rollout of a resource");
  rollout->require_subcommand(1);
  register_rollout_status(*rollout, ctx);
  register_rollout_patch_verbs(*rollout, ctx);
  register_rollout_history(*rollout, ctx);
}

}  // namespace kctl::cmd
