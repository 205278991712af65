// Plugins as kubectl has them (pkg/cmd/cmd.go, pkg/cmd/plugin): `kctl foo
// bar` runs the first of kctl-foo-bar, kubectl-foo-bar, kctl-foo,
// kubectl-foo found on PATH when no built-in command is named, and
// `kctl plugin list` shows what PATH offers.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "cmd/verb.h"

namespace kctl::cmd {

void register_plugin(CLI::App& root, VerbContext& ctx);

// The executable `name` on PATH (each entry in order, "" meaning "."), as
// Go's exec.LookPath finds it: a non-directory with an execute bit.
std::optional<std::string> look_path(const std::string& name, const std::string& path_env);

// The plugin and the arguments it gets for `args` (argv without the
// program), or nothing; the error when a flag comes before the name.
// `min_words`: how many leading words a plugin name must keep (2 for
// `create foo`, kubectl's subcommand plugins).
struct PluginCall {
  std::string path;
  std::vector<std::string> args;
};
Result<std::optional<PluginCall>> find_plugin(const std::vector<std::string>& args, std::size_t min_words,
                                              const std::string& path_env);

// When `args` name no built-in command of `root` (or name `create` with
// an unknown generator), replaces this process with the plugin they name.
// Returns only when there is none (nullopt: parse as usual) or on an
// error, whose exit code it returns after printing it.
std::optional<int> dispatch_plugin(const CLI::App& root, const std::vector<std::string>& args, IOStreams& io,
                                   const kubeconfig::EnvLookup& env);

}  // namespace kctl::cmd
