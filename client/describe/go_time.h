// Times as kubectl's describers print them: metav1.Time parsed from
// RFC 3339, RFC1123Z in the local time zone (metav1.Time decodes to
// Local), and apimachinery's duration.HumanDuration for ages.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "client/describe/json_access.h"

namespace kctl::describe {

using Clock = std::chrono::system_clock;
using Time = std::chrono::sys_time<std::chrono::nanoseconds>;

// "2024-05-01T10:00:00Z", "2024-05-01T10:00:00.123456Z", "...+02:00";
// nullopt for a null, empty or malformed value (Go's zero time).
std::optional<Time> parse_time(std::string_view text);
std::optional<Time> time_field(const json& j, std::string_view key);

// Go's time.RFC1123Z layout, "Mon, 02 Jan 2006 15:04:05 -0700", local time.
std::string rfc1123z(Time t);
// The field in RFC1123Z; Go's zero time when absent.
std::string rfc1123z_field(const json& j, std::string_view key);

// apimachinery's duration.HumanDuration.
std::string human_duration(std::chrono::nanoseconds d);
// kubectl's translateTimestampSince: "<unknown>" for the zero time.
std::string since(const std::optional<Time>& t, Clock::time_point now);

}  // namespace kctl::describe
