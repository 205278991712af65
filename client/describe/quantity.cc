#include "client/describe/quantity.h"

#include <string>

namespace kctl::describe {
namespace {

constexpr __int128 kNano = 1'000'000'000;

std::string to_string(__int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 u = neg ? static_cast<unsigned __int128>(-v) : static_cast<unsigned __int128>(v);
  std::string s;
  while (u > 0) {
    s.push_back(static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  }
  if (neg) s.push_back('-');
  return std::string(s.rbegin(), s.rend());
}

__int128 ceil_div(__int128 a, __int128 b) {
  __int128 q = a / b;
  if (a % b != 0 && (a > 0) == (b > 0)) ++q;
  return q;
}

struct Suffix {
  std::string_view text;
  int base;      // 10 or 2
  int exponent;  // of the base
  QuantityFormat format;
};

constexpr Suffix kSuffixes[] = {
    {"Ki", 2, 10, QuantityFormat::BinarySI}, {"Mi", 2, 20, QuantityFormat::BinarySI},
    {"Gi", 2, 30, QuantityFormat::BinarySI}, {"Ti", 2, 40, QuantityFormat::BinarySI},
    {"Pi", 2, 50, QuantityFormat::BinarySI}, {"Ei", 2, 60, QuantityFormat::BinarySI},
    {"n", 10, -9, QuantityFormat::DecimalSI}, {"u", 10, -6, QuantityFormat::DecimalSI},
    {"m", 10, -3, QuantityFormat::DecimalSI}, {"", 10, 0, QuantityFormat::DecimalSI},
    {"k", 10, 3, QuantityFormat::DecimalSI},  {"M", 10, 6, QuantityFormat::DecimalSI},
    {"G", 10, 9, QuantityFormat::DecimalSI},  {"T", 10, 12, QuantityFormat::DecimalSI},
    {"P", 10, 15, QuantityFormat::DecimalSI}, {"E", 10, 18, QuantityFormat::DecimalSI},
};

std::string_view decimal_suffix(int exponent) {
  for (const Suffix& s : kSuffixes)
    if (s.base == 10 && s.exponent == exponent) return s.text;
  return {};
}

__int128 pow10(int n) {
  __int128 v = 1;
  while (n-- > 0) v *= 10;
  return v;
}

}  // namespace

std::optional<Quantity> Quantity::parse(std::string_view text) {
  std::size_t at = 0;
  bool neg = false;
  if (at < text.size() && (text[at] == '+' || text[at] == '-')) neg = text[at++] == '-';
  __int128 whole = 0, frac = 0;
  int frac_digits = 0;
  std::size_t digits_seen = 0;
  for (; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at, ++digits_seen) whole = whole * 10 + (text[at] - '0');
  if (at < text.size() && text[at] == '.') {
    for (++at; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at, ++digits_seen) {
      if (frac_digits < 18) {
        frac = frac * 10 + (text[at] - '0');
        ++frac_digits;
      }
    }
  }
  if (digits_seen == 0) return std::nullopt;
  std::string_view suffix = text.substr(at);
  Quantity q;
  int base = 10, exponent = 0;
  bool found = false;
  if (!suffix.empty() && (suffix[0] == 'e' || suffix[0] == 'E') && suffix.size() > 1) {
    int e = 0;
    bool eneg = false;
    std::size_t i = 1;
    if (suffix[i] == '+' || suffix[i] == '-') eneg = suffix[i++] == '-';
    if (i == suffix.size()) return std::nullopt;
    for (; i < suffix.size(); ++i) {
      if (suffix[i] < '0' || suffix[i] > '9') return std::nullopt;
      e = e * 10 + (suffix[i] - '0');
    }
    exponent = eneg ? -e : e;
    q.format_ = QuantityFormat::DecimalExponent;
    found = true;
  }
  for (const Suffix& s : kSuffixes) {
    if (found) break;
    if (s.text == suffix) {
      base = s.base;
      exponent = s.exponent;
      q.format_ = s.format;
      found = true;
    }
  }
  if (!found) return std::nullopt;
  // nanos = (whole + frac/10^frac_digits) * base^exponent * 10^9
  __int128 scaled = whole * pow10(frac_digits) + frac;  // value * 10^frac_digits
  int ten_exp = 9 - frac_digits;
  if (base == 2) {
    scaled <<= exponent;
  } else {
    ten_exp += exponent;
  }
  if (ten_exp >= 0)
    scaled *= pow10(ten_exp);
  else
    scaled = ceil_div(scaled, pow10(-ten_exp));  // Go rounds up below nano precision
  q.nanos_ = neg ? -scaled : scaled;
  return q;
}

Quantity Quantity::from_int(std::int64_t value, QuantityFormat format) {
  Quantity q;
  q.nanos_ = static_cast<__int128>(value) * kNano;
  q.format_ = format;
  return q;
}

std::int64_t Quantity::value() const { return static_cast<std::int64_t>(ceil_div(nanos_, kNano)); }

std::int64_t Quantity::milli_value() const { return static_cast<std::int64_t>(ceil_div(nanos_, 1'000'000)); }

std::string Quantity::string() const {
  if (nanos_ == 0) return "0";
  QuantityFormat format = format_;
  if (format == QuantityFormat::BinarySI) {
    // Small or fractional binary quantities print as decimal (no rounding).
    if ((nanos_ > -1024 * kNano && nanos_ < 1024 * kNano) || nanos_ % kNano != 0) format = QuantityFormat::DecimalSI;
  }
  if (format == QuantityFormat::BinarySI) {
    __int128 v = nanos_ / kNano;
    int exponent = 0;
    while (exponent < 6 && v % 1024 == 0) {
      v /= 1024;
      ++exponent;
    }
    static constexpr std::string_view kBinary[] = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    return to_string(v) + std::string(kBinary[exponent]);
  }
  __int128 mantissa = nanos_;
  int exponent = -9;
  while (mantissa % 10 == 0) {
    mantissa /= 10;
    ++exponent;
  }
  switch (exponent % 3) {
    case 1:
    case -2:
      mantissa *= 10;
      exponent -= 1;
      break;
    case 2:
    case -1:
      mantissa *= 100;
      exponent -= 2;
      break;
    default:
      break;
  }
  if (format == QuantityFormat::DecimalExponent)
    return exponent == 0 ? to_string(mantissa) : to_string(mantissa).append("e").append(std::to_string(exponent));
  return to_string(mantissa) + std::string(decimal_suffix(exponent));
}

}  // namespace kctl::describe
