#pragma once

#include <CLI/CLI.hpp>

#include "cmd/io_streams.h"
#include "cmd/verb.h"
#include "kubeconfig/loading_rules.h"

namespace kctl::cmd {

// Every command and flag kctl has, on `app` (kctl's root command): what
// run() parses, and what the man pages and completions are made from.
void build_command_tree(CLI::App& app, GlobalFlags& flags, VerbContext& ctx);

// Parses argv, runs the chosen verb and returns the exit code.
int run(int argc, const char* const* argv, IOStreams& io, const kubeconfig::EnvLookup& env);

}  // namespace kctl::cmd
