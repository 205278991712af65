// A client WebSocket connection (RFC 6455) over the same upgraded HTTP/1.1
// connection the SPDY path uses (libcurl CONNECT_ONLY: the RestConfig's
// TLS, client certificates, tls-server-name and proxy), so both transports
// reach the server exactly alike. GET with one Sec-WebSocket-Protocol line,
// no extensions; masked frames out, whole messages in; PING every 5 s and
// the connection is dead without a PONG for 61 s, as client-go's.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "client/handshake_headers.h"
#include "client/logger.h"
#include "kubeconfig/rest_config.h"
#include "stream/byte_stream.h"
#include "stream/spdy_session.h"
#include "stream/websocket_frame.h"

namespace kctl::stream {

struct WebSocketRequest {
  std::string url;                     // https://host/api/v1/... (ws/wss on the wire)
  std::vector<std::string> protocols;  // offered, most preferred first
  client::HandshakeCredentials credentials;
};

class WebSocketConnection {
 public:
  using Clock = std::chrono::steady_clock;
  using OnBinary = std::function<Result<>(std::string&& payload)>;

  // Connects and completes the handshake. A non-101 answer, a bad 101 or a
  // subprotocol that was not offered is ErrorKind::UpgradeFailed;
  // connection problems are ErrorKind::Connection.
  static Result<std::unique_ptr<WebSocketConnection>> open(const kubeconfig::RestConfig& rc,
                                                           const WebSocketRequest& request, const Logger& log);
  // Runs the WebSocket over an already upgraded connection (tests).
  WebSocketConnection(std::unique_ptr<ByteStream> conn, std::string initial, std::string protocol);
  ~WebSocketConnection();
  WebSocketConnection(const WebSocketConnection&) = delete;
  WebSocketConnection& operator=(const WebSocketConnection&) = delete;

  const std::string& protocol() const { return protocol_; }
  int fd() const { return conn_->fd(); }

  // Queues one binary message; flush() or run() writes it.
  void send_binary(std::string_view payload);
  std::size_t pending_output() const { return out_.size() - out_offset_; }
  // Writes what the connection takes now.
  Result<> flush();
  // Writes everything queued, waiting up to `timeout` (client-go's write deadline is 60 s).
  Result<> flush_all(std::chrono::milliseconds timeout);

  // Reads what is available: binary messages go to `on_binary`, PINGs are
  // answered, a close frame is answered and ends the connection. A text
  // message is a protocol error.
  Result<> read_available(const OnBinary& on_binary);
  // The server closed (close frame or end of stream).
  bool ended() const { return ended_; }
  // Why it ended when that was not a normal close (code 1000).
  const std::optional<Error>& abnormal_end() const { return abnormal_end_; }

  // Polls the connection and the watches, keeps the connection alive, and
  // returns when done() is true after an iteration or the server closed.
  Result<> run(const std::vector<Watch>& watches, const OnBinary& on_binary, const std::function<bool()>& done);

  // Sends a normal close (1000) unless one was sent, and writes it out.
  void close();

 private:
  Result<> keep_alive();
  void queue_frame(ws::Opcode opcode, std::string_view payload);

  std::unique_ptr<ByteStream> conn_;
  std::string protocol_;
  ws::FrameParser parser_;
  std::mt19937 mask_source_;
  std::string out_;
  std::size_t out_offset_ = 0;
  bool ended_ = false;
  bool close_sent_ = false;
  std::optional<Error> abnormal_end_;
  Clock::time_point next_ping_, pong_deadline_;
};

}  // namespace kctl::stream
