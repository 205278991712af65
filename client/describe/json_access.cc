#include "client/describe/json_access.h"

#include <algorithm>

namespace kctl::describe {
namespace {

const json& null_value() {
  static const json kNull;
  return kNull;
}

const json& empty_list() {
  static const json kEmpty = json::array();
  return kEmpty;
}

// The text of a scalar a map[string]string may hold after a loose decode.
std::string scalar_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return {};
  return v.dump();
}

}  // namespace

const json& field(const json& j, std::string_view key) {
  if (!j.is_object()) return null_value();
  auto it = j.find(key);
  return it == j.end() ? null_value() : *it;
}

bool has(const json& j, std::string_view key) { return !field(j, key).is_null(); }

std::string str(const json& j, std::string_view key) {
  const json& v = field(j, key);
  return v.is_string() ? v.get<std::string>() : std::string();
}

std::int64_t integer(const json& j, std::string_view key, std::int64_t fallback) {
  const json& v = field(j, key);
  if (v.is_number_integer()) return v.get<std::int64_t>();
  if (v.is_number_float()) return static_cast<std::int64_t>(v.get<double>());
  return fallback;
}

bool boolean(const json& j, std::string_view key) {
  const json& v = field(j, key);
  return v.is_boolean() && v.get<bool>();
}

const json& items(const json& j, std::string_view key) {
  const json& v = field(j, key);
  return v.is_array() ? v : empty_list();
}

std::vector<std::pair<std::string, std::string>> string_map(const json& j, std::string_view key) {
  std::vector<std::pair<std::string, std::string>> out;
  const json& v = field(j, key);
  if (!v.is_object()) return out;
  for (auto it = v.begin(); it != v.end(); ++it) out.emplace_back(it.key(), scalar_text(it.value()));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> strings(const json& j, std::string_view key) {
  std::vector<std::string> out;
  for (const json& v : items(j, key)) out.push_back(scalar_text(v));
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t nl; (nl = s.find('\n', start)) != std::string::npos; start = nl + 1) out.push_back(s.substr(start, nl - start));
  out.push_back(s.substr(start));
  return out;
}

std::string int_or_string(const json& v, const std::string& fallback) {
  if (v.is_number_integer()) return std::to_string(v.get<std::int64_t>());
  return v.is_string() ? v.get<std::string>() : fallback;
}

std::string join_host_port(const std::string& host, const std::string& port) {
  return (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" + port;
}

}  // namespace kctl::describe
