#include "cmd/config_verbs.h"

namespace kctl::cmd {

void register_config(CLI::App& root, VerbContext& ctx) {
  CLI::App* config = root.add_subcommand("config", "Modify kubeconfig files");
  config->require_subcommand(1);
  register_config_read(*config, ctx);
  register_config_edit(*config, ctx);
  register_config_set(*config, ctx);
  register_config_property(*config, ctx);
}

}  // namespace kctl::cmd
