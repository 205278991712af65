#include "stream/port_spec.h"

#include <arpa/inet.h>

#include <algorithm>
#include <map>

namespace kctl::stream {
namespace {

// strconv.ParseUint(s, 10, 16) and its error text.
Result<std::uint16_t> parse_uint16(const std::string& s) {
  const std::string prefix = "strconv.ParseUint: parsing \"" + s + "\": ";
  if (s.empty() || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return make_error(ErrorKind::Internal, prefix + "invalid syntax");
  unsigned long value = 0;
  for (char c : s) {
    value = value * 10 + static_cast<unsigned long>(c - '0');
    if (value > 65535) return make_error(ErrorKind::Internal, prefix + "value out of range");
  }
  return static_cast<std::uint16_t>(value);
}

std::vector<std::string> split_colons(const std::string& s) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    auto colon = s.find(':', start);
    parts.push_back(s.substr(start, colon - start));
    if (colon == std::string::npos) return parts;
    start = colon + 1;
  }
}

}  // namespace

Result<std::vector<ForwardedPort>> parse_ports(const std::vector<std::string>& specs) {
  std::vector<ForwardedPort> ports;
  for (const std::string& spec : specs) {
    auto parts = split_colons(spec);
    std::string local, remote;
    if (parts.size() == 1) {
      local = remote = parts[0];
    } else if (parts.size() == 2) {
      local = parts[0].empty() ? "0" : parts[0];
      remote = parts[1];
    } else {
      return make_error(ErrorKind::Internal, "invalid port format '" + spec + "'");
    }
    auto l = parse_uint16(local);
    if (!l) return make_error(ErrorKind::Internal, "error parsing local port '" + local + "': " + l.error().message);
    auto r = parse_uint16(remote);
    if (!r) return make_error(ErrorKind::Internal, "error parsing remote port '" + remote + "': " + r.error().message);
    if (*r == 0) return make_error(ErrorKind::Internal, "remote port must be > 0");
    ports.push_back({*l, *r});
  }
  return ports;
}

std::string format_ports(const std::vector<ForwardedPort>& ports) {
  std::string out = "[";
  for (std::size_t i = 0; i < ports.size(); ++i) {
    if (i > 0) out += ' ';
    out += '{' + std::to_string(ports[i].local) + ' ' + std::to_string(ports[i].remote) + '}';
  }
  return out + "]";
}

Result<std::vector<ListenAddress>> parse_addresses(const std::vector<std::string>& addresses) {
  if (addresses.empty()) return make_error(ErrorKind::Internal, "you must specify at least 1 address");
  std::map<std::string, ListenAddress> parsed;  // ordered by address, as client-go sorts them
  for (const std::string& a : addresses) {
    if (a == "localhost") {
      parsed.try_emplace("127.0.0.1", ListenAddress{"127.0.0.1", false, true});
      parsed.try_emplace("::1", ListenAddress{"::1", true, true});
      continue;
    }
    in_addr v4{};
    in6_addr v6{};
    if (::inet_pton(AF_INET, a.c_str(), &v4) == 1) {
      parsed[a] = ListenAddress{a, false, false};
    } else if (::inet_pton(AF_INET6, a.c_str(), &v6) == 1) {
      // Go's To4() also takes IPv4-mapped IPv6 addresses as IPv4.
      parsed[a] = ListenAddress{a, !IN6_IS_ADDR_V4MAPPED(&v6), false};
    } else {
      return make_error(ErrorKind::Internal, a + " is not a valid IP");
    }
  }
  std::vector<ListenAddress> out;
  for (auto& [key, value] : parsed) out.push_back(std::move(value));
  return out;
}

}  // namespace kctl::stream
