#include "client/printers/go_json.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace kctl::printers {
namespace {

void write_string(std::string& out, const std::string& s) {
  out += '"';
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    // Go escapes U+2028 and U+2029 (JSONP safety) as well.
    if (c == 0xE2 && s.compare(i + 1, 2, "\x80\xA8") == 0) {
      out += "\\u2028";
      i += 2;
      continue;
    }
    if (c == 0xE2 && s.compare(i + 1, 2, "\x80\xA9") == 0) {
      out += "\\u2029";
      i += 2;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

// Go's float formatting for JSON: shortest representation, 'e' notation
// outside [1e-6, 1e21) with a trimmed exponent.
void write_float(std::string& out, double d) {
  if (!std::isfinite(d)) {
    out += "null";
    return;
  }
  char buf[64];
  double a = std::fabs(d);
  std::to_chars_result r{};
  if (a != 0 && (a < 1e-6 || a >= 1e21)) {
    r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string s(buf, r.ptr);
    // "1e-07" -> "1e-7"
    auto e = s.find('e');
    if (e != std::string::npos && e + 2 < s.size() && s[e + 2] == '0' && s.size() - e == 4)
      s.erase(e + 2, 1);
    out += s;
    return;
  }
  r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
  out.append(buf, r.ptr);
}

void write(std::string& out, const nlohmann::ordered_json& v, int indent, int depth) {
  auto newline = [&](int d) {
    if (indent <= 0) return;
    out += '\n';
    out.append(static_cast<std::size_t>(d * indent), ' ');
  };
  switch (v.type()) {
    case nlohmann::json::value_t::object: {
      if (v.empty()) {
        out += "{}";
        return;
      }
      out += '{';
      bool first = true;
      for (auto it = v.begin(); it != v.end(); ++it) {
        if (!first) out += ',';
        first = false;
        newline(depth + 1);
        write_string(out, it.key());
        out += indent > 0 ? ": " : ":";
        write(out, it.value(), indent, depth + 1);
      }
      newline(depth);
      out += '}';
      return;
    }
    case nlohmann::json::value_t::array: {
      if (v.empty()) {
        out += "[]";
        return;
      }
      out += '[';
      bool first = true;
      for (const auto& item : v) {
        if (!first) out += ',';
        first = false;
        newline(depth + 1);
        write(out, item, indent, depth + 1);
      }
      newline(depth);
      out += ']';
      return;
    }
    case nlohmann::json::value_t::string: write_string(out, v.get_ref<const std::string&>()); return;
    case nlohmann::json::value_t::boolean: out += v.get<bool>() ? "true" : "false"; return;
    case nlohmann::json::value_t::number_integer: out += std::to_string(v.get<std::int64_t>()); return;
    case nlohmann::json::value_t::number_unsigned: out += std::to_string(v.get<std::uint64_t>()); return;
    case nlohmann::json::value_t::number_float: write_float(out, v.get<double>()); return;
    default: out += "null"; return;
  }
}

}  // namespace

std::string to_go_json(const nlohmann::ordered_json& value, int indent) {
  std::string out;
  write(out, value, indent, 0);
  return out;
}

}  // namespace kctl::printers
