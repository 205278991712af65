#include "stream/forwarded_connection.h"

#include <poll.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kctl::stream {
namespace {

constexpr std::size_t kLocalReadsPerEvent = 8;

// Go's %q of a string, as klog prints err="...".
std::string go_quote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

}  // namespace

ForwardedConnection::ForwardedConnection(UniqueFd local, ForwardedPort port, int request_id, SpdySession& session,
                                         const Logger& log)
    : local_(std::move(local)), port_(port), request_id_(request_id), session_(session), log_(log) {}

ForwardedConnection::~ForwardedConnection() {
  if (data_id_ != 0) {
    session_.reset(data_id_);
    session_.forget(data_id_);
  }
  if (error_id_ != 0) {
    session_.reset(error_id_);
    session_.forget(error_id_);
  }
}

std::string ForwardedConnection::ports_text() const {
  return std::to_string(port_.local) + " -> " + std::to_string(port_.remote);
}

void ForwardedConnection::log_error(std::string_view source, const std::string& message) const {
  log_.error(source, "\"Unhandled Error\" err=" + go_quote(message));
}

Result<> ForwardedConnection::start() {
  spdy::HeaderBlock headers{{"port", std::to_string(port_.remote)},
                            {"requestid", std::to_string(request_id_)},
                            {"streamtype", "error"}};
  auto id = session_.start_stream(
      headers,
      {[this](std::string_view d) -> Result<> {
         error_text_.append(d);
         return {};
       },
       [this] { on_error_end(); }},
      [this] { on_error_reply(); });
  if (!id) return id.take_error();
  error_id_ = *id;
  return {};
}

void ForwardedConnection::on_error_reply() {
  error_replied_ = true;
  session_.close_write(error_id_);  // the client never writes on it
  spdy::HeaderBlock headers{{"port", std::to_string(port_.remote)},
                            {"requestid", std::to_string(request_id_)},
                            {"streamtype", "data"}};
  auto id = session_.start_stream(
      headers, {[this](std::string_view d) -> Result<> { on_data(d); return {}; }, [this] { on_data_end(); }},
      [this] { on_data_reply(); });
  if (!id) {
    log_error("portforward.go:394", "error creating forwarding stream for port " + ports_text() + ": " +
                                        id.error().message);
    copy_done();
    return;
  }
  data_id_ = *id;
}

void ForwardedConnection::on_error_end() {
  error_ended_ = true;
  if (!error_replied_) {
    log_error("portforward.go:362", "error creating error stream for port " + ports_text() + ": stream reset");
    copying_done_ = true;
  }
  maybe_finish();
}

void ForwardedConnection::on_data_reply() { data_replied_ = true; }

void ForwardedConnection::on_data(std::string_view bytes) {
  if (copying_done_) return;
  to_local_.append(bytes);
  write_local();
  // Bounded even within one read of the session; the forwarder resumes it.
  if (pending_to_local() > kMaxLocalBacklog) session_.pause_reading(true);
}

void ForwardedConnection::on_data_end() {
  data_remote_ended_ = true;
  if (!data_replied_) {
    log_error("portforward.go:394", "error creating forwarding stream for port " + ports_text() + ": stream reset");
    copy_done();
    return;
  }
  if (pending_to_local() == 0) copy_done();
}

short ForwardedConnection::poll_events() const {
  if (finished_) return 0;
  short events = 0;
  if (data_replied_ && !local_eof_ && !copying_done_ && session_.pending_output() < kMaxSessionBacklog)
    events |= POLLIN;
  if (pending_to_local() > 0) events |= POLLOUT;
  return events;
}

void ForwardedConnection::handle_events(short revents) {
  if (finished_) return;
  if (revents & POLLOUT) write_local();
  if (revents & (POLLIN | POLLHUP | POLLERR)) read_local();
}

void ForwardedConnection::read_local() {
  if (!data_replied_ || local_eof_ || copying_done_) return;
  char buf[kMaxDataFrame];
  for (std::size_t i = 0; i < kLocalReadsPerEvent && session_.pending_output() < kMaxSessionBacklog; ++i) {
    ssize_t n = ::recv(local_.get(), buf, sizeof buf, 0);
    if (n > 0) {
      session_.write(data_id_, std::string_view(buf, static_cast<std::size_t>(n)));
      continue;
    }
    if (n == 0) {  // local EOF: half-close, keep copying the remote side
      local_eof_ = true;
      session_.close_write(data_id_);
      return;
    }
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return;
    log_error("portforward.go:410", std::string("error copying from local connection to remote stream: read: ") +
                                        std::strerror(errno));
    local_eof_ = true;
    session_.close_write(data_id_);
    copy_done();
    return;
  }
}

void ForwardedConnection::write_local() {
  while (pending_to_local() > 0) {
    ssize_t n = ::send(local_.get(), to_local_.data() + to_local_offset_, pending_to_local(), MSG_NOSIGNAL);
    if (n > 0) {
      to_local_offset_ += static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) break;
    if (errno != EPIPE && errno != ECONNRESET)
      log_error("portforward.go:398", std::string("error copying from remote stream to local connection: write: ") +
                                          std::strerror(errno));
    to_local_.clear();
    to_local_offset_ = 0;
    copy_done();
    return;
  }
  if (to_local_offset_ == to_local_.size()) {
    to_local_.clear();
    to_local_offset_ = 0;
  } else if (to_local_offset_ > (1u << 20)) {
    to_local_.erase(0, to_local_offset_);
    to_local_offset_ = 0;
  }
  if (data_remote_ended_ && pending_to_local() == 0) copy_done();
}

// client-go resets the data stream once either copy is over, to discard
// unsent data, and then waits for the error stream.
void ForwardedConnection::copy_done() {
  if (copying_done_) return maybe_finish();
  copying_done_ = true;
  if (data_id_ != 0) session_.reset(data_id_);
  maybe_finish();
}

void ForwardedConnection::maybe_finish() {
  if (finished_ || !copying_done_ || !error_ended_) return;
  finished_ = true;
  local_.reset();
  if (!error_text_.empty()) {
    log_error("portforward.go:424", "an error occurred forwarding " + ports_text() + ": " + error_text_);
    failed_session_ = true;
  }
}

}  // namespace kctl::stream
