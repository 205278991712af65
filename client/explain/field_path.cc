#include "client/explain/field_path.h"

#include <cstdio>
#include <cstdlib>

#include "client/ascii.h"

namespace kctl::explain {
namespace {

Error path_error(std::string message) { return make_error(ErrorKind::Internal, std::move(message)); }

bool is_terminator(char c) {
  switch (c) {
    case ' ': case '\t': case '\r': case '\n': case '.': case ',': case '[': case ']':
    case '$': case '@': case '{': case '}':
      return true;
    default:
      return false;
  }
}

// ASCII letters, digits and '_', plus any non-ASCII byte (a letter in
// practice: explain arguments are resource and field names).
bool is_alphanumeric(char c) {
  return c == '_' || is_ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Go's %#U for an ASCII rune: U+007B '{'.
std::string go_rune(char c) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X '%c'", static_cast<unsigned char>(c), c);
  return buf;
}

// client-go's jsonpath parser, for the one action explain builds. Only
// the node kinds matter here, so non-field nodes keep no value.
class PathParser {
 public:
  explicit PathParser(std::string_view text) : in_(text) {}

  // The nodes of the single "{...}" action, or how the text is invalid.
  Result<std::vector<PathNode>> parse() {
    if (in_.substr(0, 1) != "{") return path_error("must pass in 1 jsonpath string");
    pos_ = 1;
    if (auto r = inside_action(); !r) return r.take_error();
    if (!closed_) return path_error("unclosed action");
    if (pos_ < in_.size()) {
      // Text after the action is a second node of the template.
      if (in_.find('{', pos_) != std::string_view::npos) {
        PathParser rest(in_.substr(in_.find('{', pos_)));
        if (auto r = rest.parse(); !r) return r.take_error();
      }
      return path_error("must pass in 1 jsonpath string");
    }
    return std::move(nodes_);
  }

 private:
  bool at(std::string_view prefix) const { return in_.substr(pos_, prefix.size()) == prefix; }
  bool at_end() const { return pos_ >= in_.size(); }

  Result<> inside_action() {
    while (true) {
      if (at("}")) {
        ++pos_;
        closed_ = true;
        return {};
      }
      if (at("[?(")) {
        if (auto r = filter(); !r) return r;
        continue;
      }
      if (at("..")) {
        if (!nodes_.empty() && nodes_.back().type == PathNode::Type::Other && nodes_.back().name == "..")
          return path_error("invalid multiple recursive descent");
        pos_ += 2;
        nodes_.push_back({PathNode::Type::Other, ".."});
        if (!at_end() && is_alphanumeric(in_[pos_])) field();
        continue;
      }
      if (at_end() || in_[pos_] == '\r' || in_[pos_] == '\n') return path_error("unclosed action");
      char c = in_[pos_++];
      if (c == ' ' || c == '@' || c == '$') continue;
      Result<> step;
      if (c == '[') step = array();
      else if (c == '"' || c == '\'') step = quoted(c);
      else if (c == '.') field();
      else if (c == '+' || c == '-' || is_ascii_digit(c)) step = number(pos_ - 1);
      else if (is_alphanumeric(c)) identifier();
      else return path_error("unrecognized character in action: " + go_rune(c));
      if (!step) return step;
    }
  }

  // A field name up to the next unescaped terminator; "*" is a wildcard.
  void field() {
    std::string name;
    while (!at_end() && !is_terminator(in_[pos_])) {
      if (in_[pos_] == '\\' && pos_ + 1 < in_.size()) ++pos_;
      name += in_[pos_++];
    }
    if (name == "*") nodes_.push_back({PathNode::Type::Other, "*"});
    else nodes_.push_back({PathNode::Type::Field, std::move(name)});
  }

  void identifier() {
    while (!at_end() && !is_terminator(in_[pos_])) ++pos_;
    nodes_.push_back({PathNode::Type::Other, {}});
  }

  Result<> number(std::size_t start) {
    while (!at_end() && (in_[pos_] == '.' || is_ascii_digit(in_[pos_]))) ++pos_;
    std::string text(in_.substr(start, pos_ - start));
    char* end = nullptr;
    std::strtod(text.c_str(), &end);
    bool has_digit = text.find_first_of("0123456789") != std::string::npos;
    if (!has_digit || end != text.c_str() + text.size()) return path_error("cannot parse number " + text);
    nodes_.push_back({PathNode::Type::Other, {}});
    return {};
  }

  Result<> quoted(char quote) {
    while (true) {
      if (at_end() || in_[pos_] == '\n') return path_error("unterminated quoted string");
      char c = in_[pos_++];
      if (c == quote && in_[pos_ - 2] != '\\') break;
    }
    nodes_.push_back({PathNode::Type::Other, {}});
    return {};
  }

  Result<> filter() {
    pos_ += 3;
    bool begin = false, end = false;
    char pair = 0;
    while (true) {
      if (at_end() || in_[pos_] == '\n') return path_error("unterminated filter");
      char c = in_[pos_++];
      if (c == '"' || c == '\'') {
        if (!begin) {
          begin = true;
          pair = c;
        } else if (in_[pos_ - 2] != '\\' && c == pair) {
          end = true;
        }
      } else if (c == ')' && begin == end) {
        break;
      }
    }
    if (at_end() || in_[pos_++] != ']') return path_error("unclosed array expect ]");
    nodes_.push_back({PathNode::Type::Other, {}});
    return {};
  }

  // [index], [start:end:step], [a,b], ['key'] (a field step).
  Result<> array() {
    std::size_t start = pos_;
    while (true) {
      if (at_end() || in_[pos_] == '\n') return path_error("unterminated array");
      if (in_[pos_++] == ']') break;
    }
    std::string text(in_.substr(start, pos_ - 1 - start));
    if (text == "*") text = ":";
    if (text.find(',') != std::string::npos) {
      std::size_t from = 0;
      while (true) {
        std::size_t comma = text.find(',', from);
        std::string part = text.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        std::size_t first = part.find_first_not_of(' '), last = part.find_last_not_of(' ');
        part = first == std::string::npos ? std::string() : part.substr(first, last - first + 1);
        if (auto r = PathParser("{[" + part + "]}").parse(); !r) return r.take_error();
        if (comma == std::string::npos) break;
        from = comma + 1;
      }
      nodes_.push_back({PathNode::Type::Other, {}});
      return {};
    }
    if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'' &&
        text.find('\'', 1) == text.size() - 1) {
      auto inner = PathParser("{." + text.substr(1, text.size() - 2) + "}").parse();
      if (!inner) return inner.take_error();
      for (PathNode& n : *inner) nodes_.push_back(std::move(n));
      return {};
    }
    if (!is_slice(text)) return path_error("invalid array index " + text);
    if (auto bad = lone_minus(text); !bad.empty()) return path_error("array index " + bad + " is not a number");
    nodes_.push_back({PathNode::Type::Other, {}});
    return {};
  }

  // A slice part that is only "-" ("" when none is): not a number.
  static std::string lone_minus(std::string_view slice) {
    std::size_t from = 0;
    while (true) {
      std::size_t colon = slice.find(':', from);
      if (slice.substr(from, colon == std::string_view::npos ? std::string_view::npos : colon - from) == "-") return "-";
      if (colon == std::string_view::npos) return {};
      from = colon + 1;
    }
  }

  // ^(-?\d*)(:-?\d*)?(:-?\d*)?$
  static bool is_slice(std::string_view text) {
    std::size_t i = 0;
    for (int part = 0; part < 3; ++part) {
      if (part > 0) {
        if (i == text.size()) return true;
        if (text[i] != ':') return false;
        ++i;
      }
      if (i < text.size() && text[i] == '-') ++i;
      while (i < text.size() && is_ascii_digit(text[i])) ++i;
    }
    return i == text.size();
  }

  std::string_view in_;
  std::size_t pos_ = 0;
  bool closed_ = false;
  std::vector<PathNode> nodes_;
};

bool ends_with_dot(std::string_view s) { return !s.empty() && s.back() == '.'; }

// The field names of `nodes`, or kubectl's complaint about the first node
// that is not a field.
Result<std::vector<std::string>> field_names(const std::vector<PathNode>& nodes, std::size_t from,
                                             const char* complaint) {
  std::vector<std::string> names;
  for (std::size_t i = from; i < nodes.size(); ++i) {
    if (nodes[i].type != PathNode::Type::Field) return path_error(complaint);
    names.push_back(nodes[i].name);
  }
  return names;
}

constexpr const char* kFirstNodeMustBeField = "invalid jsonpath syntax, first node must be field node";
constexpr const char* kAllNodesMustBeFields = "invalid jsonpath syntax, all nodes must be field nodes";

}  // namespace

Result<std::vector<PathNode>> parse_path_nodes(std::string_view arg) {
  if (ends_with_dot(arg)) arg.remove_suffix(1);
  std::string text = "{." + std::string(arg) + "}";
  return PathParser(text).parse();
}

Result<std::string> resource_of(std::string_view arg) {
  auto nodes = parse_path_nodes(arg);
  if (!nodes) return nodes.take_error();
  if (nodes->empty() || nodes->front().type != PathNode::Type::Field) return path_error(kFirstNodeMustBeField);
  return nodes->front().name;
}

Result<std::vector<std::string>> fields_after_resource(std::string_view arg) {
  auto nodes = parse_path_nodes(arg);
  if (!nodes) return nodes.take_error();
  return field_names(*nodes, 1, kAllNodesMustBeFields);
}

Result<ResourceMatch> match_group_resource(std::string_view arg, const std::vector<std::string>& group_resources) {
  for (std::size_t i = 0; i < group_resources.size(); ++i) {
    const std::string& gr = group_resources[i];
    if (arg.substr(0, gr.size()) != gr) continue;
    ResourceMatch match{i, {}};
    std::string_view suffix = arg.substr(gr.size());
    if (!suffix.empty()) {
      auto nodes = parse_path_nodes(suffix);
      if (!nodes) return nodes.take_error();
      auto fields = field_names(*nodes, 1, kFirstNodeMustBeField);
      if (!fields) return fields.take_error();
      match.fields = std::move(*fields);
    }
    return match;
  }
  auto nodes = parse_path_nodes(arg);
  if (!nodes) return nodes.take_error();
  auto fields = field_names(*nodes, 1, kFirstNodeMustBeField);
  if (!fields) return fields.take_error();
  return ResourceMatch{0, std::move(*fields)};
}

}  // namespace kctl::explain
