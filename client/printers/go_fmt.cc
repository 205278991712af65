#include "client/printers/go_fmt.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "client/printers/go_quote.h"

namespace kctl::printers {
namespace {

using Json = nlohmann::json;

void append_integer(std::string& out, const Json& value) {
  if (value.is_number_unsigned()) {
    out += std::to_string(value.get<std::uint64_t>());
  } else {
    out += std::to_string(value.get<std::int64_t>());
  }
}

// %v and %#v differ only in the decorations around maps, arrays, strings
// and nil.
enum class Verb { V, SharpV };

void append_value(std::string& out, const Json& value, Verb verb, bool inside_interface) {
  const bool sharp = verb == Verb::SharpV;
  switch (value.type()) {
    case Json::value_t::object:
    case Json::value_t::array: {
      const bool is_map = value.is_object();
      out += is_map ? (sharp ? "map[string]interface {}{" : "map[") : (sharp ? "[]interface {}{" : "[");
      bool first = true;
      for (const auto& [key, item] : value.items()) {
        if (!first) out += sharp ? ", " : " ";
        first = false;
        if (is_map) {
          out += sharp ? go_quote(key) : key;
          out += ':';
        }
        append_value(out, item, verb, true);
      }
      out += sharp ? '}' : ']';
      return;
    }
    case Json::value_t::string: {
      const auto& text = value.get_ref<const std::string&>();
      out += sharp ? go_quote(text) : text;
      return;
    }
    case Json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; return;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: append_integer(out, value); return;
    case Json::value_t::number_float: out += go_float_v(value.get<double>()); return;
    default: out += sharp && inside_interface ? "interface {}(nil)" : "<nil>"; return;
  }
}

}  // namespace

// strconv.FormatFloat(v, 'g', -1, 64): the shortest digits that round-trip,
// in exponent form when the exponent is below -4 or at least 6 (Go uses 6
// as the precision for that decision when printing the shortest digits).
std::string go_float_v(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  if (value == 0) return std::signbit(value) ? "-0" : "0";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  std::string sci(buf, r.ptr);  // "-1.2345e+06"
  const auto e = sci.find('e');
  const int exponent = std::atoi(sci.c_str() + e + 1);
  if (exponent < -4 || exponent >= 6) {
    // Go writes at least two exponent digits: 1e+06, 1.5e-07, 1e+100.
    const int magnitude = exponent < 0 ? -exponent : exponent;
    std::string out = sci.substr(0, e + 2);  // mantissa, 'e', sign
    if (magnitude < 10) out += '0';
    return out + std::to_string(magnitude);
  }
  r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
  return std::string(buf, r.ptr);
}

std::string go_sprint(const nlohmann::json& value) {
  std::string out;
  append_value(out, value, Verb::V, false);
  return out;
}

std::string go_sharp_v(const nlohmann::json& value) {
  std::string out;
  append_value(out, value, Verb::SharpV, false);
  return out;
}

}  // namespace kctl::printers
