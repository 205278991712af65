#include "stream/remote_command.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>

#include "stream/channel_protocol.h"

namespace kctl::stream {
namespace {

constexpr std::size_t kSpdyStdinChunk = 128 * 1024;  // sent as 32 KiB data frames
constexpr std::size_t kSpdyMaxQueuedOutput = 1 << 20;  // stop reading stdin while this much is unsent
// kubectl's port-forward words. client-go takes an error stream that ends
// with the connection, empty, for success: a kubelet killed mid-command
// then looks like exit 0.
constexpr std::string_view kLostConnection = "lost connection to pod";

// A stream whose data goes to a descriptor (or is collected).
struct Sink {
  int fd = -1;
  bool ended = false;
  std::string collected;  // the error stream
};

StreamCallbacks to_fd(Sink& sink) {
  return {[&sink](std::string_view data) -> Result<> {
            if (sink.fd < 0) {
              sink.collected.append(data);
              return {};
            }
            return write_fd(sink.fd, data);
          },
          [&sink] { sink.ended = true; }};
}

spdy::HeaderBlock stream_type(const char* type) { return {{"streamtype", type}}; }

}  // namespace

Result<> write_fd(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        pollfd p{fd, POLLOUT, 0};
        ::poll(&p, 1, -1);
        continue;
      }
      return make_error(ErrorKind::Internal, std::string("write: ") + std::strerror(errno));
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return {};
}

Result<> run_remote_command(SpdySession& session, std::string_view protocol, const StreamOptions& o) {
  const bool json_status = protocol == kProtocolV4 || protocol == kProtocolV5;
  const bool resize_supported = json_status || protocol == kProtocolV3;
  Sink error, out, err, ignored_stdin, ignored_resize;
  error.fd = -1;
  out.fd = o.stdout_fd;
  err.fd = o.stderr_fd;
  const bool want_stderr = o.stderr_fd >= 0 && !o.tty;

  // Whether the error stream ended by a frame of the server's (FIN, RST,
  // GOAWAY: its session ended the command) or with the connection.
  bool error_ended_by_server = false;
  StreamCallbacks error_callbacks = to_fd(error);
  error_callbacks.on_end = [&] {
    error.ended = true;
    error_ended_by_server = !session.ended();
  };

  // Stream creation, one at a time, in client-go's order.
  auto error_id = session.open_stream(stream_type("error"), std::move(error_callbacks));
  if (!error_id) return error_id.take_error();
  std::optional<StreamId> stdin_id, resize_id;
  if (o.stdin_fd >= 0) {
    // The server may FIN its side of stdin; its data is not used.
    auto id = session.open_stream(stream_type("stdin"), to_fd(ignored_stdin));
    if (!id) return id.take_error();
    stdin_id = *id;
  }
  if (o.stdout_fd >= 0) {
    auto id = session.open_stream(stream_type("stdout"), to_fd(out));
    if (!id) return id.take_error();
  } else {
    out.ended = true;
  }
  if (want_stderr) {
    auto id = session.open_stream(stream_type("stderr"), to_fd(err));
    if (!id) return id.take_error();
  } else {
    err.ended = true;
  }
  if (o.tty && resize_supported && o.resize != nullptr) {
    auto id = session.open_stream(stream_type("resize"), to_fd(ignored_resize));
    if (!id) return id.take_error();
    resize_id = *id;
    if (auto size = o.resize->initial()) session.write(*resize_id, resize_payload(size->width, size->height));
  }

  std::vector<Watch> watches;
  bool stdin_open = stdin_id.has_value();
  if (stdin_id) {
    watches.push_back(Watch{
        o.stdin_fd, [&] { return stdin_open && session.pending_output() < kSpdyMaxQueuedOutput; },
        [&]() -> Result<> {
          char buf[kSpdyStdinChunk];
          ssize_t n = ::read(o.stdin_fd, buf, sizeof buf);
          if (n < 0 && (errno == EINTR || errno == EAGAIN)) return {};
          if (n <= 0) {  // EOF (or an unreadable stdin): half-close
            stdin_open = false;
            session.close_write(*stdin_id);
            return {};
          }
          session.write(*stdin_id, std::string_view(buf, static_cast<std::size_t>(n)));
          return {};
        }});
  }
  if (resize_id) {
    watches.push_back(Watch{o.resize->fd(), [] { return true; }, [&]() -> Result<> {
                              if (auto size = o.resize->next())
                                session.write(*resize_id, resize_payload(size->width, size->height));
                              return {};
                            }});
  }
  auto run = session.run(watches, [&] { return out.ended && err.ended && error.ended; });
  session.close();
  if (!run) {
    // The connection broke (a reset after the server's last frames, or the
    // kubelet gone). Once the server has ended the error stream the
    // command's status is complete and decides; before that, the session
    // was lost, as when the connection just ends.
    if (run.error().kind != ErrorKind::Connection) return run;
    if (!error.ended || !error_ended_by_server) return make_error(ErrorKind::Internal, std::string(kLostConnection));
  }
  // Every server ends a session with GOAWAY (spdystream's Close) after the
  // status: a connection that just ends, with no status, was lost.
  if (error.collected.empty() && !error_ended_by_server)
    return make_error(ErrorKind::Internal, std::string(kLostConnection));
  return decode_error_channel(error.collected, json_status);
}

}  // namespace kctl::stream
