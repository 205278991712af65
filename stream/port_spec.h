// What port-forward listens on and forwards to, parsed as client-go's
// tools/portforward does: "[LOCAL:]REMOTE" port pairs and --address values.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "client/result.h"

namespace kctl::stream {

struct ForwardedPort {
  std::uint16_t local = 0;  // 0: a random free port, set once bound
  std::uint16_t remote = 0;
};

// "5000", "8888:5000", ":5000" and "0:5000"; errors are client-go's.
Result<std::vector<ForwardedPort>> parse_ports(const std::vector<std::string>& specs);

// Go's %v of a []ForwardedPort: "[{8080 80} {0 90}]".
std::string format_ports(const std::vector<ForwardedPort>& ports);

struct ListenAddress {
  std::string address;  // as given ("127.0.0.1", "::1", "0.0.0.0")
  bool ipv6 = false;
  // "localhost" expands to 127.0.0.1 and ::1, and fails only if neither
  // binds; an explicit address must bind.
  bool from_localhost = false;
};

// Deduplicated and sorted by address, as client-go's parseAddresses.
Result<std::vector<ListenAddress>> parse_addresses(const std::vector<std::string>& addresses);

}  // namespace kctl::stream
