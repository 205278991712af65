#include "cmd/go_duration.h"

#include <array>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstdint>
#include <limits>
#include <string_view>
#include <utility>

#include "client/ascii.h"

namespace kctl::cmd {
namespace {

constexpr std::array<std::pair<std::string_view, std::uint64_t>, 8> kUnits{{
    {"ns", 1ULL},
    {"us", 1'000ULL},
    {"\xC2\xB5s", 1'000ULL},  // U+00B5 micro sign
    {"\xCE\xBCs", 1'000ULL},  // U+03BC Greek mu
    {"ms", 1'000'000ULL},
    {"s", 1'000'000'000ULL},
    {"m", 60'000'000'000ULL},
    {"h", 3'600'000'000'000ULL},
}};

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

}  // namespace

Result<std::chrono::nanoseconds> parse_go_duration(const std::string& text) {
  const std::string invalid = "time: invalid duration " + quoted(text);
  std::string_view s = text;
  bool negative = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s == "0") return std::chrono::nanoseconds(0);
  if (s.empty()) return make_error(ErrorKind::Usage, invalid);
  constexpr std::uint64_t kMax = std::uint64_t{1} << 63;  // |min int64|
  std::uint64_t total = 0;
  while (!s.empty()) {
    if (!is_ascii_digit(s[0]) && s[0] != '.') return make_error(ErrorKind::Usage, invalid);
    std::uint64_t whole = 0;
    std::size_t digits = 0;
    for (; !s.empty() && is_ascii_digit(s[0]); s.remove_prefix(1), ++digits) {
      if (whole > (kMax - 9) / 10) return make_error(ErrorKind::Usage, invalid);
      whole = whole * 10 + static_cast<std::uint64_t>(s[0] - '0');
    }
    std::uint64_t frac = 0, scale = 1;
    if (!s.empty() && s[0] == '.') {
      s.remove_prefix(1);
      for (; !s.empty() && is_ascii_digit(s[0]); s.remove_prefix(1), ++digits) {
        if (scale > std::numeric_limits<std::uint64_t>::max() / 100) continue;  // Go drops the excess too
        frac = frac * 10 + static_cast<std::uint64_t>(s[0] - '0');
        scale *= 10;
      }
    }
    if (digits == 0) return make_error(ErrorKind::Usage, invalid);
    std::size_t unit_len = 0;
    while (unit_len < s.size() && s[unit_len] != '.' && !is_ascii_digit(s[unit_len])) ++unit_len;
    if (unit_len == 0) return make_error(ErrorKind::Usage, "time: missing unit in duration " + quoted(text));
    const std::string_view unit = s.substr(0, unit_len);
    s.remove_prefix(unit_len);
    std::uint64_t factor = 0;
    for (const auto& [name, ns] : kUnits)
      if (name == unit) factor = ns;
    if (factor == 0)
      return make_error(ErrorKind::Usage,
                        "time: unknown unit " + quoted(std::string(unit)) + " in duration " + quoted(text));
    if (whole > kMax / factor) return make_error(ErrorKind::Usage, invalid);
    std::uint64_t value = whole * factor;
    value += static_cast<std::uint64_t>(static_cast<long double>(frac) * static_cast<long double>(factor) /
                                        static_cast<long double>(scale));
    total += value;
    if (value > kMax || total > kMax) return make_error(ErrorKind::Usage, invalid);
  }
  if (!negative && total > kMax - 1) return make_error(ErrorKind::Usage, invalid);
  const auto magnitude = static_cast<std::int64_t>(total == kMax ? kMax - 1 : total);
  return std::chrono::nanoseconds(negative ? -magnitude - (total == kMax ? 1 : 0) : magnitude);
}

std::string go_duration_string(std::chrono::milliseconds d) {
  long long ms = d.count();
  if (ms == 0) return "0s";
  std::string sign = ms < 0 ? "-" : "";
  unsigned long long u = ms < 0 ? 0ULL - static_cast<unsigned long long>(ms) : static_cast<unsigned long long>(ms);
  if (u < 1000) return sign + std::to_string(u) + "ms";
  std::string seconds = std::to_string(u / 1000 % 60);
  if (unsigned long long frac = u % 1000; frac != 0) {
    std::string digits = std::to_string(frac + 1000).substr(1);  // three digits
    digits.erase(digits.find_last_not_of('0') + 1);
    seconds += "." + digits;
  }
  unsigned long long minutes = u / 60000 % 60, hours = u / 3600000;
  if (hours > 0) return sign + std::to_string(hours) + "h" + std::to_string(minutes) + "m" + seconds + "s";
  if (minutes > 0) return sign + std::to_string(minutes) + "m" + seconds + "s";
  return sign + seconds + "s";
}

std::string invalid_flag_argument(const std::string& value, const std::string& flag, const std::string& why) {
  return "invalid argument " + quoted(value) + " for " + quoted(flag) + " flag: " + why;
}

}  // namespace kctl::cmd

namespace kctl::cmd {

namespace {

Error flag_error(const std::string& value, const std::string& flag, const std::string& why,
                 const std::string& command_path, std::ostream& err) {
  err << "Error: " << invalid_flag_argument(value, flag, why) << '\n'
      << "See '" << command_path << " --help' for usage.\n";
  err.flush();
  return make_error(ErrorKind::Printed, why);
}

}  // namespace

Result<std::chrono::nanoseconds> duration_flag(const std::string& value, const std::string& flag,
                                               const std::string& command_path, std::ostream& err) {
  auto d = parse_go_duration(value);
  if (d) return d;
  return flag_error(value, flag, d.error().message, command_path, err);
}

Result<std::int64_t> parse_int_flag(const std::string& value, const std::string& flag, const std::string& command_path,
                                    std::ostream& err) {
  errno = 0;
  char* end = nullptr;
  const long long v = std::strtoll(value.c_str(), &end, 0);
  std::string why;
  if (value.empty() || end == nullptr || *end != '\0' || value.find_first_of(" \t") != std::string::npos)
    why = "strconv.ParseInt: parsing \"" + value + "\": invalid syntax";
  else if (errno == ERANGE)
    why = "strconv.ParseInt: parsing \"" + value + "\": value out of range";
  if (why.empty()) return static_cast<std::int64_t>(v);
  return flag_error(value, flag, why, command_path, err);
}

Result<std::chrono::milliseconds> pod_running_timeout(const std::string& value, const std::string& command_path,
                                                      std::ostream& err) {
  auto d = duration_flag(value, "--pod-running-timeout", command_path, err);
  if (!d) return d.take_error();
  if (d->count() <= 0) return make_error(ErrorKind::Internal, "--pod-running-timeout must be higher than zero");
  return std::chrono::ceil<std::chrono::milliseconds>(*d);
}

}  // namespace kctl::cmd
