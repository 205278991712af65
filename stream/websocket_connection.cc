#include "stream/websocket_connection.h"

#include <poll.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include "stream/upgrade_connection.h"

namespace kctl::stream {
namespace {

constexpr std::chrono::seconds kWsPingPeriod{5};
constexpr std::chrono::seconds kPongWait{61};  // 12 pings + 1 s, as client-go
constexpr std::chrono::seconds kCloseWriteTimeout{1};

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

// gorilla's ErrBadHandshake with the status and what the body says, as
// client-go's WebSocket round tripper reports it.
Error bad_handshake(const client::HttpResponse& resp) {
  std::string cause = "websocket: bad handshake (" + resp.status_text + ")";
  if (resp.status == 101) return upgrade_failure(cause);
  std::string body = resp.body;
  auto first = body.find_first_not_of(" \t\r\n");
  body = first == std::string::npos ? "" : body.substr(first, body.find_last_not_of(" \t\r\n") - first + 1);
  // A metav1.Status body: client-go reports its message.
  nlohmann::json status = nlohmann::json::parse(body, nullptr, false);
  if (status.is_object() && status.value("kind", nlohmann::json()) == "Status" &&
      status.value("message", nlohmann::json()).is_string())
    return upgrade_failure(cause + ": " + status["message"].get<std::string>());
  return upgrade_failure(body.empty() ? cause : cause + ": " + body);
}

std::string random_bytes(std::mt19937& rng, std::size_t n) {
  std::string out(n, '\0');
  for (char& c : out) c = static_cast<char>(rng() & 0xff);
  return out;
}

}  // namespace

Result<std::unique_ptr<WebSocketConnection>> WebSocketConnection::open(const kubeconfig::RestConfig& rc,
                                                                       const WebSocketRequest& request,
                                                                       const Logger& log) {
  std::random_device seed;
  std::mt19937 rng(seed());
  const std::string key = ws::base64_encode(random_bytes(rng, 16));
  HandshakeRequest hs;
  hs.method = "GET";
  hs.url = request.url;
  hs.credentials = request.credentials;
  hs.headers = {{"Upgrade", "websocket"},
                {"Connection", "Upgrade"},
                {"Sec-WebSocket-Key", key},
                {"Sec-WebSocket-Version", "13"},
                {"Sec-WebSocket-Protocol", join(request.protocols, ", ")}};
  auto conn = UpgradeConnection::handshake(rc, hs, log);
  if (!conn) return conn.take_error();
  const client::HttpResponse& resp = (*conn)->response();
  if (resp.status != 101 || lower(resp.header("Upgrade")) != "websocket" ||
      lower(resp.header("Connection")).find("upgrade") == std::string::npos ||
      resp.header("Sec-WebSocket-Accept") != ws::accept_key(key))
    return bad_handshake(resp);
  std::string protocol = resp.header("Sec-WebSocket-Protocol");
  if (std::find(request.protocols.begin(), request.protocols.end(), protocol) == request.protocols.end())
    return upgrade_failure("invalid protocol, expected one of " + quoted_list(request.protocols) + ", got \"" +
                           protocol + "\"");
  std::string initial = (*conn)->take_initial_bytes();
  return std::make_unique<WebSocketConnection>(std::unique_ptr<ByteStream>(std::move(*conn)), std::move(initial),
                                               std::move(protocol));
}

WebSocketConnection::WebSocketConnection(std::unique_ptr<ByteStream> conn, std::string initial, std::string protocol)
    : conn_(std::move(conn)), protocol_(std::move(protocol)), mask_source_(std::random_device{}()) {
  parser_.feed(initial);
  next_ping_ = Clock::now() + kWsPingPeriod;
  pong_deadline_ = Clock::now() + kPongWait;
}

WebSocketConnection::~WebSocketConnection() = default;

void WebSocketConnection::queue_frame(ws::Opcode opcode, std::string_view payload) {
  if (close_sent_) return;  // nothing may follow a close frame
  if (out_offset_ > 0 && out_offset_ == out_.size()) {
    out_.clear();
    out_offset_ = 0;
  }
  out_ += ws::client_frame(opcode, payload, static_cast<std::uint32_t>(mask_source_()));
  if (opcode == ws::Opcode::Close) close_sent_ = true;
}

void WebSocketConnection::send_binary(std::string_view payload) { queue_frame(ws::Opcode::Binary, payload); }

Result<> WebSocketConnection::flush() {
  while (pending_output() > 0) {
    auto n = conn_->send(std::string_view(out_).substr(out_offset_));
    if (!n) return n.take_error();
    if (*n == 0) break;
    out_offset_ += *n;
  }
  if (out_offset_ == out_.size()) {
    out_.clear();
    out_offset_ = 0;
  } else if (out_offset_ > (1u << 20)) {
    out_.erase(0, out_offset_);
    out_offset_ = 0;
  }
  return {};
}

Result<> WebSocketConnection::flush_all(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (true) {
    if (auto r = flush(); !r) return r;
    if (pending_output() == 0) return {};
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return make_error(ErrorKind::Connection, "websocket: write timeout");
    pollfd p{fd(), POLLOUT, 0};
    ::poll(&p, 1, static_cast<int>(left));
  }
}

Result<> WebSocketConnection::read_available(const OnBinary& on_binary) {
  char buf[65536];
  while (true) {
    while (true) {
      auto message = parser_.next();
      if (!message) return message.take_error();
      if (!message->has_value()) break;
      ws::Message& m = **message;
      switch (m.opcode) {
        case ws::Opcode::Binary:
          if (auto r = on_binary(std::move(m.payload)); !r) return r;
          break;
        case ws::Opcode::Text:
          return make_error(ErrorKind::Connection, "unexpected message type: 1");
        case ws::Opcode::Ping:
          queue_frame(ws::Opcode::Pong, m.payload);
          break;
        case ws::Opcode::Pong:
          pong_deadline_ = Clock::now() + kPongWait;
          break;
        case ws::Opcode::Close: {
          const std::uint16_t code = ws::close_code(m.payload);
          if (code != ws::kCloseNormal)
            abnormal_end_ = make_error(ErrorKind::Connection, "websocket: close " + std::to_string(code) +
                                                                  (m.payload.size() > 2 ? " " + m.payload.substr(2) : ""));
          // Answer with the code the server sent, as gorilla's default handler does.
          queue_frame(ws::Opcode::Close, m.payload.substr(0, std::min<std::size_t>(m.payload.size(), 2)));
          ended_ = true;
          return {};
        }
        case ws::Opcode::Continuation:
          break;
      }
    }
    if (ended_) return {};
    auto n = conn_->recv(buf, sizeof buf);
    if (!n) return n.take_error();
    if (!n->has_value()) return {};
    if (**n == 0) {
      abnormal_end_ = make_error(ErrorKind::Connection, "websocket: close 1006 (abnormal closure): unexpected EOF");
      ended_ = true;
      return {};
    }
    parser_.feed(std::string_view(buf, **n));
  }
}

Result<> WebSocketConnection::keep_alive() {
  const auto now = Clock::now();
  if (now >= pong_deadline_)
    return make_error(ErrorKind::Connection, "websocket: no PONG from the server for " +
                                                 std::to_string(kPongWait.count()) + "s: connection lost");
  if (now >= next_ping_) {
    queue_frame(ws::Opcode::Ping, {});
    next_ping_ = now + kWsPingPeriod;
  }
  return {};
}

Result<> WebSocketConnection::run(const std::vector<Watch>& watches, const OnBinary& on_binary,
                                  const std::function<bool()>& done) {
  // Data may already wait in the parser or in TLS buffers the socket does not show.
  if (auto r = read_available(on_binary); !r) return r;
  while (!ended_ && !done()) {
    if (auto r = keep_alive(); !r) return r;
    if (auto r = flush(); !r) return r;
    std::vector<pollfd> fds;
    fds.push_back({fd(), static_cast<short>(POLLIN | (pending_output() > 0 ? POLLOUT : 0)), 0});
    std::vector<const Watch*> active;
    for (const Watch& w : watches) {
      if (!w.wanted || !w.wanted()) continue;
      fds.push_back({w.fd, POLLIN, 0});
      active.push_back(&w);
    }
    const auto wake = std::min(next_ping_, pong_deadline_);
    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(wake - Clock::now()).count();
    int n = ::poll(fds.data(), fds.size(), static_cast<int>(std::max<long long>(wait, 0) + 1));
    if (n < 0) {
      if (errno == EINTR) continue;
      return make_error(ErrorKind::Internal, std::string("poll: ") + std::strerror(errno));
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR))
      if (auto r = read_available(on_binary); !r) return r;
    for (std::size_t i = 0; i < active.size(); ++i)
      if (fds[i + 1].revents & (POLLIN | POLLHUP | POLLERR))
        if (auto r = active[i]->on_readable(); !r) return r;
  }
  return {};
}

void WebSocketConnection::close() {
  if (!close_sent_) {
    const char normal[2] = {static_cast<char>(ws::kCloseNormal >> 8), static_cast<char>(ws::kCloseNormal & 0xff)};
    queue_frame(ws::Opcode::Close, std::string_view(normal, 2));
  }
  (void)flush_all(kCloseWriteTimeout);
}

}  // namespace kctl::stream
