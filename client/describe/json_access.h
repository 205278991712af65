// Null-safe reads of the fields of an API object held as JSON: a missing
// field reads as Go's zero value, as in the typed structs kubectl uses.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kctl::describe {

using nlohmann::json;

// The field, or a null value when `j` is not an object or lacks it.
const json& field(const json& j, std::string_view key);
// Whether the field is present and not null (a Go pointer that is set).
bool has(const json& j, std::string_view key);
std::string str(const json& j, std::string_view key);
std::int64_t integer(const json& j, std::string_view key, std::int64_t fallback = 0);
bool boolean(const json& j, std::string_view key);
// The field as a list (an empty list when absent).
const json& items(const json& j, std::string_view key);
// A map[string]string field as sorted key/value pairs.
std::vector<std::pair<std::string, std::string>> string_map(const json& j, std::string_view key);
// Strings of a []string field.
std::vector<std::string> strings(const json& j, std::string_view key);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
// Go's strings.Split(s, "\n").
std::vector<std::string> split_lines(const std::string& s);
// An IntOrString field as text ("8080", "http", "25%"); `fallback` when absent.
std::string int_or_string(const json& v, const std::string& fallback = "");
// net.JoinHostPort: an IPv6 host in brackets.
std::string join_host_port(const std::string& host, const std::string& port);

}  // namespace kctl::describe
