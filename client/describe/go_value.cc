#include "client/describe/go_value.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace kctl::describe {

std::string go_float(double f) {
  if (std::isnan(f)) return "NaN";
  if (std::isinf(f)) return f > 0 ? "+Inf" : "-Inf";
  if (f == 0) return std::signbit(f) ? "-0" : "0";
  // The shortest digits that round-trip, then Go's choice for the shortest
  // %g: exponent form when the exponent is below -4 or at least 6.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, f, std::chars_format::scientific);
  std::string sci(buf, res.ptr);  // d.ddddde±XX
  auto e = sci.find('e');
  std::string mantissa = sci.substr(0, e);
  int exponent = std::stoi(sci.substr(e + 1));
  std::string digits;
  bool neg = mantissa[0] == '-';
  for (char c : mantissa)
    if (c >= '0' && c <= '9') digits += c;
  const int nd = static_cast<int>(digits.size());
  constexpr int eprec = 6;
  std::string out;
  if (neg) out.push_back('-');
  if (exponent < -4 || exponent >= eprec) {
    out.push_back(digits[0]);
    if (nd > 1) {
      out.push_back('.');
      out.append(digits, 1, std::string::npos);
    }
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent) % 1000);
    out.append(exp);
    return out;
  }
  if (exponent < 0) {
    out.append("0.");
    out.append(static_cast<std::size_t>(-exponent - 1), '0');
    out.append(digits);
  } else if (nd <= exponent + 1) {
    out.append(digits);
    out.append(static_cast<std::size_t>(exponent + 1 - nd), '0');
  } else {
    out.append(digits, 0, static_cast<std::size_t>(exponent + 1));
    out.push_back('.');
    out.append(digits, static_cast<std::size_t>(exponent + 1), std::string::npos);
  }
  return out;
}

std::string go_value(const json& v) {
  switch (v.type()) {
    case json::value_t::null:
      return "<nil>";
    case json::value_t::boolean:
      return v.get<bool>() ? "true" : "false";
    case json::value_t::number_integer:
      return std::to_string(v.get<std::int64_t>());
    case json::value_t::number_unsigned:
      return std::to_string(v.get<std::uint64_t>());
    case json::value_t::number_float:
      return go_float(v.get<double>());
    case json::value_t::string:
      return v.get<std::string>();
    case json::value_t::array: {
      std::string out = "[";
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out += ' ';
        out += go_value(v[i]);
      }
      return out + "]";
    }
    case json::value_t::object: {
      std::string out = "map[";
      bool first = true;
      for (auto it = v.begin(); it != v.end(); ++it, first = false) {
        if (!first) out += ' ';
        out.append(it.key()).append(":").append(go_value(it.value()));
      }
      return out + "]";
    }
    default:
      return "";
  }
}

}  // namespace kctl::describe
