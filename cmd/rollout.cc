// kctl rollout: manages the rollout of deployments, daemon sets and
// stateful sets (status, restart, pause, resume, history, undo).
#include "cmd/rollout_verbs.h"

namespace kctl::cmd {

Result<> require_resources(const std::vector<std::string>& args, const FilenameOptions& files) {
  if (args.empty() && files.empty()) return make_error(ErrorKind::Internal, "required resource not specified");
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
