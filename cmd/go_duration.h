// Go's time.ParseDuration, for kubectl's duration flags (--since,
// --pod-running-timeout): "300ms", "-1.5h", "2h45m", with Go's errors.
#pragma once

#include <chrono>
#include <ostream>
#include <string>

#include "client/result.h"

namespace kctl::cmd {

// The error text is Go's, e.g. `time: invalid duration "xx"`.
Result<std::chrono::nanoseconds> parse_go_duration(const std::string& text);

// Go's Duration.String() for a whole number of milliseconds: "32s",
// "1m30s", "1.5s", "500ms", "1h0m0s", "0s".
std::string go_duration_string(std::chrono::milliseconds d);

// pflag's error for a flag value that does not parse:
// `invalid argument "xx" for "--since" flag: time: invalid duration "xx"`.
std::string invalid_flag_argument(const std::string& value, const std::string& flag, const std::string& why);

}  // namespace kctl::cmd

namespace kctl::cmd {

// A duration flag as cobra parses it: a bad value prints
// "Error: invalid argument ... flag: time: ...\nSee '<command> --help' for
// usage." and fails with an already-printed error.
Result<std::chrono::nanoseconds> duration_flag(const std::string& value, const std::string& flag,
                                               const std::string& command_path, std::ostream& err);

// kubectl's GetPodRunningTimeoutFlag: the value must be above zero.
Result<std::chrono::milliseconds> pod_running_timeout(const std::string& value, const std::string& command_path,
                                                      std::ostream& err);

}  // namespace kctl::cmd
