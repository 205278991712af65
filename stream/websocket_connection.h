// A client WebSocket connection (RFC 6455) on libwebsockets, configured
// from the RestConfig like every request (TLS, client certificates,
// tls-server-name, proxy; credentials' headers on the handshake). GET with
// one Sec-WebSocket-Protocol line, no extensions; whole binary messages in;
// PING every 5 s and the connection is dead without a PONG for 61 s, as
// client-go's. libwebsockets is loaded on first use (stream/lws_library.h)
// and serviced from kctl's own poll loop: one connection, one thread.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "client/handshake_headers.h"
#include "client/logger.h"
#include "kubeconfig/rest_config.h"
#include "stream/spdy_session.h"

namespace kctl::stream {

struct WebSocketRequest {
  std::string url;                     // https://host/api/v1/... (ws/wss on the wire)
  std::vector<std::string> protocols;  // offered, most preferred first
  client::HandshakeCredentials credentials;
};

class WebSocketConnection {
 public:
  using OnBinary = std::function<Result<>(std::string&& payload)>;

  // Connects and completes the handshake. A non-101 answer, a bad 101 or a
  // subprotocol that was not offered is ErrorKind::UpgradeFailed;
  // connection problems are ErrorKind::Connection.
  static Result<std::unique_ptr<WebSocketConnection>> open(const kubeconfig::RestConfig& rc,
                                                           const WebSocketRequest& request, const Logger& log);
  ~WebSocketConnection();
  WebSocketConnection(const WebSocketConnection&) = delete;
  WebSocketConnection& operator=(const WebSocketConnection&) = delete;

  const std::string& protocol() const;
  // The connection's socket, to poll for input (-1 once it is closed).
  int fd() const;

  // Queues one binary message; flush() or run() writes it.
  void send_binary(std::string_view payload);
  // Bytes queued and not yet written (including what lws holds back).
  std::size_t pending_output() const;
  // Writes what the connection takes now.
  Result<> flush();
  // Writes everything queued, waiting up to `timeout` (client-go's write deadline is 60 s).
  Result<> flush_all(std::chrono::milliseconds timeout);

  // Reads what is available: binary messages go to `on_binary`, PINGs are
  // answered, a close frame is answered and ends the connection. A text
  // message is a protocol error.
  Result<> read_available(const OnBinary& on_binary);
  // The server closed (close frame or end of stream).
  bool ended() const;
  // Why it ended when that was not a normal close (code 1000).
  const std::optional<Error>& abnormal_end() const;

  // Polls the connection and the watches, keeps the connection alive, and
  // returns when done() is true after an iteration or the server closed.
  Result<> run(const std::vector<Watch>& watches, const OnBinary& on_binary, const std::function<bool()>& done);

  // Sends a normal close (1000) unless one was sent, and writes it out.
  void close();

 private:
  struct Impl;
  explicit WebSocketConnection(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kctl::stream
