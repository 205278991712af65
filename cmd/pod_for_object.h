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

// What the caller does with the pod, for kubectl's "cannot attach to
// *v1.ConfigMap: ..." / "cannot get the logs from ..." wording.
enum class PodPurpose { Attach, Logs };

struct PodTarget {
  nlohmann::json pod;       // the chosen pod
  std::string resource;     // canonical plural resource named, e.g. "services", "pods"
  nlohmann::json object;    // the named object itself (the service for svc/x; the pod for a pod)
  std::size_t matched = 1;  // pods the selector matched (kubectl: "Found N pods, using pod/x")
  std::string selector;     // the object's pod selector; empty for a pod
};

// Resolves `type_name` ("web", "pod/web", "svc/web", "deployment.apps/web",
// ...) in namespace `ns`. For selector-based objects it waits up to
// `timeout` for a pod to exist (kubectl's --pod-running-timeout). Errors
// are kubectl's texts (NotFound statuses, "cannot attach to *v1.ConfigMap:
// selector for *v1.ConfigMap not implemented", "timed out waiting for the
// condition").
Result<PodTarget> pod_for_object(client::RestClient& rest, const std::string& ns, const std::string& type_name,
                                 PodSort sort, std::chrono::milliseconds timeout,
                                 PodPurpose purpose = PodPurpose::Attach);

// All pods a selector-based object (or a pod) names, in the sort order,
// for logs --all-pods.
Result<std::vector<nlohmann::json>> pods_for_object(client::RestClient& rest, const std::string& ns,
                                                    const std::string& type_name, PodSort sort);

// The pods a label selector string matches (logs -l), in the sort order.
Result<std::vector<nlohmann::json>> pods_for_selector(client::RestClient& rest, const std::string& ns,
                                                      const std::string& selector, PodSort sort);

// Pure helpers, exposed for tests.

// metav1.LabelSelectorAsSelector(...).String(): requirements sorted by key,
// "k=v", "k in (a,b)", "k notin (a,b)", "k", "!k", joined by ",".
Result<std::string> label_selector_string(const nlohmann::json& label_selector);
// labels.SelectorFromSet(...).String() for a plain map (services, rcs).
std::string set_selector_string(const nlohmann::json& labels);
// Sorts so that the pod kubectl would pick comes first.
void sort_pods(std::vector<nlohmann::json>& pods, PodSort sort);

}  // namespace kctl::cmd
