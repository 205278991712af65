// How verb families plug into the root command: each registers its CLI11
// subcommands and, when one is chosen, sets the action main runs.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "client/result.h"
#include "cmd/factory.h"

namespace kctl::cmd {

struct VerbContext {
  Factory& factory;
  std::function<Result<>()> action;  // set by the chosen subcommand's callback
  std::string command_path;          // "kctl config view", for usage errors
  // For verbs that run a command (exec): the arguments after the first
  // "--", split off before parsing (cobra's ArgsLenAtDash); nullopt if none.
  std::optional<std::vector<std::string>> args_after_dash;
};

// Marks `sub` as the chosen command, running `run` after parsing.
void on_chosen(CLI::App* sub, VerbContext& ctx, std::function<Result<>()> run);

// kubectl's usage error for a verb that takes no arguments:
// "unexpected arguments: [a b]" (Go's %v of the list); ok when empty.
Result<> no_arguments(const std::vector<std::string>& args);

void register_version(CLI::App& root, VerbContext& ctx);
void register_config(CLI::App& root, VerbContext& ctx);
void register_get(CLI::App& root, VerbContext& ctx);
void register_cluster_info(CLI::App& root, VerbContext& ctx);
void register_exec(CLI::App& root, VerbContext& ctx);
void register_cp(CLI::App& root, VerbContext& ctx);
void register_logs(CLI::App& root, VerbContext& ctx);
void register_attach(CLI::App& root, VerbContext& ctx);
void register_port_forward(CLI::App& root, VerbContext& ctx);
void register_debug(CLI::App& root, VerbContext& ctx);
void register_api_resources(CLI::App& root, VerbContext& ctx);
void register_api_versions(CLI::App& root, VerbContext& ctx);
void register_explain(CLI::App& root, VerbContext& ctx);
void register_describe(CLI::App& root, VerbContext& ctx);
void register_create(CLI::App& root, VerbContext& ctx);
void register_delete(CLI::App& root, VerbContext& ctx);
void register_label(CLI::App& root, VerbContext& ctx);
void register_annotate(CLI::App& root, VerbContext& ctx);
void register_patch(CLI::App& root, VerbContext& ctx);
void register_apply(CLI::App& root, VerbContext& ctx);
void register_replace(CLI::App& root, VerbContext& ctx);

}  // namespace kctl::cmd
