// Converting yaml-cpp nodes to JSON values the way a YAML 1.1 reader would
// type them (quoted scalars stay strings; plain ones become null, bool,
// number or string).
#pragma once

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <string>

namespace kctl::kubeconfig {

// With `yaml11_keys`, plain map keys are typed too, as go-yaml v2 does
// when kubectl decodes a kubeconfig: a key `n` becomes "false", `1.0` "1".
// Without it keys are kept as written (for files kctl rewrites).
nlohmann::ordered_json to_json(const YAML::Node& node, bool yaml11_keys = false);

// A map key as to_json() writes it.
std::string key_text(const YAML::Node& key, bool yaml11_keys);

}  // namespace kctl::kubeconfig
