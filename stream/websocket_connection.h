// A client WebSocket connection (RFC 6455) over the same upgraded HTTP/1.1
// connection the SPDY path uses (libcurl CONNECT_ONLY: the RestConfig's
// TLS, client certificates, tls-server-name and every proxy kind curl
// knows; the credentials' headers on the handshake), so both transports
// reach the server alike. GET with one Sec-WebSocket-Protocol line, no
// extensions; masked frames out, whole binary messages in; PING every 5 s
// and the connection is dead without a PONG for 61 s, as client-go's.
//
// Why not libwebsockets: Debian's 4.1.6 parses a client's incoming frames
// one byte per call (lws_ws_client_rx_sm); measured on the port-forward
// tunnel it spent 70% of kctl's CPU there and moved 60 MiB/s where kubectl
// moves 104. The framing here is a memcpy per message.
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
  // Bytes queued and not yet written.
  std::size_t pending_output() const;
  // Writes what the connection takes now.
  Result<> flush();
  // Writes everything queued, waiting up to `timeout` (client-go's write deadline is 60 s).
  Result<> flush_all(std::chrono::milliseconds timeout);

  // Reads what is available: binary messages go to `on_binary`, PINGs are
  // answered, a close frame is answered and ends the connection. A text
  // message is a protocol error. It may stop before the connection runs
  // dry (so watches get their turn); run() knows to come back at once.
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
