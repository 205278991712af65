// Converting yaml-cpp nodes to JSON values the way a YAML 1.1 reader would
// type them (quoted scalars stay strings; plain ones become null, bool,
// number or string).
#pragma once

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace kctl::kubeconfig {

nlohmann::ordered_json to_json(const YAML::Node& node);

}  // namespace kctl::kubeconfig
