#include "client/explain/go_wordwrap.h"

#include <cstddef>

namespace kctl::explain {
namespace {

// One rune of UTF-8 text as Go's range loop reads it: an invalid byte is
// U+FFFD, written back as its three-byte encoding.
struct Rune {
  char32_t code;
  std::string_view bytes;  // what is written out
  std::size_t size;        // how many input bytes it took
};

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

Rune next_rune(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, s.substr(i, 1), 1};
  int len = b0 >= 0xF0 && b0 < 0xF5 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return {0xFFFD, kReplacement, 1};
  char32_t code = b0 & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, kReplacement, 1};
    code = (code << 6) | (b & 0x3F);
  }
  const bool overlong = (len == 3 && code < 0x800) || (len == 4 && code < 0x10000);
  if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {0xFFFD, kReplacement, 1};
  return {code, s.substr(i, len), static_cast<std::size_t>(len)};
}

// Go's unicode.IsSpace, without U+00A0 (go-wordwrap keeps no-break spaces
// inside words).
bool is_space(char32_t c) {
  switch (c) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

}  // namespace

std::string go_wordwrap(std::string_view text, unsigned limit) {
  std::string out;
  out.reserve(text.size());
  std::string word, space;
  unsigned current = 0, word_len = 0, space_len = 0;
  auto flush = [&] {
    out += space;
    out += word;
    space.clear();
    word.clear();
    space_len = word_len = 0;
  };
  for (std::size_t i = 0; i < text.size();) {
    const Rune r = next_rune(text, i);
    i += r.size;
    if (r.code == '\n') {
      if (word.empty()) {
        if (current + space_len <= limit) out += space;
        space.clear();
        space_len = 0;
      } else {
        flush();
      }
      out += '\n';
      current = 0;
    } else if (is_space(r.code)) {
      if (space.empty() || !word.empty()) {
        current += space_len + word_len;
        flush();
      }
      space += r.bytes;
      ++space_len;
    } else {
      word += r.bytes;
      ++word_len;
      if (current + space_len + word_len > limit && word_len < limit) {
        out += '\n';
        current = 0;
        space.clear();
        space_len = 0;
      }
    }
  }
  if (word.empty()) {
    if (current + space_len <= limit) out += space;
  } else {
    out += space;
    out += word;
  }
  return out;
}

}  // namespace kctl::explain
