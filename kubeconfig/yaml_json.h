// Converting yaml-cpp nodes to JSON values the way a YAML 1.1 reader would
// type them (quoted scalars stay strings; plain ones become null, bool,
// number or string).
#pragma once

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>

namespace kctl::kubeconfig {

// go-yaml's decoding limits, which yaml-cpp lacks: aliases that make up
// most of what a document decodes to (a "billion laughs" document, which
// yaml-cpp holds in little memory but JSON would expand), and an anchor
// inside its own value (a cycle in yaml-cpp's nodes). what() is go-yaml's
// text, e.g. "yaml: document contains excessive aliasing".
class YamlDecodeError : public YAML::Exception {
 public:
  explicit YamlDecodeError(const std::string& message) : YAML::Exception(YAML::Mark::null_mark(), message) {}
};

// Walks `node` as go-yaml's decoder would and throws YamlDecodeError where
// it fails. `text` is the node's source, for the anchor's name in the
// message (without it the name reads "?").
void check_decodable(const YAML::Node& node, std::string_view text = {});

// With `yaml11_keys`, plain map keys are typed too, as go-yaml v2 does
// when kubectl decodes a kubeconfig: a key `n` becomes "false", `1.0` "1".
// Without it keys are kept as written (for files kctl rewrites). Throws
// YamlDecodeError as check_decodable does.
nlohmann::ordered_json to_json(const YAML::Node& node, bool yaml11_keys = false, std::string_view text = {});

// A map key as to_json() writes it.
std::string key_text(const YAML::Node& key, bool yaml11_keys);

// "yaml: line N: problem" for a yaml-cpp failure as go-yaml words it:
// without a line for YamlDecodeError, yaml-cpp's nesting limit as
// "exceeded max depth".
std::string yaml_problem(const YAML::Exception& e);

// The problem libyaml's (and go-yaml's) reader finds in `text` before any
// parsing: "invalid leading UTF-8 octet", "invalid trailing UTF-8 octet",
// "incomplete UTF-8 octet sequence", "invalid length of a UTF-8 sequence",
// "invalid Unicode character" or "control characters are not allowed";
// nullopt when there is none. yaml-cpp takes such bytes as they are.
std::optional<std::string> yaml_reader_problem(std::string_view text);

}  // namespace kctl::kubeconfig
