#include "cmd/go_duration.h"

#include <cctype>
#include <cstdlib>

namespace kctl::cmd {

Result<std::chrono::milliseconds> parse_go_duration(const std::string& text) {
  auto invalid = [&](const std::string& why) {
    return make_error(ErrorKind::Usage, "time: " + why + " \"" + text + "\"");
  };
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  if (text.substr(i) == "0") return std::chrono::milliseconds(0);
  if (i == text.size()) return invalid("invalid duration");
  double total_ms = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
    if (start == i || text.substr(start, i - start) == ".") return invalid("invalid duration");
    const double number = std::strtod(text.substr(start, i - start).c_str(), nullptr);
    const std::size_t unit_start = i;
    while (i < text.size() && !std::isdigit(static_cast<unsigned char>(text[i])) && text[i] != '.') ++i;
    const std::string unit = text.substr(unit_start, i - unit_start);
    if (unit.empty()) return invalid("missing unit in duration");
    double scale = 0;
    if (unit == "ns") scale = 1e-6;
    else if (unit == "us" || unit == "µs" || unit == "μs") scale = 1e-3;
    else if (unit == "ms") scale = 1;
    else if (unit == "s") scale = 1e3;
    else if (unit == "m") scale = 6e4;
    else if (unit == "h") scale = 3.6e6;
    else return make_error(ErrorKind::Usage, "time: unknown unit \"" + unit + "\" in duration \"" + text + "\"");
    total_ms += number * scale;
  }
  const auto ms = std::chrono::milliseconds(static_cast<long long>(total_ms));
  return negative ? -ms : ms;
}

}  // namespace kctl::cmd
