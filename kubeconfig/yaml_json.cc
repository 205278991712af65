#include "kubeconfig/yaml_json.h"

#include <yaml-cpp/depthguard.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <regex>
#include <utility>
#include <vector>

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

// go-yaml's allowedAliasRatio (decode.go): alias expansion may make up 99%
// of what a small document decodes to, scaling down to 10% for large ones.
double allowed_alias_ratio(double decoded) {
  constexpr double kLow = 400000, kHigh = 4000000;
  if (decoded <= kLow) return 0.99;
  if (decoded >= kHigh) return 0.10;
  return 0.99 - 0.89 * ((decoded - kLow) / (kHigh - kLow));
}

// Where a node starts, ordering the nodes of a document as a walk in
// document order meets them: a block mapping starts where its first key
// does, and an empty value where the next token does, so at one position
// a collection comes first, then an empty value, then a scalar.
using Place = std::pair<int, int>;
Place place_of(const YAML::Node& n) {
  const int rank = n.IsMap() || n.IsSequence() ? 0 : n.IsNull() ? 1 : 2;
  return {n.Mark().pos, rank};
}

// go-yaml's decoder's bookkeeping over yaml-cpp's nodes. yaml-cpp keeps no
// alias nodes: an alias is its anchor's node met again, which a walk in
// document order recognizes by a place at or before the last one it met.
class AliasWalk {
 public:
  explicit AliasWalk(std::string_view text) : text_(text) {}

  void document(const YAML::Node& root) {
    count();  // the document node
    if (root) visit(root);
  }

 private:
  static constexpr int kMaxDepth = 10000;

  // go-yaml's unmarshal step for one node.
  void count() {
    ++decoded_;
    if (alias_depth_ > 0) ++aliased_;
    if (aliased_ > 100 && decoded_ > 1000 &&
        static_cast<double>(aliased_) / static_cast<double>(decoded_) > allowed_alias_ratio(decoded_))
      throw YamlDecodeError("yaml: document contains excessive aliasing");
  }

  void visit(const YAML::Node& n) {
    count();
    const Place at = place_of(n);
    if (at > last_) {
      last_ = at;
      children(n);
      return;
    }
    for (const auto& open : open_)
      if (open.is(n)) throw YamlDecodeError("yaml: anchor '" + anchor_name(n) + "' value contains itself");
    // The alias's target, walked again as go-yaml decodes it: everything
    // under it counts as alias expansion.
    const Place outer = last_;
    ++alias_depth_;
    count();
    last_ = at;
    children(n);
    --alias_depth_;
    last_ = outer;
  }

  void children(const YAML::Node& n) {
    if (!n.IsMap() && !n.IsSequence()) return;
    // Aliases nest what yaml-cpp's own depth limit saw once.
    if (open_.size() >= kMaxDepth) throw YamlDecodeError("yaml: exceeded max depth of " + std::to_string(kMaxDepth));
    open_.push_back(n);
    for (const auto& item : n) {
      if (n.IsMap()) {
        visit(item.first);
        visit(item.second);
      } else {
        visit(item);
      }
    }
    open_.pop_back();
  }

  // The anchor's name as the source spells it: the node's mark is where
  // its properties ("!tag &name") start.
  std::string anchor_name(const YAML::Node& n) const {
    const auto pos = static_cast<std::size_t>(n.Mark().pos);
    if (text_.empty() || pos >= text_.size()) return "?";
    const auto amp = text_.find('&', pos);
    if (amp == std::string_view::npos) return "?";
    const auto end = text_.find_first_of(" \t\r\n,[]{}", amp + 1);
    return std::string(text_.substr(amp + 1, end == std::string_view::npos ? end : end - amp - 1));
  }

  std::string_view text_;
  std::vector<YAML::Node> open_;  // the collections the walk is inside
  Place last_{-1, 0};
  long long decoded_ = 0, aliased_ = 0;
  int alias_depth_ = 0;
};

nlohmann::ordered_json convert(const YAML::Node& node, bool yaml11_keys) {
  if (!node) return nullptr;
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      nlohmann::ordered_json obj = nlohmann::ordered_json::object();
      for (const auto& kv : node) obj[key_text(kv.first, yaml11_keys)] = convert(kv.second, yaml11_keys);
      return obj;
    }
    case YAML::NodeType::Sequence: {
      nlohmann::ordered_json arr = nlohmann::ordered_json::array();
      for (const auto& item : node) arr.push_back(convert(item, yaml11_keys));
      return arr;
    }
    case YAML::NodeType::Scalar: return scalar(node);
    default: return nullptr;
  }
}

}  // namespace

void check_decodable(const YAML::Node& node, std::string_view text) { AliasWalk(text).document(node); }

std::string yaml_problem(const YAML::Exception& e) {
  if (dynamic_cast<const YamlDecodeError*>(&e) != nullptr) return e.msg;
  std::string problem = e.msg;
  // yaml-cpp's nesting limit, which it words "bad file".
  if (const auto* deep = dynamic_cast<const YAML::DeepRecursion*>(&e)) problem = "exceeded max depth of " + std::to_string(deep->depth());
  return "yaml: line " + std::to_string(e.mark.line + 1) + ": " + problem;
}

std::string key_text(const YAML::Node& key, bool yaml11_keys) {
  if (!yaml11_keys || !key.IsScalar()) return key.Scalar();
  nlohmann::ordered_json typed = scalar(key);
  if (typed.is_string()) return typed.get<std::string>();
  if (typed.is_null()) return "null";
  return typed.dump();
}

nlohmann::ordered_json to_json(const YAML::Node& node, bool yaml11_keys, std::string_view text) {
  check_decodable(node, text);
  return convert(node, yaml11_keys);
}

std::optional<std::string> yaml_reader_problem(std::string_view text) {
  // libyaml's reader.c, UTF-8 branch, one character at a time.
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t width = (lead & 0x80) == 0x00 ? 1 : (lead & 0xE0) == 0xC0 ? 2
                            : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
    if (width == 0) return "invalid leading UTF-8 octet";
    if (width > text.size() - i) return "incomplete UTF-8 octet sequence";
    std::uint32_t value = width == 1 ? lead : width == 2 ? lead & 0x1F : width == 3 ? lead & 0x0F : lead & 0x07;
    for (std::size_t k = 1; k < width; ++k) {
      const auto trail = static_cast<unsigned char>(text[i + k]);
      if ((trail & 0xC0) != 0x80) return "invalid trailing UTF-8 octet";
      value = (value << 6) + (trail & 0x3F);
    }
    if (!(width == 1 || (width == 2 && value >= 0x80) || (width == 3 && value >= 0x800) ||
          (width == 4 && value >= 0x10000)))
      return "invalid length of a UTF-8 sequence";
    if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) return "invalid Unicode character";
    const bool printable = value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && value <= 0x7E) ||
                           value == 0x85 || (value >= 0xA0 && value <= 0xD7FF) ||
                           (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF);
    if (!printable) return "control characters are not allowed";
    i += width;
  }
  return std::nullopt;
}

}  // namespace kctl::kubeconfig
