#include "stream/port_forwarder.h"

#include <poll.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#include "stream/forwarded_connection.h"

namespace kctl::stream {
Result<ForwardEnd> PortForwarder::run(SpdySession& session, int stop_fd) {
  std::vector<std::unique_ptr<ForwardedConnection>> conns;
  const auto& listeners = listeners_.listeners();
  while (true) {
    if (session.ended()) {
      conns.clear();
      return ForwardEnd::LostConnection;
    }
    if (auto r = session.prepare(); !r) return r.take_error();
    std::vector<pollfd> fds;
    fds.push_back({session.fd(), session.poll_events(), 0});
    fds.push_back({stop_fd, POLLIN, 0});
    for (const PortListener& l : listeners) fds.push_back({l.fd.get(), POLLIN, 0});
    std::vector<ForwardedConnection*> polled;
    for (auto& c : conns) {
      short ev = c->poll_events();
      if (ev == 0) continue;
      fds.push_back({c->fd(), ev, 0});
      polled.push_back(c.get());
    }
    int n = ::poll(fds.data(), fds.size(), static_cast<int>(session.poll_timeout().count()));
    if (n < 0) {
      if (errno == EINTR) continue;
      return make_error(ErrorKind::Internal, std::string("poll: ") + std::strerror(errno));
    }
    if (fds[1].revents != 0) {
      conns.clear();
      session.close();
      return ForwardEnd::Stopped;
    }
    if (auto r = session.handle_events(fds[0].revents); !r) return r.take_error();
    for (std::size_t i = 0; i < listeners.size(); ++i) {
      if ((fds[2 + i].revents & POLLIN) == 0) continue;
      const ForwardedPort port = listeners_.ports()[listeners[i].port_index];
      while (true) {
        int fd = ::accept4(listeners[i].fd.get(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) break;  // EAGAIN, or a connection that went away first
        out_ << "Handling connection for " << port.local << '\n';
        out_.flush();
        auto conn = std::make_unique<ForwardedConnection>(UniqueFd(fd), port, next_request_id_++, session, log_);
        if (auto r = conn->start(); !r) return r.take_error();
        conns.push_back(std::move(conn));
      }
    }
    const std::size_t first_conn = 2 + listeners.size();
    for (std::size_t i = 0; i < polled.size(); ++i)
      if (fds[first_conn + i].revents != 0) polled[i]->handle_events(fds[first_conn + i].revents);

    bool failed = false;
    std::size_t backlog = 0;
    for (auto it = conns.begin(); it != conns.end();) {
      if ((*it)->failed_session()) failed = true;
      if ((*it)->finished()) {
        it = conns.erase(it);
        continue;
      }
      backlog += (*it)->pending_to_local();
      ++it;
    }
    if (failed) {  // kubectl closes the whole connection after a pod's error
      conns.clear();
      session.close();
      return ForwardEnd::LostConnection;
    }
    session.pause_reading(backlog > kMaxLocalBacklog);
  }
}

}  // namespace kctl::stream
