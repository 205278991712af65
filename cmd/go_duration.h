// Go's time.ParseDuration, for duration flags (kubectl's pflag Duration).
#pragma once

#include <chrono>
#include <string>

#include "client/result.h"

namespace kctl::cmd {

// "1m0s", "30s", "1.5h", "0"; errors are Go's ("time: invalid duration \"x\"").
Result<std::chrono::milliseconds> parse_go_duration(const std::string& text);

}  // namespace kctl::cmd
