// The `config` family, split by what the verbs do to the kubeconfig.
#pragma once

#include "cmd/verb.h"

namespace kctl::cmd {

void register_config_read(CLI::App& config, VerbContext& ctx);
void register_config_edit(CLI::App& config, VerbContext& ctx);
void register_config_set(CLI::App& config, VerbContext& ctx);
void register_config_property(CLI::App& config, VerbContext& ctx);

}  // namespace kctl::cmd
