// One accepted local connection of port-forward, as client-go's
// handleConnection: an error stream (SYN, FIN at once, read to EOF) and
// then a data stream on the shared SPDY session, bytes copied both ways
// with half-close; when the remote side is done the data stream is reset
// and the error stream's text, if any, is logged and fails the session.
// Everything runs on the forwarder's poll loop; nothing blocks.
#pragma once

#include <cstddef>
#include <string>

#include "client/logger.h"
#include "stream/port_spec.h"
#include "stream/spdy_session.h"
#include "stream/unique_fd.h"

namespace kctl::stream {

// Stop reading local sockets while this much is queued for the session.
constexpr std::size_t kMaxSessionBacklog = 1 << 20;
// Stop reading the session while this much waits for slow local readers
// (spdystream stalls the same way: its stream channels are unbuffered).
constexpr std::size_t kMaxLocalBacklog = 8 << 20;

class ForwardedConnection {
 public:
  ForwardedConnection(UniqueFd local, ForwardedPort port, int request_id, SpdySession& session, const Logger& log);
  ~ForwardedConnection();
  ForwardedConnection(const ForwardedConnection&) = delete;
  ForwardedConnection& operator=(const ForwardedConnection&) = delete;

  // Opens the error stream (the data stream follows its SYN_REPLY).
  Result<> start();

  int fd() const { return local_.get(); }
  // What to poll the local socket for now (0: leave it out of the poll).
  short poll_events() const;
  void handle_events(short revents);

  // Done: the local socket is closed and the streams can be forgotten.
  bool finished() const { return finished_; }
  // The pod reported an error: kubectl closes the whole session.
  bool failed_session() const { return failed_session_; }
  // Remote bytes not yet written to the local socket.
  std::size_t pending_to_local() const { return to_local_.size() - to_local_offset_; }

 private:
  void on_error_reply();
  void on_error_end();
  void on_data_reply();
  void on_data(std::string_view bytes);
  void on_data_end();
  void read_local();
  void write_local();
  void copy_done();
  void maybe_finish();
  void log_error(std::string_view source, const std::string& message) const;
  std::string ports_text() const;

  UniqueFd local_;
  ForwardedPort port_;
  int request_id_;
  SpdySession& session_;
  Logger log_;

  StreamId error_id_ = 0, data_id_ = 0;
  bool error_replied_ = false, error_ended_ = false;
  std::string error_text_;
  bool data_replied_ = false, data_remote_ended_ = false;
  bool local_eof_ = false;
  bool copying_done_ = false;  // client-go's remoteDone or localError
  std::string to_local_;
  std::size_t to_local_offset_ = 0;
  bool finished_ = false, failed_session_ = false;
};

}  // namespace kctl::stream
