#include "stream/upgrade_connection.h"

#include <poll.h>

#include <algorithm>
#include <chrono>

#include "client/curl_library.h"
#include "client/curl_options.h"
#include "client/curl_transport.h"
#include "client/http.h"
#include "stream/upgrade_response.h"

namespace kctl::stream {
namespace {

constexpr int kHandshakeTimeoutMs = 30000;
constexpr std::size_t kMaxWrite = 64 * 1024;

using Clock = std::chrono::steady_clock;

}  // namespace

struct UpgradeConnection::Impl {
  const client::CurlLibrary* lib = nullptr;
  CURL* easy = nullptr;
  int socket = -1;
  std::string protocol;
  std::string initial;
  client::HttpResponse response;

  ~Impl() {
    if (easy != nullptr) lib->easy_cleanup(easy);
  }

  // OpenSSL fails a write retried after WANT_WRITE unless it passes the
  // same buffer ("bad write retry"), and callers' queues move in memory. So
  // bytes are written from this buffer, which keeps a blocked write's bytes
  // (the caller offers them again first, as nothing was accepted) until
  // they are out.
  std::string writing;

  Result<std::size_t> send(std::string_view bytes) {
    if (writing.empty()) writing.assign(bytes.substr(0, std::min<std::size_t>(bytes.size(), kMaxWrite)));
    std::size_t sent = 0;
    CURLcode rc = lib->easy_send(easy, writing.data(), writing.size(), &sent);
    if (rc == CURLE_AGAIN) return std::size_t{0};
    if (rc != CURLE_OK) return make_error(ErrorKind::Connection, std::string("write: ") + lib->easy_strerror(rc));
    writing.erase(0, sent);
    return sent;
  }

  Result<std::optional<std::size_t>> recv(char* buf, std::size_t size) {
    std::size_t got = 0;
    CURLcode rc = lib->easy_recv(easy, buf, size, &got);
    if (rc == CURLE_AGAIN) return std::optional<std::size_t>();
    if (rc != CURLE_OK) return make_error(ErrorKind::Connection, std::string("read: ") + lib->easy_strerror(rc));
    return std::optional<std::size_t>(got);
  }

  // Waits for the socket; false on timeout.
  bool wait(short events, Clock::time_point deadline) const {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{socket, events, 0};
    return ::poll(&p, 1, static_cast<int>(left)) > 0;
  }

  Result<> send_all(std::string_view bytes, Clock::time_point deadline) {
    while (!bytes.empty()) {
      auto n = send(bytes);
      if (!n) return n.take_error();
      if (*n == 0 && !wait(POLLOUT, deadline))
        return make_error(ErrorKind::Connection, "Unable to connect to the server: timeout writing the upgrade request");
      bytes.remove_prefix(*n);
    }
    return {};
  }

  // Reads until `done(buffer)` or end of stream; false at EOF.
  Result<bool> read_until(std::string& buffer, Clock::time_point deadline, const auto& done) {
    char chunk[16384];
    while (!done(buffer)) {
      auto n = recv(chunk, sizeof chunk);
      if (!n) return n.take_error();
      if (!n->has_value()) {
        if (!wait(POLLIN, deadline))
          return make_error(ErrorKind::Connection, "Unable to connect to the server: timeout awaiting the upgrade response");
        continue;
      }
      if (**n == 0) return false;
      buffer.append(chunk, **n);
    }
    return true;
  }
};

UpgradeConnection::UpgradeConnection(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
UpgradeConnection::~UpgradeConnection() = default;

const std::string& UpgradeConnection::protocol() const { return impl_->protocol; }
const client::HttpResponse& UpgradeConnection::response() const { return impl_->response; }
std::string UpgradeConnection::take_initial_bytes() { return std::move(impl_->initial); }
int UpgradeConnection::fd() const { return impl_->socket; }
Result<std::size_t> UpgradeConnection::send(std::string_view bytes) { return impl_->send(bytes); }
Result<std::optional<std::size_t>> UpgradeConnection::recv(char* buf, std::size_t size) {
  return impl_->recv(buf, size);
}

Result<std::unique_ptr<UpgradeConnection>> UpgradeConnection::open(const kubeconfig::RestConfig& rc,
                                                                   const UpgradeRequest& request,
                                                                   const Logger& log) {
  HandshakeRequest hs;
  hs.method = "POST";
  hs.url = request.url;
  hs.credentials = request.credentials;
  hs.headers.emplace_back("Content-Length", "0");
  hs.headers.emplace_back("Connection", "Upgrade");
  hs.headers.emplace_back("Upgrade", "SPDY/3.1");
  for (const std::string& p : request.protocols) hs.headers.emplace_back("X-Stream-Protocol-Version", p);
  auto conn = handshake(rc, hs, log);
  if (!conn) return conn.take_error();
  Impl& impl = *(*conn)->impl_;
  if (!is_spdy_upgrade(impl.response)) return upgrade_error(impl.response);
  impl.protocol = impl.response.header("X-Stream-Protocol-Version");
  if (log.v(6)) log.info("spdy.go:75", "negotiated stream protocol: " + (impl.protocol.empty() ? "(none: v1)" : impl.protocol));
  return conn;
}

Result<std::unique_ptr<UpgradeConnection>> UpgradeConnection::handshake(const kubeconfig::RestConfig& rc,
                                                                        const HandshakeRequest& request,
                                                                        const Logger& log) {
  auto lib = client::curl_library();
  if (!lib) return lib.take_error();
  auto impl = std::make_unique<Impl>();
  impl->lib = *lib;
  impl->easy = impl->lib->easy_init();
  if (impl->easy == nullptr) return make_error(ErrorKind::Internal, "curl_easy_init failed");
  const client::CurlLibrary& c = **lib;
  CURL* easy = impl->easy;
  const auto start = Clock::now();
  const auto deadline = start + std::chrono::milliseconds(kHandshakeTimeoutMs);

  client::CurlConnectOptions connect(rc, request.url);
  connect.apply(c, easy, request.credentials.client_cert_pem, request.credentials.client_key_pem);
  c.easy_setopt(easy, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_1_1));  // no h2 ALPN
  c.easy_setopt(easy, CURLOPT_HTTPPROXYTUNNEL, 1L);  // a proxy is CONNECTed through
  c.easy_setopt(easy, CURLOPT_CONNECT_ONLY, 1L);
  char errbuf[CURL_ERROR_SIZE] = {0};
  c.easy_setopt(easy, CURLOPT_ERRORBUFFER, errbuf);
  CURLcode code = c.easy_perform(easy);
  c.easy_setopt(easy, CURLOPT_ERRORBUFFER, nullptr);
  connect.reset(c, easy);
  if (code != CURLE_OK) {
    long os_errno = 0;
    c.easy_getinfo(easy, CURLINFO_OS_ERRNO, &os_errno);
    return client::transport_error(code, errbuf, c, request.url, os_errno);
  }
  curl_socket_t sock = CURL_SOCKET_BAD;
  c.easy_getinfo(easy, CURLINFO_ACTIVESOCKET, &sock);
  if (sock == CURL_SOCKET_BAD) return make_error(ErrorKind::Internal, "no socket after connecting");
  impl->socket = static_cast<int>(sock);

  client::HttpRequest req;
  req.method = request.method;
  req.url = request.url;
  for (const auto& [k, v] : request.credentials.headers) req.set_header_if_absent(k, v);
  for (const auto& h : request.headers) req.headers.push_back(h);
  const std::string host = connect.host_header().empty() ? client::host_port(connect.url()) : connect.host_header();

  if (log.v(7)) {
    log.info("round_trippers.go:470", req.method + " " + req.url);
    log.info("round_trippers.go:476", "Request Headers:");
    for (const auto& [k, v] : req.headers) log.info("round_trippers.go:480", "    " + k + ": " + client::mask_header(k, v));
  }
  if (auto r = impl->send_all(upgrade_request_head(req.method, connect.url(), host, req.headers), deadline); !r)
    return r.take_error();

  std::string buffer;
  auto got_head = impl->read_until(buffer, deadline, [](const std::string& b) { return header_block_end(b).has_value(); });
  if (!got_head) return got_head.take_error();
  if (!*got_head)
    return make_error(ErrorKind::Connection, "error dialing backend: EOF before the upgrade response");
  const std::size_t head_end = *header_block_end(buffer);
  auto resp = parse_response_head(std::string_view(buffer).substr(0, head_end));
  if (!resp) return resp.take_error();
  resp->elapsed_ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
  if (log.v(6)) {
    const std::string took = " in " + std::to_string(resp->elapsed_ms) + " milliseconds";
    if (log.v(7)) log.info("round_trippers.go:581", "Response Status: " + resp->status_text + took);
    else log.info("round_trippers.go:560", req.method + " " + req.url + " " + resp->status_text + took);
    if (log.v(8)) {
      log.info("round_trippers.go:584", "Response Headers:");
      for (const auto& [k, v] : resp->headers) log.info("round_trippers.go:587", "    " + k + ": " + v);
    }
  }
  if (resp->status != 101) {
    std::string body = buffer.substr(head_end);
    auto length = content_length(*resp);
    auto r = impl->read_until(body, deadline, [&](const std::string& b) { return length && b.size() >= *length; });
    if (!r) return r.take_error();
    resp->body = length ? body.substr(0, *length) : dechunk(body);
  } else {
    impl->initial = buffer.substr(head_end);
  }
  impl->response = std::move(*resp);
  return std::unique_ptr<UpgradeConnection>(new UpgradeConnection(std::move(impl)));
}

}  // namespace kctl::stream
