#include "client/explain/text_wrap.h"

#include <cstdint>

#include "client/ascii.h"

namespace kctl::explain {
namespace {

// Decodes the UTF-8 sequence at `pos` (a lone byte for invalid input);
// returns the code point and advances `pos`.
std::uint32_t next_rune(std::string_view s, std::size_t& pos) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = byte(pos);
  std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (pos + len > s.size()) len = 1;
  for (std::size_t i = 1; i < len; ++i)
    if ((byte(pos + i) & 0xC0) != 0x80) len = 1;
  std::uint32_t r = len == 1 ? c : c & (0x7F >> len);
  for (std::size_t i = 1; i < len; ++i) r = (r << 6) | (byte(pos + i) & 0x3F);
  pos += len;
  return r;
}

// Go's unicode.IsSpace, which strings.Fields and strings.TrimSpace use.
bool is_go_space(std::uint32_t r) {
  switch (r) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return r >= 0x2000 && r <= 0x200A;
  }
}

// strings.Fields.
std::vector<std::string_view> fields_of(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t pos = 0, start = std::string_view::npos;
  while (pos < s.size()) {
    std::size_t at = pos;
    bool space = is_go_space(next_rune(s, pos));
    if (space && start != std::string_view::npos) {
      words.push_back(s.substr(start, at - start));
      start = std::string_view::npos;
    } else if (!space && start == std::string_view::npos) {
      start = at;
    }
  }
  if (start != std::string_view::npos) words.push_back(s.substr(start));
  return words;
}

// strings.TrimSpace.
std::string_view trim_space(std::string_view s) {
  std::size_t pos = 0, first = s.size(), end = 0;
  while (pos < s.size()) {
    std::size_t at = pos;
    if (!is_go_space(next_rune(s, pos))) {
      if (first == s.size()) first = at;
      end = pos;
    }
  }
  return first == s.size() ? std::string_view() : s.substr(first, end - first);
}

// The bullet pattern ^(\d+\.?|-|\*)\s (RE2's \s: tab, newline, form feed,
// carriage return, space).
bool starts_list_item(std::string_view s) {
  auto is_re2_space = [](char c) { return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '; };
  std::size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '*')) return s.size() > 1 && is_re2_space(s[1]);
  while (i < s.size() && is_ascii_digit(s[i])) ++i;
  if (i == 0) return false;
  // \d+ may give back digits, but a digit is never a space, so only the
  // longest run (with or without its '.') can be followed by one.
  if (i < s.size() && s[i] == '.' && i + 1 < s.size() && is_re2_space(s[i + 1])) return true;
  return i < s.size() && is_re2_space(s[i]);
}

bool is_code_line(std::string_view line) { return line.substr(0, 4) == "    "; }

bool starts_new_line(std::string_view last_word, std::string_view line) {
  if (!last_word.empty() && last_word.back() == ':') return true;
  if (is_code_line(line)) return true;
  std::string_view trimmed = trim_space(line);
  return trimmed.empty() || starts_list_item(trimmed);
}

// The words of the line being filled.
class LineBuilder {
 public:
  explicit LineBuilder(int width) : width_(width) {}
  bool empty() const { return words_ == 0; }
  // Adds `word` if it fits (an empty line takes any word).
  bool add(std::string_view word) {
    std::size_t len = words_ == 0 ? word.size() : text_.size() + 1 + word.size();
    if (words_ != 0 && static_cast<long>(len) > width_) return false;
    if (words_ != 0) text_ += ' ';
    text_ += word;
    ++words_;
    return true;
  }
  std::string take() {
    words_ = 0;
    return std::move(text_);
  }

 private:
  int width_;
  std::string text_;
  int words_ = 0;
};

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, int width) {
  std::vector<std::string> wrapped;
  LineBuilder line(width);
  std::string_view last_word;
  auto flush = [&] {
    if (line.empty()) return;
    last_word = {};
    wrapped.push_back(line.take());
    line = LineBuilder(width);
  };
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find('\n', start);
    std::string_view source_line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (is_code_line(source_line)) {
      flush();
      wrapped.emplace_back(source_line);
    } else if (!wrapped.empty() && trim_space(source_line).empty()) {
      flush();
      wrapped.emplace_back();
    } else {
      if (starts_new_line(last_word, source_line)) flush();
      for (std::string_view word : fields_of(source_line)) {
        last_word = word;
        if (!line.add(word)) {
          flush();
          line.add(word);
        }
      }
    }
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  flush();
  return wrapped;
}

}  // namespace kctl::explain
