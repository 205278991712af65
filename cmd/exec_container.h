// Which container of a pod exec/attach/logs use when -c is not given
// (kubectl's podcmd.FindOrDefaultContainerByName): the
// kubectl.kubernetes.io/default-container annotation if it names one, else
// the first container, with kubectl's "Defaulted container" notice when
// the pod has others. Pure: pod JSON in, choice out.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "client/result.h"

namespace kctl::cmd {

struct ContainerChoice {
  std::string name;
  std::string notice;  // "Defaulted container \"a\" out of: a, b\n", or empty
  bool first_in_spec = false;  // not from the annotation: kubectl logs "Defaulting container name to a"
};

Result<ContainerChoice> default_container(const nlohmann::json& pod, bool quiet);

// Whether a container, init container or ephemeral container is named
// `name`: in a pod's spec, or in the pod.
bool spec_has_container(const nlohmann::json& spec, const std::string& name);
bool pod_has_container(const nlohmann::json& pod, const std::string& name);

// "a, b, i (init), e (ephem)" as kubectl's AllContainerNames.
std::string all_container_names(const nlohmann::json& pod);

}  // namespace kctl::cmd
