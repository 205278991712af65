// kctl edit, and apply's edit-last-applied (cmd/edit.cc).
#pragma once

#include <CLI/CLI.hpp>

#include "cmd/verb.h"

namespace kctl::cmd {

void register_edit(CLI::App& root, VerbContext& ctx);
void register_apply_edit_last_applied(CLI::App& apply, VerbContext& ctx);

}  // namespace kctl::cmd
