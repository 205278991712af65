// kubectl's polymorphichelpers for verbs that need one pod behind a name:
// POD, pod/NAME, or a workload or service (deploy/x, rs/x, sts/x, ds/x,
// job/x, rc/x, svc/x) whose selector picks the pod. Without discovery
// (a later issue) the built-in types are known by their kubectl names.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "client/rest_client.h"
#include "client/result.h"

namespace kctl::cmd {

enum class PodSort {
  Active,   // exec, attach, port-forward: AttachablePodForObject (ActivePods order)
  Logging,  // logs: GetFirstPod by logging priority (podutils.ByLogging)
};

struct PodTarget {
  nlohmann::json pod;       // the chosen pod
  std::string resource;     // canonical plural resource named, e.g. "services", "pods"
  nlohmann::json object;    // the named object itself (the service for svc/x; the pod for a pod)
  std::size_t matched = 1;  // pods the selector matched (kubectl: "Found N pods, using pod/x")
};

// Resolves `type_name` ("web", "pod/web", "svc/web", "deployment.apps/web",
// ...) in namespace `ns`. For selector-based objects it waits up to
// `timeout` for a pod to exist (kubectl's --pod-running-timeout). Errors
// are kubectl's texts (NotFound statuses, "cannot attach to *v1.ConfigMap:
// selector for *v1.ConfigMap not implemented", "no pods found ...").
Result<PodTarget> pod_for_object(client::RestClient& rest, const std::string& ns, const std::string& type_name,
                                 PodSort sort, std::chrono::milliseconds timeout);

// All pods a selector-based object (or a pod) names, in the sort order,
// for logs --all-pods / -l.
Result<std::vector<nlohmann::json>> pods_for_object(client::RestClient& rest, const std::string& ns,
                                                    const std::string& type_name, PodSort sort);

}  // namespace kctl::cmd
