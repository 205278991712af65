#include "stream/websocket_connection.h"

#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>

#include "client/http.h"
#include "client/layers.h"
#include "stream/lws_client_config.h"
#include "stream/lws_library.h"

namespace kctl::stream {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::chrono::seconds kWsPingPeriod{5};
constexpr std::chrono::seconds kPongWait{61};  // 12 pings + 1 s, as client-go
constexpr std::chrono::seconds kCloseWait{1};
constexpr unsigned kHandshakeTimeoutSecs = 30;  // as the curl path's connect timeout
constexpr std::size_t kRxBufferSize = 64 * 1024;
constexpr int kMaxReadPasses = 16;  // per read_available(), so watches get their turn
constexpr std::uint16_t kCloseNormal = 1000;
constexpr std::uint16_t kCloseNoStatus = 1005;

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

struct Incoming {
  bool text = false;
  std::string payload;
};

}  // namespace

struct WebSocketConnection::Impl {
  const LwsLibrary* lib = nullptr;
  Logger log;
  std::string url;
  std::vector<std::string> offered;
  client::Headers headers;
  std::unique_ptr<LwsClientConfig> config;
  std::vector<lws_protocols> protocols;
  lws_context* context = nullptr;
  lws* wsi = nullptr;
  int socket = -1;

  enum class State { Connecting, Open, Closed } state = State::Connecting;
  std::optional<Error> failure;  // why the handshake failed
  std::string protocol;

  // Out: whole messages with LWS_PRE bytes of headroom for lws's header.
  std::deque<std::string> out;
  std::size_t out_bytes = 0;
  bool ping_due = false, close_due = false, close_sent = false;
  bool writable_requested = false;

  // In: whole messages reassembled from fragments.
  std::string fragment;
  bool in_message = false, fragment_text = false;
  std::deque<Incoming> in;
  unsigned long received = 0;  // callbacks that brought something in
  bool peer_closed = false;
  std::optional<Error> abnormal_end;
  Clock::time_point next_ping, pong_deadline;

  ~Impl() {
    if (context != nullptr) lib->context_destroy(context);
  }

  static int callback(lws* w, lws_callback_reasons reason, void*, void* in, size_t len) {
    auto lib = lws_library();
    if (!lib || w == nullptr) return 0;
    auto* self = static_cast<Impl*>((*lib)->context_user((*lib)->get_context(w)));
    return self == nullptr ? 0 : self->on_event(w, reason, in, len);
  }

  int on_event(lws* w, lws_callback_reasons reason, void* in, size_t len) {
    switch (reason) {
      case LWS_CALLBACK_CLIENT_APPEND_HANDSHAKE_HEADER:
        return append_headers(w, static_cast<unsigned char**>(in), len);
      case LWS_CALLBACK_CLIENT_CONNECTION_ERROR:
        handshake_failed(w, in != nullptr ? static_cast<const char*>(in) : "");
        return 0;
      case LWS_CALLBACK_CLIENT_FILTER_PRE_ESTABLISH:
        // The response headers are gone by ESTABLISHED.
        protocol = response_header(w, WSI_TOKEN_PROTOCOL);
        return 0;
      case LWS_CALLBACK_CLIENT_ESTABLISHED:
        return established(w);
      case LWS_CALLBACK_CLIENT_RECEIVE:
        receive(w, static_cast<const char*>(in), len);
        return 0;
      case LWS_CALLBACK_CLIENT_RECEIVE_PONG:
        pong_deadline = Clock::now() + kPongWait;
        return 0;
      case LWS_CALLBACK_CLIENT_WRITEABLE:
        writable_requested = false;
        return write_next(w);
      case LWS_CALLBACK_WS_PEER_INITIATED_CLOSE:
        peer_close(static_cast<const unsigned char*>(in), len);
        return 0;  // lws answers with the same code, as gorilla's default handler does
      case LWS_CALLBACK_CLIENT_CLOSED:
        if (w == wsi) closed();
        return 0;
      case LWS_CALLBACK_WSI_DESTROY:
        if (w == wsi) closed();
        return 0;
      default:
        return 0;
    }
  }

  int append_headers(lws* w, unsigned char** p, size_t len) {
    unsigned char* end = *p + len;
    for (const auto& [name, value] : headers) {
      const std::string field = name + ":";
      if (lib->add_http_header_by_name(w, reinterpret_cast<const unsigned char*>(field.c_str()),
                                       reinterpret_cast<const unsigned char*>(value.data()),
                                       static_cast<int>(value.size()), p, end) != 0)
        return -1;
    }
    return 0;
  }

  std::string response_header(lws* w, lws_token_indexes token) const {
    const int n = lib->hdr_total_length(w, token);
    if (n <= 0) return {};
    std::string value(static_cast<std::size_t>(n) + 1, '\0');
    if (lib->hdr_copy(w, value.data(), n + 1, token) < 0) return {};
    value.resize(static_cast<std::size_t>(n));
    return value;
  }

  // gorilla's ErrBadHandshake for a non-101 answer or a bad 101; anything
  // before a response (DNS, TCP, TLS, timeout) is a connection error.
  void handshake_failed(lws* w, const std::string& why) {
    const unsigned status = w != nullptr ? lib->http_client_http_response(w) : 0;
    if (!failure) {
      if (status == 101 && why.find("PROTOCOL") != std::string::npos)
        failure = invalid_protocol(response_header(w, WSI_TOKEN_PROTOCOL));
      else if (status != 0)
        failure = upgrade_failure("websocket: bad handshake (" + client::status_line(status) + ")");
      else if (config->connect_errno() == ECONNREFUSED)
        failure = make_error(ErrorKind::Connection, "The connection to the server " + config->host_port() +
                                                        " was refused - did you specify the right host or port?");
      else
        failure = make_error(ErrorKind::Connection, "Unable to connect to the server: " + why);
    }
    if (log.v(6)) log.info("websocket.go:133", "WebSocket handshake for " + url + " failed: " + why);
    state = State::Closed;
    wsi = nullptr;
  }

  Error invalid_protocol(const std::string& got) const {
    return upgrade_failure("invalid protocol, expected one of " + quoted_list(offered) + ", got \"" + got + "\"");
  }

  int established(lws* w) {
    // client-go rejects a 101 without one of the offered subprotocols.
    if (std::find(offered.begin(), offered.end(), protocol) == offered.end()) {
      failure = invalid_protocol(protocol);
      return -1;
    }
    state = State::Open;
    socket = lib->get_socket_fd(w);
    next_ping = Clock::now() + kWsPingPeriod;
    pong_deadline = Clock::now() + kPongWait;
    return 0;
  }

  void receive(lws* w, const char* data, size_t len) {
    ++received;
    if (!in_message) {
      in_message = true;
      fragment_text = lib->frame_is_binary(w) == 0;
    }
    fragment.append(data, len);
    if (lib->is_final_fragment(w) != 0 && lib->remaining_packet_payload(w) == 0) {
      in.push_back(Incoming{fragment_text, std::move(fragment)});
      fragment.clear();
      in_message = false;
    }
  }

  void peer_close(const unsigned char* payload, size_t len) {
    ++received;
    peer_closed = true;
    const std::uint16_t code = len >= 2 ? static_cast<std::uint16_t>(payload[0] << 8 | payload[1]) : kCloseNoStatus;
    if (code != kCloseNormal && !abnormal_end) {
      std::string reason = len > 2 ? std::string(reinterpret_cast<const char*>(payload) + 2, len - 2) : "";
      abnormal_end = make_error(ErrorKind::Connection,
                                "websocket: close " + std::to_string(code) + (reason.empty() ? "" : " " + reason));
    }
  }

  void closed() {
    ++received;
    if (state == State::Open && !peer_closed && !close_sent && !abnormal_end)
      abnormal_end = make_error(ErrorKind::Connection, "websocket: close 1006 (abnormal closure): unexpected EOF");
    state = State::Closed;
    wsi = nullptr;
    socket = -1;
  }

  // One frame per WRITEABLE callback, as lws requires: PING first, then
  // data, and the close frame last.
  int write_next(lws* w) {
    if (peer_closed) return 0;
    if (ping_due) {
      ping_due = false;
      unsigned char ping[LWS_PRE + 1];
      if (lib->write(w, ping + LWS_PRE, 0, LWS_WRITE_PING) < 0) return -1;
    } else if (!out.empty()) {
      std::string message = std::move(out.front());
      out.pop_front();
      const std::size_t n = message.size() - LWS_PRE;
      out_bytes -= n;
      if (lib->write(w, reinterpret_cast<unsigned char*>(message.data()) + LWS_PRE, n, LWS_WRITE_BINARY) <
          static_cast<int>(n))
        return -1;
    } else if (close_due && !close_sent) {
      close_sent = true;
      lib->close_reason(w, LWS_CLOSE_STATUS_NORMAL, nullptr, 0);
      return -1;  // lws sends the close frame and awaits the server's
    }
    if (ping_due || !out.empty() || (close_due && !close_sent)) want_write();
    return 0;
  }

  void want_write() {
    if (wsi == nullptr || writable_requested) return;
    writable_requested = true;
    lib->callback_on_writable(wsi);
  }

  bool want_pollout() const { return wsi != nullptr && (writable_requested || lib->partial_buffered(wsi) != 0); }
  bool ended() const { return peer_closed || state == State::Closed; }

  // One lws pass that does not wait: reads, writes and timers that are ready.
  void service() {
    if (context != nullptr) lib->service(context, -1);
  }

  Result<> dispatch(const OnBinary& on_binary) {
    while (!in.empty()) {
      Incoming m = std::move(in.front());
      in.pop_front();
      if (m.text) return make_error(ErrorKind::Connection, "unexpected message type: 1");
      if (auto r = on_binary(std::move(m.payload)); !r) return r;
    }
    return {};
  }

  Result<> keep_alive() {
    const auto now = Clock::now();
    if (now >= pong_deadline)
      return make_error(ErrorKind::Connection, "websocket: no PONG from the server for " +
                                                   std::to_string(kPongWait.count()) + "s: connection lost");
    if (now >= next_ping) {
      ping_due = true;
      want_write();
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
  auto lib = lws_library();
  if (!lib) return lib.take_error();
  if (request.protocols.empty()) return make_error(ErrorKind::Internal, "websocket: no subprotocol to offer");
  auto impl = std::make_unique<Impl>();
  Impl& c = *impl;
  c.lib = *lib;
  c.log = log;
  c.url = request.url;
  c.offered = request.protocols;
  c.headers = request.credentials.headers;
  auto config = LwsClientConfig::create(rc, request.credentials, request.url, request.protocols);
  if (!config) return config.take_error();
  c.config = std::move(*config);

  // Every offered name is a protocol of the vhost, so lws binds whichever the server picks.
  for (const std::string& name : c.offered) {
    lws_protocols p{};
    p.name = name.c_str();
    p.callback = &Impl::callback;
    p.rx_buffer_size = kRxBufferSize;
    c.protocols.push_back(p);
  }
  c.protocols.push_back(lws_protocols{});

  lws_context_creation_info info{};
  info.port = CONTEXT_PORT_NO_LISTEN;
  info.protocols = c.protocols.data();
  info.user = &c;
  info.timeout_secs = kHandshakeTimeoutSecs;
  info.connect_timeout_secs = kHandshakeTimeoutSecs;
  info.fd_limit_per_thread = 8;  // one connection; lws sizes its tables by this
  c.config->fill(info);
  c.context = c.lib->create_context(&info);
  if (c.context == nullptr)
    return make_error(ErrorKind::Connection,
                      "Unable to connect to the server: cannot set up TLS from the kubeconfig's CA, client "
                      "certificate and key");

  lws_client_connect_info ci{};
  ci.context = c.context;
  c.config->fill(ci);
  ci.local_protocol_name = c.offered.front().c_str();
  ci.pwsi = &c.wsi;
  const auto start = Clock::now();
  if (log.v(7)) {
    log.info("round_trippers.go:470", "GET " + request.url);
    log.info("round_trippers.go:476", "Request Headers:");
    for (const auto& [k, v] : c.headers) log.info("round_trippers.go:480", "    " + k + ": " + client::mask_header(k, v));
  }
  c.wsi = c.lib->client_connect_via_info(&ci);
  if (c.wsi == nullptr) {  // failed at once (a name that does not resolve...)
    c.state = Impl::State::Closed;
    if (!c.failure)
      c.failure = make_error(ErrorKind::Connection, "Unable to connect to the server: cannot connect to " +
                                                        c.config->host_port());
  }
  // lws waits here (its own timers bound the connect and the handshake).
  while (c.state == Impl::State::Connecting)
    if (c.lib->service(c.context, 0) < 0) break;
  if (c.state != Impl::State::Open)
    return c.failure ? *c.failure : make_error(ErrorKind::Connection, "websocket: connection closed during the handshake");
  if (log.v(6)) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    log.info("round_trippers.go:560", "GET " + request.url + " 101 Switching Protocols in " + std::to_string(ms) +
                                          " milliseconds");
  }
  return std::unique_ptr<WebSocketConnection>(new WebSocketConnection(std::move(impl)));
}

const std::string& WebSocketConnection::protocol() const { return impl_->protocol; }
int WebSocketConnection::fd() const { return impl_->socket; }
bool WebSocketConnection::ended() const { return impl_->ended(); }
const std::optional<Error>& WebSocketConnection::abnormal_end() const { return impl_->abnormal_end; }

void WebSocketConnection::send_binary(std::string_view payload) {
  Impl& c = *impl_;
  if (c.close_due || c.ended()) return;  // nothing may follow a close frame
  std::string message(LWS_PRE, '\0');
  message.append(payload);
  c.out.push_back(std::move(message));
  c.out_bytes += payload.size();
  c.want_write();
}

std::size_t WebSocketConnection::pending_output() const {
  const Impl& c = *impl_;
  return c.out_bytes + (c.wsi != nullptr && c.lib->partial_buffered(c.wsi) != 0 ? 1 : 0);
}

Result<> WebSocketConnection::flush() {
  Impl& c = *impl_;
  // Each pass writes at most one frame; stop when the socket takes no more.
  for (std::size_t before = pending_output() + 1; pending_output() > 0 && pending_output() < before;) {
    before = pending_output();
    c.service();
  }
  return {};
}

Result<> WebSocketConnection::flush_all(std::chrono::milliseconds timeout) {
  Impl& c = *impl_;
  const auto deadline = Clock::now() + timeout;
  // Only write here: what lws read now would wait unseen by a caller that
  // polls the socket for input (the tunnel's SPDY session).
  if (c.wsi != nullptr) c.lib->rx_flow_control(c.wsi, 0);
  Result<> result;
  while (pending_output() > 0 || c.ping_due) {
    if (c.ended()) {
      result = make_error(ErrorKind::Connection, "websocket: write on a closed connection");
      break;
    }
    if (Clock::now() >= deadline) {
      result = make_error(ErrorKind::Connection, "websocket: write timeout");
      break;
    }
    pollfd p{c.socket, POLLOUT, 0};
    ::poll(&p, 1, millis_until(deadline));
    c.service();
  }
  if (c.wsi != nullptr) c.lib->rx_flow_control(c.wsi, 1);
  return result;
}

Result<> WebSocketConnection::read_available(const OnBinary& on_binary) {
  Impl& c = *impl_;
  if (auto r = c.dispatch(on_binary); !r) return r;
  // Until a pass brings nothing: TLS may hold records the socket no longer
  // shows. Two passes at least: lws answers a PING (or a close) with a write
  // it asks POLLOUT for itself, which kctl's poll does not know about.
  for (int pass = 0; pass < kMaxReadPasses && !c.ended(); ++pass) {
    const auto before = c.received;
    c.service();
    if (auto r = c.dispatch(on_binary); !r) return r;
    if (pass > 0 && c.received == before) break;
  }
  return c.dispatch(on_binary);
}

Result<> WebSocketConnection::run(const std::vector<Watch>& watches, const OnBinary& on_binary,
                                  const std::function<bool()>& done) {
  Impl& c = *impl_;
  if (auto r = read_available(on_binary); !r) return r;
  while (!c.ended() && !done()) {
    if (auto r = c.keep_alive(); !r) return r;
    std::vector<pollfd> fds;
    fds.push_back({c.socket, static_cast<short>(POLLIN | (c.want_pollout() ? POLLOUT : 0)), 0});
    std::vector<const Watch*> active;
    for (const Watch& w : watches) {
      if (!w.wanted || !w.wanted()) continue;
      fds.push_back({w.fd, POLLIN, 0});
      active.push_back(&w);
    }
    // lws says 0 when it already holds input (TLS records, buffered rx).
    const int wait = c.lib->service_adjust_timeout(c.context, millis_until(std::min(c.next_ping, c.pong_deadline)) + 1, 0);
    int n = ::poll(fds.data(), fds.size(), wait);
    if (n < 0) {
      if (errno == EINTR) continue;
      return make_error(ErrorKind::Internal, std::string("poll: ") + std::strerror(errno));
    }
    // Also on a timeout: the pass runs lws's timers and sends a due PING.
    if (n == 0 || fds[0].revents != 0)
      if (auto r = read_available(on_binary); !r) return r;
    for (std::size_t i = 0; i < active.size(); ++i)
      if (fds[i + 1].revents & (POLLIN | POLLHUP | POLLERR))
        if (auto r = active[i]->on_readable(); !r) return r;
  }
  return {};
}

void WebSocketConnection::close() {
  Impl& c = *impl_;
  if (!c.ended() && !c.close_due) {
    c.close_due = true;
    c.want_write();
  }
  // Write what is queued and the close frame (or lws's answer to the
  // server's), then let the context go.
  const auto deadline = Clock::now() + kCloseWait;
  while (c.wsi != nullptr && Clock::now() < deadline) {
    pollfd p{c.socket, static_cast<short>(POLLIN | (c.want_pollout() ? POLLOUT : 0)), 0};
    ::poll(&p, 1, std::min(millis_until(deadline), 50));
    c.service();
    if (c.close_sent && c.out.empty() && !c.want_pollout()) break;
  }
}

}  // namespace kctl::stream
