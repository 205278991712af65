#include "client/printers/jsonpath_parser.h"

#include <charconv>
#include <cstdio>
#include <optional>

#include "client/ascii.h"
#include "client/printers/go_unquote.h"

namespace kctl::printers {
namespace {

using Node = JsonPathNode;
using Kind = JsonPathNode::Kind;

constexpr char32_t kEof = static_cast<char32_t>(-1);
constexpr char32_t kRuneError = 0xFFFD;

Error parse_error(std::string message) { return make_error(ErrorKind::Internal, std::move(message)); }

bool is_space(char32_t r) { return r == ' ' || r == '\t'; }
bool is_end_of_line(char32_t r) { return r == '\r' || r == '\n'; }
// Go's unicode.IsLetter, exact for ASCII and Latin-1; beyond that the
// common blocks of punctuation, symbols and emoji are not letters and the
// rest are.
bool is_non_ascii_letter(char32_t r) {
  if (r < 0x80 || r == kEof || r == kRuneError) return false;
  if (r <= 0xBF) return r == 0xAA || r == 0xB5 || r == 0xBA;
  if (r == 0xD7 || r == 0xF7) return false;
  const bool symbol_block = (r >= 0x2000 && r <= 0x2BFF) || (r >= 0x3000 && r <= 0x303F) ||
                            (r >= 0xFE30 && r <= 0xFE4F) || (r >= 0xFF00 && r <= 0xFF20) ||
                            (r >= 0x1F000 && r <= 0x1FAFF);
  return !symbol_block;
}

bool is_alphanumeric(char32_t r) {
  return r == '_' || is_ascii_digit(r) || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || is_non_ascii_letter(r);
}
bool is_terminator(char32_t r) {
  if (is_space(r) || is_end_of_line(r)) return true;
  switch (r) {
    case kEof: case '.': case ',': case '[': case ']': case '$': case '@': case '{': case '}': return true;
    default: return false;
  }
}

// Go's %#U: "U+0023 '#'", without the quoted character when not printable.
std::string describe_rune(char32_t r, std::string_view encoded) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
  std::string out = buf;
  const bool printable = r >= 0x80 ? r != kRuneError : (r >= 0x20 && r < 0x7F);
  if (printable) out += " '" + std::string(encoded) + "'";
  return out;
}

// "^(-?\d*)(:-?\d*)?(:-?\d*)?$": the three groups of a slice, nullopt when
// the text is not one.
std::optional<std::array<std::string, 3>> match_slice(std::string_view text) {
  std::array<std::string, 3> groups;
  std::size_t i = 0;
  auto take_number = [&](std::string& group) {
    if (i < text.size() && text[i] == '-') group += text[i++];
    while (i < text.size() && is_ascii_digit(static_cast<unsigned char>(text[i]))) group += text[i++];
  };
  take_number(groups[0]);
  for (int g = 1; g < 3 && i < text.size() && text[i] == ':'; ++g) {
    groups[g] += text[i++];
    take_number(groups[g]);
  }
  if (i != text.size()) return std::nullopt;
  return groups;
}

std::optional<std::int64_t> parse_int(std::string_view text) {
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

std::optional<double> parse_float(std::string_view text) {
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// prefix + body + suffix, built by appending (GCC 12 warns falsely on
// operator+ chains of this shape).
std::string concat(std::string_view prefix, std::string_view body, std::string_view suffix = {}) {
  std::string out;
  out.reserve(prefix.size() + body.size() + suffix.size());
  out.append(prefix).append(body).append(suffix);
  return out;
}

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

class Parser {
 public:
  explicit Parser(std::string_view input) : input_(input) {}

  Result<Node> parse() {
    Node root;
    while (true) {
      append_text(root);
      if (pos_ >= input_.size()) return root;
      // At "{": one action.
      pos_ += 1;
      consume();
      root.children.push_back(Node::of(Kind::List));
      if (auto r = parse_action_body(root.children.back()); !r) return r.take_error();
    }
  }

 private:
  // The text up to the next "{" (or the end) as a Text node.
  void append_text(Node& root) {
    const auto brace = input_.find('{', pos_);
    pos_ = brace == std::string_view::npos ? input_.size() : brace;
    if (pos_ > start_) root.children.push_back(Node::of(Kind::Text, std::string(consume())));
  }

  char32_t next() {
    if (pos_ >= input_.size()) {
      width_ = 0;
      return kEof;
    }
    const auto c = static_cast<unsigned char>(input_[pos_]);
    char32_t r = c;
    std::size_t w = 1;
    if (c >= 0x80) {
      const std::size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
      if (need == 0 || pos_ + need > input_.size()) {
        r = kRuneError;
      } else {
        r = c & (0xFF >> (need + 1));
        w = need;
        for (std::size_t k = 1; k < need; ++k) {
          const auto cc = static_cast<unsigned char>(input_[pos_ + k]);
          if ((cc & 0xC0) != 0x80) {
            r = kRuneError;
            w = 1;
            break;
          }
          r = (r << 6) | (cc & 0x3F);
        }
      }
    }
    width_ = w;
    pos_ += w;
    return r;
  }
  char32_t peek() {
    const char32_t r = next();
    backup();
    return r;
  }
  void backup() { pos_ -= width_; }
  std::string_view consume() {
    auto value = input_.substr(start_, pos_ - start_);
    start_ = pos_;
    return value;
  }
  bool at(std::string_view prefix) const { return input_.substr(pos_).substr(0, prefix.size()) == prefix; }

  // The nodes of one action, up to its "}".
  Result<> parse_action_body(Node& cur) {
    while (true) {
      if (at("}")) {
        pos_ += 1;
        consume();
        return {};
      }
      Result<> step;
      if (at("[?(")) {
        step = parse_filter(cur);
      } else if (at("..")) {
        step = parse_recursive(cur);
      } else {
        const std::size_t rune_start = pos_;
        const char32_t r = next();
        if (r == kEof || is_end_of_line(r)) return parse_error("unclosed action");
        if (r == ' ' || r == '@' || r == '$') {
          consume();
        } else if (r == '[') {
          step = parse_array(cur);
        } else if (r == '"' || r == '\'') {
          step = parse_quote(cur, r);
        } else if (r == '.') {
          step = parse_field(cur);
        } else if (r == '+' || r == '-' || is_ascii_digit(r)) {
          backup();
          step = parse_number(cur);
        } else if (is_alphanumeric(r)) {
          backup();
          parse_identifier(cur);
        } else {
          return parse_error("unrecognized character in action: " +
                             describe_rune(r, input_.substr(rune_start, pos_ - rune_start)));
        }
      }
      if (!step) return step;
    }
  }

  void parse_identifier(Node& cur) {
    while (!is_terminator(next())) {
    }
    backup();
    std::string value(consume());
    if (value == "true" || value == "false") {
      Node node = Node::of(Kind::Bool);
      node.bool_value = value == "true";
      cur.children.push_back(std::move(node));
    } else {
      cur.children.push_back(Node::of(Kind::Identifier, std::move(value)));
    }
  }

  Result<> parse_recursive(Node& cur) {
    if (!cur.children.empty() && cur.children.back().kind == Kind::Recursive)
      return parse_error("invalid multiple recursive descent");
    pos_ += 2;
    consume();
    cur.children.push_back(Node::of(Kind::Recursive));
    if (is_alphanumeric(peek())) return parse_field(cur);
    return {};
  }

  Result<> parse_number(Node& cur) {
    const char32_t sign = peek();
    if (sign == '+' || sign == '-') next();
    char32_t r;
    do {
      r = next();
    } while (r == '.' || is_ascii_digit(r));
    backup();
    const std::string_view value = consume();
    if (auto i = parse_int(value)) {
      Node node = Node::of(Kind::Int);
      node.int_value = *i;
      cur.children.push_back(std::move(node));
      return {};
    }
    if (auto d = parse_float(value)) {
      Node node = Node::of(Kind::Float);
      node.float_value = *d;
      cur.children.push_back(std::move(node));
      return {};
    }
    return parse_error("cannot parse number " + std::string(value));
  }

  Result<> parse_array(Node& cur) {
    while (true) {
      const char32_t r = next();
      if (r == kEof || r == '\n') return parse_error("unterminated array");
      if (r == ']') break;
    }
    std::string_view text = consume();
    text = text.substr(1, text.size() - 2);
    if (text == "*") text = ":";

    if (text.find(',') != std::string_view::npos) return parse_union(cur, text);

    // ['key']: the key as a field path.
    if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'' &&
        text.substr(1, text.size() - 2).find('\'') == std::string_view::npos) {
      auto list = parse_action_text(concat(".", text.substr(1, text.size() - 2)));
      if (!list) return list.take_error();
      for (auto& node : list->children) cur.children.push_back(std::move(node));
      return {};
    }

    auto groups = match_slice(text);
    if (!groups) return parse_error("invalid array index " + std::string(text));
    Node node = Node::of(Kind::Array);
    for (std::size_t i = 0; i < 3; ++i) {
      std::string_view group = (*groups)[i];
      SliceBound& bound = node.bounds[i];
      if (!group.empty()) {
        if (i > 0) group.remove_prefix(1);
        if (i > 0 && group.empty()) continue;  // "a:" — not known
        auto value = parse_int(group);
        if (!value) return parse_error("array index " + std::string(group) + " is not a number");
        bound.known = true;
        bound.value = *value;
      } else if (i == 1) {
        bound = {true, node.bounds[0].value + 1, true};
      }
    }
    cur.children.push_back(std::move(node));
    return {};
  }

  Result<> parse_union(Node& cur, std::string_view text) {
    Node node = Node::of(Kind::Union);
    std::size_t from = 0;
    while (true) {
      const auto comma = text.find(',', from);
      const auto member = trim_spaces(text.substr(from, comma == std::string_view::npos ? comma : comma - from));
      auto list = parse_action_text(concat("[", member, "]"));
      if (!list) return list.take_error();
      node.children.push_back(std::move(*list));
      if (comma == std::string_view::npos) break;
      from = comma + 1;
    }
    cur.children.push_back(std::move(node));
    return {};
  }

  Result<> parse_filter(Node& cur) {
    pos_ += 3;
    consume();
    bool begin = false;
    bool end = false;
    char32_t pair = 0;
    while (true) {
      const char32_t r = next();
      if (r == kEof || r == '\n') return parse_error("unterminated filter");
      if (r == '"' || r == '\'') {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (input_[pos_ - 2] != '\\' && r == pair) end = true;
      } else if (r == ')' && begin == end) {
        break;
      }
    }
    if (next() != ']') return parse_error("unclosed array expect ]");
    std::string_view text = consume();
    text.remove_suffix(2);

    Node node = Node::of(Kind::Filter);
    // "^([^!<>=]+)([!<>=]+)(.+?)$": left, operator, right.
    const auto op_begin = text.find_first_of("!<>=");
    if (op_begin == 0 || op_begin == std::string_view::npos || op_begin + 1 >= text.size()) {
      auto list = parse_action_text(text);
      if (!list) return list.take_error();
      node.text = "exists";
      node.children.push_back(std::move(*list));
      node.children.push_back(Node::of(Kind::List));
    } else {
      auto op_end = text.find_first_not_of("!<>=", op_begin);
      if (op_end == std::string_view::npos) op_end = text.size() - 1;  // the right side keeps one character
      auto left = parse_action_text(text.substr(0, op_begin));
      if (!left) return left.take_error();
      auto right = parse_action_text(text.substr(op_end));
      if (!right) return right.take_error();
      node.text = std::string(text.substr(op_begin, op_end - op_begin));
      node.children.push_back(std::move(*left));
      node.children.push_back(std::move(*right));
    }
    cur.children.push_back(std::move(node));
    return {};
  }

  Result<> parse_quote(Node& cur, char32_t quote) {
    while (true) {
      const char32_t r = next();
      if (r == kEof || r == '\n') return parse_error("unterminated quoted string");
      if (r == quote && input_[pos_ - 2] != '\\') break;
    }
    const std::string_view value = consume();
    auto text = go_unquote_extended(value);
    if (!text) return parse_error("unquote string " + std::string(value) + " error invalid syntax");
    cur.children.push_back(Node::of(Kind::Text, std::move(*text)));
    return {};
  }

  Result<> parse_field(Node& cur) {
    consume();
    while (true) {
      const char32_t r = next();
      if (r == '\\') {
        next();
      } else if (is_terminator(r)) {
        backup();
        break;
      }
    }
    std::string value(consume());
    if (value == "*") {
      cur.children.push_back(Node::of(Kind::Wildcard));
      return {};
    }
    std::erase(value, '\\');
    cur.children.push_back(Node::of(Kind::Field, std::move(value)));
    return {};
  }

  // Go's parseAction: the text parsed as "{text}", its first action.
  static Result<Node> parse_action_text(std::string_view text) {
    const std::string action = concat("{", text, "}");
    auto root = Parser(action).parse();
    if (!root) return root.take_error();
    return std::move(root->children.front());
  }

  std::string_view input_;
  std::size_t pos_ = 0;
  std::size_t start_ = 0;
  std::size_t width_ = 0;
};

}  // namespace

Result<JsonPathNode> parse_jsonpath_template(std::string_view text) { return Parser(text).parse(); }

}  // namespace kctl::printers
