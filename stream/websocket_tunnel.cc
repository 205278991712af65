#include "stream/websocket_tunnel.h"

#include <cstring>
#include <deque>

#include "stream/websocket_connection.h"

namespace kctl::stream {
namespace {

constexpr std::chrono::seconds kWriteTimeout{60};  // client-go's per-message write deadline

// The tunnel as a byte stream: each send() is one binary message; recv()
// hands out payload bytes whatever the message boundaries were.
class TunnelStream : public ByteStream {
 public:
  explicit TunnelStream(std::unique_ptr<WebSocketConnection> ws) : ws_(std::move(ws)) {}
  ~TunnelStream() override { ws_->close(); }
  TunnelStream(const TunnelStream&) = delete;
  TunnelStream& operator=(const TunnelStream&) = delete;

  int fd() const override { return ws_->fd(); }

  Result<std::size_t> send(std::string_view bytes) override {
    if (ws_->ended()) return make_error(ErrorKind::Connection, "write: the tunnel is closed");
    // A message is written whole before send() returns, so the session
    // never has to poll for bytes it believes are already sent.
    ws_->send_binary(bytes);
    if (auto r = ws_->flush_all(kWriteTimeout); !r) return r.take_error();
    return bytes.size();
  }

  Result<std::optional<std::size_t>> recv(char* buf, std::size_t size) override {
    if (in_.empty()) {
      auto r = ws_->read_available([this](std::string&& payload) -> Result<> {
        if (!payload.empty()) in_.push_back(std::move(payload));  // kept whole: no copy
        return {};
      });
      if (!r) return r.take_error();
      if (auto f = ws_->flush_all(kWriteTimeout); !f) return f.take_error();  // PONGs, the close reply
    }
    if (!in_.empty()) {
      const std::string& front = in_.front();
      const std::size_t n = std::min(size, front.size() - front_offset_);
      std::memcpy(buf, front.data() + front_offset_, n);
      front_offset_ += n;
      if (front_offset_ == front.size()) {
        in_.pop_front();
        front_offset_ = 0;
      }
      return std::optional<std::size_t>(n);
    }
    if (ws_->ended()) return std::optional<std::size_t>(0);
    return std::optional<std::size_t>();
  }

 private:
  std::unique_ptr<WebSocketConnection> ws_;
  std::deque<std::string> in_;  // messages not yet read
  std::size_t front_offset_ = 0;
};

}  // namespace

Result<DialedStream> dial_websocket_tunnel(const kubeconfig::RestConfig& rc, client::HandshakeCredentials credentials,
                                           const std::string& url, const Logger& log) {
  WebSocketRequest req;
  req.url = url;
  req.protocols = {std::string(kTunnelProtocolPrefix) + std::string(kPortForwardProtocol)};
  req.credentials = std::move(credentials);
  if (log.v(6)) log.info("tunneling_dialer.go:75", "Before WebSocket Upgrade Connection...");
  auto ws = WebSocketConnection::open(rc, req, log);
  if (!ws) return ws.take_error();
  DialedStream dialed;
  dialed.protocol = (*ws)->protocol().substr(kTunnelProtocolPrefix.size());
  if (log.v(6)) log.info("tunneling_dialer.go:85", "negotiated protocol: " + dialed.protocol);
  dialed.conn = std::make_unique<TunnelStream>(std::move(*ws));
  return dialed;
}

}  // namespace kctl::stream
