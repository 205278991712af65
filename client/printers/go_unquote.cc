#include "client/printers/go_unquote.h"

#include <cstdint>

namespace kctl::printers {
namespace {

void append_utf8(std::string& out, std::uint32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool valid_rune(std::uint32_t r) { return r <= 0x10FFFF && (r < 0xD800 || r > 0xDFFF); }

// One escape sequence after the backslash (strconv.UnquoteChar); false on
// invalid syntax.
bool unescape(std::string_view& s, char quote, std::string& out) {
  if (s.empty()) return false;
  const char c = s[0];
  s.remove_prefix(1);
  switch (c) {
    case 'a': out += '\a'; return true;
    case 'b': out += '\b'; return true;
    case 'f': out += '\f'; return true;
    case 'n': out += '\n'; return true;
    case 'r': out += '\r'; return true;
    case 't': out += '\t'; return true;
    case 'v': out += '\v'; return true;
    case '\\': out += '\\'; return true;
    case '\'':
    case '"':
      if (c != quote) return false;
      out += c;
      return true;
    case 'x':
    case 'u':
    case 'U': {
      const std::size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      if (s.size() < n) return false;
      std::uint32_t v = 0;
      for (std::size_t i = 0; i < n; ++i) {
        const int h = hex_value(s[i]);
        if (h < 0) return false;
        v = (v << 4) | static_cast<std::uint32_t>(h);
      }
      s.remove_prefix(n);
      if (c == 'x') {
        out += static_cast<char>(v);  // a byte, not a character
        return true;
      }
      if (!valid_rune(v)) return false;
      append_utf8(out, v);
      return true;
    }
    default:
      if (c < '0' || c > '7' || s.size() < 2) return false;
      std::uint32_t v = static_cast<std::uint32_t>(c - '0');
      for (int i = 0; i < 2; ++i) {
        if (s[0] < '0' || s[0] > '7') return false;
        v = (v << 3) | static_cast<std::uint32_t>(s[0] - '0');
        s.remove_prefix(1);
      }
      if (v > 255) return false;
      out += static_cast<char>(v);
      return true;
  }
}

}  // namespace

std::optional<std::string> go_unquote_extended(std::string_view quoted) {
  if (quoted.size() < 2) return std::nullopt;
  const char quote = quoted.front();
  if (quote != quoted.back() || (quote != '"' && quote != '\'')) return std::nullopt;
  std::string_view s = quoted.substr(1, quoted.size() - 2);
  std::string out;
  while (!s.empty()) {
    const char c = s[0];
    if (c == quote) return std::nullopt;
    if (c != '\\') {
      out += c;  // bytes of multi-byte characters are copied as they are
      s.remove_prefix(1);
      continue;
    }
    s.remove_prefix(1);
    if (!unescape(s, quote, out)) return std::nullopt;
  }
  return out;
}

}  // namespace kctl::printers
