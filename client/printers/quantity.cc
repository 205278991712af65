#include "client/printers/quantity.h"

#include <charconv>
#include <cmath>
#include <string>

#include "client/ascii.h"

namespace kctl::printers {
namespace {

// The multiplier of a suffix: SI, binary SI or a decimal exponent.
std::optional<long double> suffix_multiplier(std::string_view suffix) {
  struct Named {
    std::string_view name;
    long double factor;
  };
  static constexpr Named kNamed[] = {
      {"", 1.0L},    {"n", 1e-9L},  {"u", 1e-6L},  {"m", 1e-3L},  {"k", 1e3L},
      {"M", 1e6L},   {"G", 1e9L},   {"T", 1e12L},  {"P", 1e15L},  {"E", 1e18L},
      {"Ki", 0x1p10L}, {"Mi", 0x1p20L}, {"Gi", 0x1p30L}, {"Ti", 0x1p40L}, {"Pi", 0x1p50L}, {"Ei", 0x1p60L},
  };
  for (const auto& named : kNamed) {
    if (named.name == suffix) return named.factor;
  }
  if (suffix.size() > 1 && (suffix[0] == 'e' || suffix[0] == 'E')) {
    std::string_view exponent = suffix.substr(1);
    if (exponent[0] == '+') exponent.remove_prefix(1);
    int value = 0;
    auto [ptr, ec] = std::from_chars(exponent.data(), exponent.data() + exponent.size(), value);
    if (ec != std::errc() || ptr != exponent.data() + exponent.size()) return std::nullopt;
    return std::pow(10.0L, static_cast<long double>(value));
  }
  return std::nullopt;
}

}  // namespace

// The grammar of apimachinery's parseQuantityString: sign, digits with an
// optional fraction, then a suffix made of "eEinumkKMGTP" characters with an
// optional signed exponent.
std::optional<long double> parse_quantity(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::size_t pos = 0;
  bool negative = false;
  if (text[0] == '-' || text[0] == '+') {
    negative = text[0] == '-';
    ++pos;
  }
  const std::size_t number_start = pos;
  while (pos < text.size() && is_ascii_digit(text[pos])) ++pos;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    while (pos < text.size() && is_ascii_digit(text[pos])) ++pos;
  }
  const std::string number(text.substr(number_start, pos - number_start));
  const bool has_digits = number.find_first_of("0123456789") != std::string::npos;
  // A lone sign is zero in Go's parser.
  if (number.empty() && pos == text.size()) return number_start > 0 ? std::optional<long double>(0.0L) : std::nullopt;
  if (!has_digits) return std::nullopt;

  const std::size_t suffix_start = pos;
  while (pos < text.size() && std::string_view("eEinumkKMGTP").find(text[pos]) != std::string_view::npos) ++pos;
  if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) ++pos;
  while (pos < text.size() && is_ascii_digit(text[pos])) ++pos;
  if (pos != text.size()) return std::nullopt;
  auto multiplier = suffix_multiplier(text.substr(suffix_start));
  if (!multiplier) return std::nullopt;

  const long double magnitude = std::strtold(number.c_str(), nullptr) * *multiplier;
  return negative ? -magnitude : magnitude;
}

}  // namespace kctl::printers
