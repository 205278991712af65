#include "client/printers/go_quote.h"

#include <cstdio>

namespace kctl::printers {

// Go's %q (strconv.Quote) for the server's text: printable characters as
// they are, the rest escaped (lower-case hex). Multi-byte characters are
// kept, except the invisible ones Go escapes (C1 controls, NBSP, U+2028/9,
// U+FEFF).
std::string go_quote(const std::string& s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char buf[12];
    switch (c) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\a': out += "\\a"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\v': out += "\\v"; continue;
      default: break;
    }
    if (c < 0x20 || c == 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else if (c == 0xC2 && i + 1 < s.size() &&
               (static_cast<unsigned char>(s[i + 1]) < 0xA1 || static_cast<unsigned char>(s[i + 1]) == 0xAD)) {
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(s[i + 1]));
      out += buf;
      ++i;
    } else if (s.compare(i, 3, "\xE2\x80\xA8") == 0 || s.compare(i, 3, "\xE2\x80\xA9") == 0 ||
               s.compare(i, 3, "\xEF\xBB\xBF") == 0) {
      std::snprintf(buf, sizeof buf, "\\u%04x",
                    c == 0xEF ? 0xFEFF : 0x2028 + (static_cast<unsigned char>(s[i + 2]) - 0xA8));
      out += buf;
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace kctl::printers
