#pragma once

#include "cmd/io_streams.h"
#include "kubeconfig/loading_rules.h"

namespace kctl::cmd {

// Parses argv, runs the chosen verb and returns the exit code.
int run(int argc, const char* const* argv, IOStreams& io, const kubeconfig::EnvLookup& env);

}  // namespace kctl::cmd
