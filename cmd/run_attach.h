// What kubectl run does after creating its pod with --attach (or -i): wait
// until the pod runs and is ready, attach to its container (or stream its
// logs when it has already ended, or the attach fails), then, unless the
// pod restarts for ever, wait for it to end and exit with its container's
// exit code. --rm deletes what run created on every way out.
#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "client/result.h"
#include "cmd/factory.h"
#include "cmd/resource_visits.h"

namespace kctl::cmd {

struct RunAttachOptions {
  bool stdin = false, tty = false, quiet = false;
  bool leave_stdin_open = false;
  bool remove = false;               // --rm
  std::string restart_policy;        // the pod's: Always, OnFailure or Never
  std::chrono::milliseconds timeout;  // --pod-running-timeout
};

// `created` lists what run created (the pod first, then any Service), for
// --rm.
Result<> attach_to_run_pod(Factory& f, const nlohmann::json& pod, const std::vector<Visit>& created,
                           const RunAttachOptions& o);

}  // namespace kctl::cmd
