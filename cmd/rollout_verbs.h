// The subcommands of kctl rollout, each in its own file.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cmd/live_targets.h"
#include "cmd/workload_verbs.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {

void register_rollout_status(CLI::App& rollout, VerbContext& ctx);
void register_rollout_patch_verbs(CLI::App& rollout, VerbContext& ctx);  // restart, pause, resume
void register_rollout_history(CLI::App& rollout, VerbContext& ctx);      // history, undo

// kubectl's "required resource not specified" without arguments or files.
Result<> require_resources(const std::vector<std::string>& args, const FilenameOptions& files);

// require_resources, then kubectl's check of --revision.
Result<> validate_revision_args(const std::vector<std::string>& args, const FilenameOptions& files, long long revision);

struct RolloutTargets {
  Targets targets;
  client::RestClient* rest = nullptr;
};

// What a rollout subcommand acts on (kubectl's ResourceTypeOrNameArgs(true,
// ...): a type alone is all its objects), and the client to act with.
Result<RolloutTargets> rollout_targets(Factory& f, const std::vector<std::string>& args, const FilenameOptions& files,
                                       const std::string& selector);

struct LiveRolloutTargets {
  LiveTargets live;
  client::RestClient* rest = nullptr;
};

// require_resources, rollout_targets and each object as the server has it
// (restart, pause, resume, undo).
Result<LiveRolloutTargets> live_rollout_targets(Factory& f, const std::vector<std::string>& args,
                                                const FilenameOptions& files, const std::string& selector);

// kubectl's rollout -l flag.
void add_rollout_selector(CLI::App& sub, std::string& selector);

}  // namespace kctl::cmd
