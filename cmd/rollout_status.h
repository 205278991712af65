// What `rollout status` says about one object, as kubectl's status viewers
// decide it from a Deployment, DaemonSet or StatefulSet (pure functions of
// the object's JSON, for unit tests).
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "client/result.h"

namespace kctl::cmd {

struct RolloutState {
  std::string message;  // one line, with its newline
  bool done = false;
};

// Whether kubectl has a status viewer for the kind (apps or extensions
// Deployment and DaemonSet, apps StatefulSet).
bool has_status_viewer(const std::string& group, const std::string& kind);

// The object's state; `revision` > 0 pins a Deployment's revision.
// Errors are kubectl's ("deployment \"web\" exceeded its progress deadline").
Result<RolloutState> rollout_state(const nlohmann::json& obj, long long revision);

// The deployment.kubernetes.io/revision annotation (0 when absent), or
// strconv.ParseInt's error.
Result<long long> deployment_revision(const nlohmann::json& obj);

}  // namespace kctl::cmd
