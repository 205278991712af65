// kubectl apply's flags, and what they resolve to before any request.
#pragma once

#include <CLI/CLI.hpp>

#include <chrono>
#include <ostream>
#include <string>

#include "client/result.h"
#include "cmd/filename_options.h"
#include "cmd/manifest_validation.h"
#include "cmd/verb.h"
#include "cmd/write_output.h"

namespace kctl::cmd {

struct ApplyOptions {
  FilenameOptions files;
  WriteFlags write;
  ValidateFlag validate;
  std::string field_manager;
  bool server_side = false, force_conflicts = false, force = false, overwrite = true, openapi_patch = true;
  bool wait = false;
  std::string cascade = "background", grace_period_text = "-1", timeout_text = "0s";
  CLI::Option* field_manager_flag = nullptr;

  // Set by resolve().
  std::string propagation = "Background";
  long grace_period = -1;
  std::chrono::nanoseconds timeout{0};
  FieldValidation field_validation = FieldValidation::Strict;

  void add_to(CLI::App& sub);
  Result<> resolve(std::ostream& err);

  // The flag's value when given, else "kubectl" for server-side apply and
  // "kubectl-client-side-apply" for client-side.
  std::string effective_field_manager() const;
  const std::string& cascade_policy() const { return propagation; }
};

// apply view-last-applied and set-last-applied.
void register_apply_last_applied(CLI::App& apply, VerbContext& ctx);

}  // namespace kctl::cmd
