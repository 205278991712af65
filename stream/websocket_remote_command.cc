#include "stream/websocket_remote_command.h"

#include <unistd.h>

#include <cerrno>

#include "stream/channel_protocol.h"
#include "stream/remote_command.h"

namespace kctl::stream {
namespace {

constexpr std::size_t kWebSocketStdinChunk = 32 * 1024;
constexpr std::size_t kWebSocketMaxQueuedOutput = 1 << 20;  // stop reading stdin while this much is unsent

}  // namespace

Result<> run_websocket_remote_command(WebSocketConnection& conn, const StreamOptions& o) {
  std::string status;
  auto on_message = [&](std::string&& message) -> Result<> {
    auto m = parse_channel_message(message);
    if (!m) return m.take_error();
    if (m->is_close || m->payload.empty()) return {};  // a server CLOSE, or the "ready" message
    switch (static_cast<Channel>(m->channel)) {
      case Channel::Stdout:
        return o.stdout_fd >= 0 ? write_fd(o.stdout_fd, m->payload) : Result<>();
      case Channel::Stderr:
        return o.stderr_fd >= 0 ? write_fd(o.stderr_fd, m->payload) : Result<>();
      case Channel::Error:
        status.append(m->payload);
        return {};
      default:
        return {};  // channels the client never reads
    }
  };

  std::vector<Watch> watches;
  bool stdin_open = o.stdin_fd >= 0;
  if (stdin_open) {
    watches.push_back(Watch{o.stdin_fd, [&] { return stdin_open && conn.pending_output() < kWebSocketMaxQueuedOutput; },
                            [&]() -> Result<> {
                              char buf[kWebSocketStdinChunk];
                              ssize_t n = ::read(o.stdin_fd, buf, sizeof buf);
                              if (n < 0 && (errno == EINTR || errno == EAGAIN)) return {};
                              if (n <= 0) {  // EOF (or an unreadable stdin): the v5 CLOSE signal
                                stdin_open = false;
                                conn.send_binary(close_message(Channel::Stdin));
                                return {};
                              }
                              conn.send_binary(channel_message(
                                  Channel::Stdin, std::string_view(buf, static_cast<std::size_t>(n))));
                              return {};
                            }});
  }
  if (o.tty && o.resize != nullptr) {
    if (auto size = o.resize->initial())
      conn.send_binary(channel_message(Channel::Resize, resize_payload(size->width, size->height)));
    watches.push_back(Watch{o.resize->fd(), [] { return true; }, [&]() -> Result<> {
                              if (auto size = o.resize->next())
                                conn.send_binary(
                                    channel_message(Channel::Resize, resize_payload(size->width, size->height)));
                              return {};
                            }});
  }
  // Output ends only with the connection: keep reading until the server's close.
  auto run = conn.run(watches, on_message, [] { return false; });
  conn.close();
  if (!run) return run;
  if (conn.abnormal_end() && status.empty()) return *conn.abnormal_end();
  return decode_error_channel(status, true);
}

}  // namespace kctl::stream
