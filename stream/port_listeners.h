// port-forward's local listeners, opened as client-go's forward() does:
// every port on every address, "Forwarding from ..." for each one bound,
// "Unable to listen on port ..." for a port that failed, an error only when
// no port could be listened on. They outlive SPDY connections (kctl's
// reconnect keeps them).
#pragma once

#include <cstddef>
#include <ostream>
#include <vector>

#include "client/result.h"
#include "stream/port_spec.h"
#include "stream/unique_fd.h"

namespace kctl::stream {

struct PortListener {
  UniqueFd fd;             // listening, non-blocking
  std::size_t port_index;  // into PortListeners::ports()
};

class PortListeners {
 public:
  static Result<PortListeners> open(const std::vector<ListenAddress>& addresses, std::vector<ForwardedPort> ports,
                                    std::ostream& out, std::ostream& err);

  // Local ports are the bound ones (a random port once chosen).
  std::vector<ForwardedPort>& ports() { return ports_; }
  const std::vector<ForwardedPort>& ports() const { return ports_; }
  const std::vector<PortListener>& listeners() const { return listeners_; }

 private:
  std::vector<ForwardedPort> ports_;
  std::vector<PortListener> listeners_;
};

// A listening socket on address:port (port 0: any), with Go's error text
// ("listen tcp4 127.0.0.1:80: bind: address already in use"); the port
// actually bound is stored in `port`.
Result<UniqueFd> listen_on(const ListenAddress& address, std::uint16_t& port);

}  // namespace kctl::stream
