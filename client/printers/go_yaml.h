// YAML text exactly as kubectl prints it: sigs.k8s.io/yaml over go-yaml v2
// (keys in go-yaml's order, block sequences not indented under their key,
// strings quoted when they would read back as another type, literal blocks
// for multi-line strings, plain scalars folded past column 80).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace kctl::printers {

std::string to_go_yaml(const nlohmann::ordered_json& value);

// go-yaml v2's map key order (sorter.go): runs of digits compare as
// numbers, non-letters sort before letters.
bool go_yaml_key_less(std::string_view a, std::string_view b);

// True when a plain scalar `s` would be read back as something other than a
// string (null, bool, int, float, timestamp) by go-yaml v2.
bool resolves_to_non_string(std::string_view s);

}  // namespace kctl::printers
