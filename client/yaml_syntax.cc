#include "client/yaml_syntax.h"

#include <yaml.h>

#include <string>
#include <vector>

namespace kctl::client {
namespace {

// RAII for libyaml's parser and its current event.
class YamlParser {
 public:
  explicit YamlParser(std::string_view text) {
    ok_ = yaml_parser_initialize(&parser_) != 0;
    if (ok_)
      yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~YamlParser() {
    if (ok_) yaml_parser_delete(&parser_);
  }
  YamlParser(const YamlParser&) = delete;
  YamlParser& operator=(const YamlParser&) = delete;

  // Reads every event; the error of the first that fails.
  std::optional<std::string> first_error() {
    if (!ok_) return std::nullopt;
    // go-yaml's scanner limits (max_flow_level, max_indents): libyaml has
    // none, and its scan slows down quadratically with the nesting.
    constexpr int kMaxDepth = 10000;
    int flow = 0, block = 0;
    for (;;) {
      yaml_event_t event;
      if (yaml_parser_parse(&parser_, &event) == 0) return describe();
      const bool end = event.type == YAML_STREAM_END_EVENT;
      int* depth = nullptr;
      if (event.type == YAML_SEQUENCE_START_EVENT || event.type == YAML_SEQUENCE_END_EVENT)
        depth = is_flow(event) ? &flow : &block;
      if (event.type == YAML_MAPPING_START_EVENT || event.type == YAML_MAPPING_END_EVENT)
        depth = is_flow(event) ? &flow : &block;
      const bool opens = event.type == YAML_SEQUENCE_START_EVENT || event.type == YAML_MAPPING_START_EVENT;
      // A scanner error's line, none on the first (describe() below).
      const std::size_t line = event.start_mark.line;
      yaml_event_delete(&event);
      if (depth != nullptr && opens && ++*depth > kMaxDepth)
        return "yaml: " + (line != 0 ? "line " + std::to_string(line + 1) + ": " : std::string()) +
               "exceeded max depth of " + std::to_string(kMaxDepth);
      if (depth != nullptr && !opens) --*depth;
      if (end) return std::nullopt;
    }
  }

 private:
  // End events carry no style: they close the innermost open collection.
  bool is_flow(const yaml_event_t& event) {
    switch (event.type) {
      case YAML_SEQUENCE_START_EVENT:
        flow_open_.push_back(event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE);
        return flow_open_.back();
      case YAML_MAPPING_START_EVENT:
        flow_open_.push_back(event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE);
        return flow_open_.back();
      default: {
        const bool flow = !flow_open_.empty() && flow_open_.back();
        if (!flow_open_.empty()) flow_open_.pop_back();
        return flow;
      }
    }
  }

  // go-yaml's parser.fail(): the problem's line (a scanner error's counted
  // from one, the others from zero, as go-yaml leaves them), else the
  // context's.
  std::string describe() const {
    std::size_t line = 0;
    if (parser_.problem_mark.line != 0) {
      line = parser_.problem_mark.line;
      if (parser_.error == YAML_SCANNER_ERROR) ++line;
    } else if (parser_.context_mark.line != 0) {
      line = parser_.context_mark.line;
    }
    std::string message = "yaml: ";
    if (line != 0) message += "line " + std::to_string(line) + ": ";
    message += parser_.problem != nullptr ? parser_.problem : "unknown problem parsing YAML content";
    return message;
  }

  yaml_parser_t parser_{};
  bool ok_ = false;
  std::vector<bool> flow_open_;  // the open collections, innermost last
};

bool is_separator(std::string_view line) {
  if (line.substr(0, 3) != "---") return false;
  return line.find_first_not_of(" \t\r\n\f\v", 3) == std::string_view::npos;
}

}  // namespace

std::vector<std::string_view> split_yaml_documents(std::string_view text) {
  std::vector<std::string_view> docs;
  std::size_t start = 0, pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    end = end == std::string_view::npos ? text.size() : end + 1;
    if (is_separator(text.substr(pos, end - pos))) {
      if (pos > start) docs.push_back(text.substr(start, pos - start));
      start = end;
    }
    pos = end;
  }
  if (start < text.size()) docs.push_back(text.substr(start));
  return docs;
}

std::optional<std::string> go_yaml_syntax_error(std::string_view text) {
  for (auto doc : split_yaml_documents(text)) {
    YamlParser parser(doc);
    if (auto e = parser.first_error()) return e;
  }
  return std::nullopt;
}

}  // namespace kctl::client
