// client-go's PortForwarder over one SPDY session (portforward.k8s.io,
// streaming-spec.md §4.1): accepts on the listeners, gives each
// connection the next requestID (shared by all ports) and its stream pair,
// and runs every connection on one poll loop with the session.
#pragma once

#include <ostream>

#include "client/logger.h"
#include "stream/port_listeners.h"
#include "stream/spdy_session.h"

namespace kctl::stream {

enum class ForwardEnd {
  Stopped,         // stop_fd became readable (a signal)
  LostConnection,  // the session ended, or a pod's error closed it
};

class PortForwarder {
 public:
  // "Handling connection for L" goes to `out`; errors are logged on `log`.
  PortForwarder(PortListeners& listeners, std::ostream& out, const Logger& log)
      : listeners_(listeners), out_(out), log_(log) {}

  // Serves the listeners over `session` until the stop descriptor is
  // readable or the session is lost; the session is closed either way.
  // Connections still waiting in the listeners' backlogs stay there.
  Result<ForwardEnd> run(SpdySession& session, int stop_fd);

 private:
  PortListeners& listeners_;
  std::ostream& out_;
  Logger log_;
  int next_request_id_ = 0;
};

}  // namespace kctl::stream
