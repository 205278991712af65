#include "stream/websocket_connection.h"

#include <poll.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <random>

#include "client/http.h"
#include "client/layers.h"
#include "stream/upgrade_connection.h"
#include "stream/websocket_frame.h"

namespace kctl::stream {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::chrono::seconds kWsPingPeriod{5};
constexpr std::chrono::seconds kPongWait{61};  // 12 pings + 1 s, as client-go
constexpr std::chrono::seconds kCloseWait{1};
constexpr std::size_t kReadChunk = 64 * 1024;
constexpr int kReadsPerCall = 16;
constexpr std::size_t kMaxErrorBody = 64 * 1024;  // client-go reads at most this of a refusal  // then watches get their turn (after a message went out)

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : std::string(sep)) + i;
  return out;
}

// Go's %q of a []string: ["a" "b"].
std::string quoted_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const auto& i : items) out += (out.size() > 1 ? " \"" : "\"") + i + "\"";
  return out + "]";
}

Error upgrade_failure(std::string cause) {
  return make_error(ErrorKind::UpgradeFailed, "unable to upgrade streaming request: " + std::move(cause));
}

int millis_until(Clock::time_point t) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t - Clock::now()).count();
  return static_cast<int>(std::clamp<long long>(ms, 0, 60000));
}

// gorilla's ErrBadHandshake as client-go reports it: the status, then the
// message of a metav1.Status body, or else the body itself.
Error bad_handshake(const client::HttpResponse& resp) {
  std::string cause = "websocket: bad handshake (" + client::status_line(resp.status) + ")";
  std::string body = resp.body.substr(0, kMaxErrorBody);
  const nlohmann::json status = nlohmann::json::parse(body, nullptr, false);
  if (status.is_object() && status.value("kind", nlohmann::json()) == "Status" &&
      status.value("message", nlohmann::json()).is_string())
    body = status["message"].get<std::string>();
  const auto first = body.find_first_not_of(" \t\r\n");
  body = first == std::string::npos ? "" : body.substr(first, body.find_last_not_of(" \t\r\n") - first + 1);
  if (!body.empty()) cause += ": " + body;
  return upgrade_failure(std::move(cause));
}

// client-go's checks of the 101 (gorilla's, then the subprotocol): a
// failure is an upgrade failure, which the fallback answers with SPDY.
Result<std::string> check_switching_protocols(const client::HttpResponse& resp, const std::string& key,
                                              const std::vector<std::string>& offered) {
  const Error bad = bad_handshake(resp);
  if (resp.status != 101 || lower(resp.header("Upgrade")) != "websocket" ||
      lower(resp.header("Connection")).find("upgrade") == std::string::npos)
    return bad;
  auto expected = ws::accept_key(key);
  if (!expected) return expected.take_error();
  if (resp.header("Sec-WebSocket-Accept") != *expected) return bad;
  std::string protocol = resp.header("Sec-WebSocket-Protocol");
  if (std::find(offered.begin(), offered.end(), protocol) == offered.end())
    return upgrade_failure("invalid protocol, expected one of " + quoted_list(offered) + ", got \"" + protocol + "\"");
  return protocol;
}

}  // namespace

struct WebSocketConnection::Impl {
  std::unique_ptr<UpgradeConnection> conn;
  std::string protocol;
  ws::FrameParser parser;
  std::mt19937 mask_source{std::random_device{}()};
  std::string out;
  std::size_t out_offset = 0;
  bool ended = false, close_sent = false;
  bool stopped_short = true;  // the handshake may have left frames in TLS buffers
  std::optional<Error> abnormal_end;
  Clock::time_point next_ping = Clock::now() + kWsPingPeriod;
  Clock::time_point pong_deadline = Clock::now() + kPongWait;

  void queue_frame(ws::Opcode opcode, std::string_view payload) {
    if (close_sent) return;  // nothing may follow a close frame
    if (out_offset > 0 && out_offset == out.size()) {
      out.clear();
      out_offset = 0;
    }
    out += ws::client_frame(opcode, payload, static_cast<std::uint32_t>(mask_source()));
    if (opcode == ws::Opcode::Close) close_sent = true;
  }

  std::size_t pending() const { return out.size() - out_offset; }

  // Hands out the parsed messages; false once a close frame ended the connection.
  Result<std::size_t> dispatch(const OnBinary& on_binary) {
    std::size_t delivered = 0;
    while (!ended) {
      auto message = parser.next();
      if (!message) return message.take_error();
      if (!message->has_value()) break;
      ws::Message& m = **message;
      switch (m.opcode) {
        case ws::Opcode::Binary:
          ++delivered;
          if (auto r = on_binary(std::move(m.payload)); !r) return r.take_error();
          break;
        case ws::Opcode::Text:
          return make_error(ErrorKind::Connection, "unexpected message type: 1");
        case ws::Opcode::Ping:
          queue_frame(ws::Opcode::Pong, m.payload);
          break;
        case ws::Opcode::Pong:
          pong_deadline = Clock::now() + kPongWait;
          break;
        case ws::Opcode::Close: {
          const std::uint16_t code = ws::close_code(m.payload);
          if (code != ws::kCloseNormal) {
            std::string why = "websocket: close ";
            why += std::to_string(code);
            if (m.payload.size() > 2) why.append(" ").append(m.payload, 2);
            abnormal_end = make_error(ErrorKind::Connection, std::move(why));
          }
          // Answer with the code the server sent, as gorilla's default handler does.
          queue_frame(ws::Opcode::Close, m.payload.substr(0, std::min<std::size_t>(m.payload.size(), 2)));
          ended = true;
          break;
        }
        case ws::Opcode::Continuation:
          break;
      }
    }
    return delivered;
  }

  Result<> read_available(const OnBinary& on_binary) {
    char buf[kReadChunk];
    std::size_t delivered = 0;
    stopped_short = false;
    for (int reads = 0;; ++reads) {
      auto d = dispatch(on_binary);
      if (!d) return d.take_error();
      delivered += *d;
      if (ended) return {};
      if (reads >= kReadsPerCall && delivered > 0) {
        stopped_short = true;
        return {};
      }
      auto n = conn->recv(buf, sizeof buf);
      if (!n) return n.take_error();
      if (!n->has_value()) return {};
      if (**n == 0) {
        abnormal_end = make_error(ErrorKind::Connection, "websocket: close 1006 (abnormal closure): unexpected EOF");
        ended = true;
        return {};
      }
      parser.feed(std::string_view(buf, **n));
    }
  }

  Result<> flush() {
    while (pending() > 0) {
      auto n = conn->send(std::string_view(out).substr(out_offset));
      if (!n) return n.take_error();
      if (*n == 0) break;
      out_offset += *n;
    }
    if (out_offset == out.size()) {
      out.clear();
      out_offset = 0;
    } else if (out_offset > (1u << 20)) {
      out.erase(0, out_offset);
      out_offset = 0;
    }
    return {};
  }

  Result<> keep_alive() {
    const auto now = Clock::now();
    if (now >= pong_deadline)
      return make_error(ErrorKind::Connection, "websocket: no PONG from the server for " +
                                                   std::to_string(kPongWait.count()) + "s: connection lost");
    if (now >= next_ping) {
      queue_frame(ws::Opcode::Ping, {});
      next_ping = now + kWsPingPeriod;
    }
    return {};
  }
};

WebSocketConnection::WebSocketConnection(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
WebSocketConnection::~WebSocketConnection() = default;

Result<std::unique_ptr<WebSocketConnection>> WebSocketConnection::open(const kubeconfig::RestConfig& rc,
                                                                       const WebSocketRequest& request,
                                                                       const Logger& log) {
  if (request.protocols.empty()) return make_error(ErrorKind::Internal, "websocket: no subprotocol to offer");
  auto key = ws::new_client_key();
  if (!key) return key.take_error();
  HandshakeRequest hs;
  hs.method = "GET";
  hs.url = request.url;
  hs.credentials = request.credentials;
  hs.headers = {{"Upgrade", "websocket"},
                {"Connection", "Upgrade"},
                {"Sec-WebSocket-Key", *key},
                {"Sec-WebSocket-Version", "13"},
                {"Sec-WebSocket-Protocol", join(request.protocols, ", ")}};
  auto conn = UpgradeConnection::handshake(rc, hs, log);
  if (!conn) return conn.take_error();
  auto protocol = check_switching_protocols((*conn)->response(), *key, request.protocols);
  if (!protocol) return protocol.take_error();  // the fallback logs why
  auto impl = std::make_unique<Impl>();
  impl->parser.feed((*conn)->take_initial_bytes());
  impl->conn = std::move(*conn);
  impl->protocol = std::move(*protocol);
  return std::unique_ptr<WebSocketConnection>(new WebSocketConnection(std::move(impl)));
}

const std::string& WebSocketConnection::protocol() const { return impl_->protocol; }
int WebSocketConnection::fd() const { return impl_->ended ? -1 : impl_->conn->fd(); }
bool WebSocketConnection::ended() const { return impl_->ended; }
const std::optional<Error>& WebSocketConnection::abnormal_end() const { return impl_->abnormal_end; }
void WebSocketConnection::send_binary(std::string_view payload) { impl_->queue_frame(ws::Opcode::Binary, payload); }
std::size_t WebSocketConnection::pending_output() const { return impl_->pending(); }
Result<> WebSocketConnection::flush() { return impl_->flush(); }

Result<> WebSocketConnection::flush_all(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (true) {
    if (auto r = flush(); !r) return r;
    if (pending_output() == 0) return {};
    if (Clock::now() >= deadline) return make_error(ErrorKind::Connection, "websocket: write timeout");
    pollfd p{impl_->conn->fd(), POLLOUT, 0};
    ::poll(&p, 1, millis_until(deadline));
  }
}

Result<> WebSocketConnection::read_available(const OnBinary& on_binary) { return impl_->read_available(on_binary); }

Result<> WebSocketConnection::run(const std::vector<Watch>& watches, const OnBinary& on_binary,
                                  const std::function<bool()>& done) {
  Impl& c = *impl_;
  while (!c.ended && !done()) {
    if (c.stopped_short)
      if (auto r = c.read_available(on_binary); !r) return r;
    if (c.ended || done()) break;
    if (auto r = c.keep_alive(); !r) return r;
    if (auto r = c.flush(); !r) return r;
    std::vector<pollfd> fds;
    fds.push_back({c.conn->fd(), static_cast<short>(POLLIN | (c.pending() > 0 ? POLLOUT : 0)), 0});
    std::vector<const Watch*> active;
    for (const Watch& w : watches) {
      if (!w.wanted || !w.wanted()) continue;
      fds.push_back({w.fd, POLLIN, 0});
      active.push_back(&w);
    }
    // Input may wait in TLS buffers the socket does not show.
    const int wait = c.stopped_short ? 0 : millis_until(std::min(c.next_ping, c.pong_deadline)) + 1;
    int n = ::poll(fds.data(), fds.size(), wait);
    if (n < 0) {
      if (errno == EINTR) continue;
      return make_error(ErrorKind::Internal, std::string("poll: ") + std::strerror(errno));
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR))
      if (auto r = c.read_available(on_binary); !r) return r;
    if (fds[0].revents & POLLOUT)
      if (auto r = c.flush(); !r) return r;
    for (std::size_t i = 0; i < active.size(); ++i)
      if (fds[i + 1].revents & (POLLIN | POLLHUP | POLLERR))
        if (auto r = active[i]->on_readable(); !r) return r;
  }
  return {};
}

void WebSocketConnection::close() {
  Impl& c = *impl_;
  if (!c.close_sent) {
    const char normal[2] = {static_cast<char>(ws::kCloseNormal >> 8), static_cast<char>(ws::kCloseNormal & 0xff)};
    c.queue_frame(ws::Opcode::Close, std::string_view(normal, 2));
  }
  (void)flush_all(kCloseWait);
}

}  // namespace kctl::stream
