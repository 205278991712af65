// The verbs that act on workloads: scale, rollout, wait, expose, autoscale.
#pragma once

#include <CLI/CLI.hpp>

#include "cmd/verb.h"

namespace kctl::cmd {

void register_scale(CLI::App& root, VerbContext& ctx);
void register_rollout(CLI::App& root, VerbContext& ctx);
void register_wait(CLI::App& root, VerbContext& ctx);
void register_expose(CLI::App& root, VerbContext& ctx);
void register_autoscale(CLI::App& root, VerbContext& ctx);

}  // namespace kctl::cmd
