// What kubectl port-forward's Complete() works out: the pod behind
// TYPE/NAME and the port arguments with names and service ports resolved.
// kctl calls it again when it reconnects (the pod behind svc/x may change).
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "client/rest_client.h"
#include "client/result.h"

namespace kctl::cmd {

struct ForwardTarget {
  std::string pod_name;
  std::vector<std::string> ports;  // "[LOCAL:]REMOTE", REMOTE a pod port number
};

Result<ForwardTarget> resolve_forward_target(client::RestClient& rest, const std::string& ns,
                                             const std::string& type_name, const std::vector<std::string>& ports,
                                             std::chrono::milliseconds timeout);

// GET of the pod; kubectl's "pod is not running" error unless it runs.
Result<nlohmann::json> running_pod(client::RestClient& rest, const std::string& ns, const std::string& name);

}  // namespace kctl::cmd
