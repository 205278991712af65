#include "kubeconfig/yaml_json.h"

#include <cerrno>
#include <cstdlib>
#include <regex>

namespace kctl::kubeconfig {
namespace {

nlohmann::ordered_json scalar(const YAML::Node& node) {
  const std::string& s = node.Scalar();
  if (node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str") return s;  // quoted
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
  static const std::regex kTrue("^(true|True|TRUE|yes|Yes|YES|on|On|ON|y|Y)$");
  static const std::regex kFalse("^(false|False|FALSE|no|No|NO|off|Off|OFF|n|N)$");
  static const std::regex kInt(R"(^[-+]?[0-9]+$)");
  static const std::regex kFloat(R"(^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$)");
  if (std::regex_match(s, kTrue)) return true;
  if (std::regex_match(s, kFalse)) return false;
  if (std::regex_match(s, kInt)) {
    errno = 0;
    long long v = std::strtoll(s.c_str(), nullptr, 10);
    if (errno == 0) return v;
  }
  if (std::regex_match(s, kFloat)) return std::strtod(s.c_str(), nullptr);
  return s;
}

}  // namespace

std::string key_text(const YAML::Node& key, bool yaml11_keys) {
  if (!yaml11_keys || !key.IsScalar()) return key.Scalar();
  nlohmann::ordered_json typed = scalar(key);
  if (typed.is_string()) return typed.get<std::string>();
  if (typed.is_null()) return "null";
  return typed.dump();
}

nlohmann::ordered_json to_json(const YAML::Node& node, bool yaml11_keys) {
  if (!node) return nullptr;
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      nlohmann::ordered_json obj = nlohmann::ordered_json::object();
      for (const auto& kv : node) obj[key_text(kv.first, yaml11_keys)] = to_json(kv.second, yaml11_keys);
      return obj;
    }
    case YAML::NodeType::Sequence: {
      nlohmann::ordered_json arr = nlohmann::ordered_json::array();
      for (const auto& item : node) arr.push_back(to_json(item, yaml11_keys));
      return arr;
    }
    case YAML::NodeType::Scalar: return scalar(node);
    default: return nullptr;
  }
}

}  // namespace kctl::kubeconfig
