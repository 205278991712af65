#include "stream/port_listeners.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace kctl::stream {
namespace {

// Go's net.JoinHostPort.
std::string join_host_port(const std::string& host, std::uint16_t port) {
  if (host.find(':') != std::string::npos) return "[" + host + "]:" + std::to_string(port);
  return host + ":" + std::to_string(port);
}

// Go's syscall.Errno texts are strerror's, starting in lower case.
std::string errno_text(int err) {
  std::string s = std::strerror(err);
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

}  // namespace

Result<UniqueFd> listen_on(const ListenAddress& address, std::uint16_t& port) {
  const std::string net = address.ipv6 ? "tcp6" : "tcp4";
  auto fail = [&](const char* op, int err) {
    return make_error(ErrorKind::Internal, "listen " + net + " " + join_host_port(address.address, port) + ": " + op +
                                               ": " + errno_text(err));
  };
  sockaddr_storage ss{};
  socklen_t len = 0;
  if (address.ipv6) {
    auto* sa = reinterpret_cast<sockaddr_in6*>(&ss);
    sa->sin6_family = AF_INET6;
    sa->sin6_port = htons(port);
    if (::inet_pton(AF_INET6, address.address.c_str(), &sa->sin6_addr) != 1) return fail("socket", EINVAL);
    len = sizeof *sa;
  } else {
    auto* sa = reinterpret_cast<sockaddr_in*>(&ss);
    sa->sin_family = AF_INET;
    sa->sin_port = htons(port);
    if (::inet_pton(AF_INET, address.address.c_str(), &sa->sin_addr) != 1) {
      in6_addr mapped{};  // an IPv4-mapped IPv6 address, which Go listens on as IPv4
      if (::inet_pton(AF_INET6, address.address.c_str(), &mapped) != 1) return fail("socket", EINVAL);
      std::memcpy(&sa->sin_addr, &mapped.s6_addr[12], 4);
    }
    len = sizeof *sa;
  }
  UniqueFd fd(::socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
  if (!fd) return fail("socket", errno);
  int one = 1;
  ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);  // as Go's listeners
  if (address.ipv6) ::setsockopt(fd.get(), IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
  if (::bind(fd.get(), reinterpret_cast<sockaddr*>(&ss), len) != 0) return fail("bind", errno);
  if (::listen(fd.get(), SOMAXCONN) != 0) return fail("listen", errno);
  if (::getsockname(fd.get(), reinterpret_cast<sockaddr*>(&ss), &len) == 0)
    port = ntohs(address.ipv6 ? reinterpret_cast<sockaddr_in6*>(&ss)->sin6_port
                              : reinterpret_cast<sockaddr_in*>(&ss)->sin_port);
  return fd;
}

Result<PortListeners> PortListeners::open(const std::vector<ListenAddress>& addresses,
                                          std::vector<ForwardedPort> ports, std::ostream& out, std::ostream& err) {
  PortListeners result;
  result.ports_ = std::move(ports);
  bool any = false;
  for (std::size_t i = 0; i < result.ports_.size(); ++i) {
    ForwardedPort& port = result.ports_[i];
    std::vector<std::string> errors;
    int localhost_ok = 0, localhost_failed = 0, explicit_failed = 0;
    for (const ListenAddress& a : addresses) {
      auto fd = listen_on(a, port.local);
      if (!fd) {
        errors.push_back("unable to create listener: Error " + fd.error().message);
        (a.from_localhost ? localhost_failed : explicit_failed)++;
        continue;
      }
      if (a.from_localhost) localhost_ok++;
      out << "Forwarding from " << join_host_port(a.address, port.local) << " -> " << port.remote << '\n';
      result.listeners_.push_back({std::move(*fd), i});
    }
    if ((localhost_ok == 0 && localhost_failed > 0) || explicit_failed > 0) {
      std::string joined;
      for (const std::string& e : errors) joined += (joined.empty() ? "" : " ") + e;
      err << "Unable to listen on port " << port.local
          << ": Listeners failed to create with the following errors: [" << joined << "]\n";
    } else {
      any = true;
    }
  }
  out.flush();
  err.flush();
  if (!any)
    return make_error(ErrorKind::Internal,
                      "unable to listen on any of the requested ports: " + format_ports(result.ports_));
  return result;
}

}  // namespace kctl::stream
