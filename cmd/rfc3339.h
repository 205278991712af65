// kubectl's util.ParseRFC3339 for --since-time (Go's time.Parse with the
// RFC 3339 layout, fractional seconds allowed, Go's error texts) and the
// metav1.Time query format the value is sent in.
#pragma once

#include <cstdint>
#include <string>

#include "client/result.h"

namespace kctl::cmd {

struct Rfc3339Time {
  std::int64_t unix_seconds = 0;  // UTC
  std::uint32_t nanos = 0;
};

Result<Rfc3339Time> parse_rfc3339(const std::string& text);

// metav1.Time as a query parameter: UTC, whole seconds, "2024-08-30T06:00:00Z".
std::string rfc3339_query_value(const Rfc3339Time& t);

}  // namespace kctl::cmd
