#include "cmd/edit_file.h"

#include <yaml-cpp/yaml.h>

#include <optional>

#include "kubeconfig/yaml_json.h"

namespace kctl::cmd {
namespace {

// hashOnLineBreak: "# " after each line break not already followed by '#'.
std::string hash_on_line_break(std::string_view s) {
  std::string r;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n' && i + 1 < s.size() && s[i + 1] != '#') r += "\n# ";
    else r += s[i];
  }
  return r;
}

std::string_view trim_space(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n\v\f");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n\v\f") - first + 1);
}

bool looks_like_json(std::string_view text) {
  const std::string_view t = trim_space(text);
  return !t.empty() && t.front() == '{';
}

// StripComments' JSON form of YAML text; nullopt when it does not parse.
std::optional<std::string> yaml_as_json(std::string_view text) {
  try {
    YAML::Node node = YAML::Load(std::string(text));
    if (!node.IsDefined() || node.IsNull()) return std::string("null");
    return nlohmann::json(kubeconfig::to_json(node, true, text)).dump();
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
}

std::string stripped(std::string_view text) {
  if (looks_like_json(text)) return std::string(text);
  if (auto js = yaml_as_json(text)) return "json:" + *js;
  return "text:" + manual_strip(text);
}

}  // namespace

std::string edit_header(EditMode mode, const std::vector<EditReason>& reasons) {
  std::string h = mode == EditMode::ApplyLastApplied
                      ? "# Please edit the 'last-applied-configuration' annotations below.\n"
                        "# Lines beginning with a '#' will be ignored, and an empty file will abort the edit.\n"
                        "#\n"
                      : "# Please edit the object below. Lines beginning with a '#' will be ignored,\n"
                        "# and an empty file will abort the edit. If an error occurs while saving this file will be\n"
                        "# reopened with the relevant failures.\n"
                        "#\n";
  for (const auto& r : reasons) {
    h += "# " + hash_on_line_break(r.head) + (r.other.empty() ? "\n" : ":\n");
    for (const auto& o : r.other) h += "# * " + hash_on_line_break(o) + "\n";
    h += "#\n";
  }
  return h;
}

std::string manual_strip(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find('\n', start);
    const std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    const std::string_view t = trim_space(line);
    const bool comment = !t.empty() && t.front() == '#' && !(t.size() > 1 && t[1] == '!');
    if (!comment) {
      out += line;
      if (end != std::string_view::npos) out += '\n';
    }
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

bool same_without_comments(std::string_view a, std::string_view b) { return stripped(a) == stripped(b); }

bool has_content_lines(std::string_view text) {
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view t = trim_space(text.substr(start, end - start));
    if (!t.empty() && t.front() != '#') return true;
    start = end + 1;
  }
  return false;
}

std::string to_crlf(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

}  // namespace kctl::cmd
