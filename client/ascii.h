// ASCII character classes and case as Go's parsers and strings.ToLower on
// ASCII text treat them: locale-free, unlike <cctype>, and usable with char
// and rune (char32_t) alike.
#pragma once

#include <string>
#include <string_view>

namespace kctl {

constexpr bool is_ascii_digit(char32_t c) noexcept { return c >= U'0' && c <= U'9'; }

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace kctl
