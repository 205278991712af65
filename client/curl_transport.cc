#include "client/curl_transport.h"

#include <cerrno>
#include <chrono>
#include <cstring>

#include "client/curl_library.h"
#include "client/curl_options.h"

namespace kctl::client {

std::string host_port(const std::string& url) {
  auto scheme_end = url.find("://");
  std::string scheme = scheme_end == std::string::npos ? "https" : url.substr(0, scheme_end);
  std::size_t start = scheme_end == std::string::npos ? 0 : scheme_end + 3;
  std::size_t end = url.find_first_of("/?#", start);
  std::string host = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  auto at = host.rfind('@');
  if (at != std::string::npos) host = host.substr(at + 1);
  bool has_port = host.rfind('[', 0) == 0 ? host.find("]:") != std::string::npos
                                          : host.find(':') != std::string::npos;
  if (!has_port) host += scheme == "http" ? ":80" : ":443";
  return host;
}

namespace {

// Owns a curl_slist.
class HeaderList {
 public:
  explicit HeaderList(const CurlLibrary& lib) : lib_(lib) {}
  HeaderList(const HeaderList&) = delete;
  HeaderList& operator=(const HeaderList&) = delete;
  ~HeaderList() {
    if (list_ != nullptr) lib_.slist_free_all(list_);
  }
  void add(const std::string& line) { list_ = lib_.slist_append(list_, line.c_str()); }
  curl_slist* get() const { return list_; }

 private:
  const CurlLibrary& lib_;
  curl_slist* list_ = nullptr;
};

struct Transfer {
  HttpResponse* resp;
  const BodySink* sink;
  CURL* easy;
  const CurlLibrary* lib;
  bool sink_failed = false;
  bool too_large = false;
};

size_t on_header(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::string_view line(data, size * n);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  if (line.rfind("HTTP/", 0) == 0) {
    // A new response (after a redirect or 100-continue): start over.
    t->resp->headers.clear();
    auto sp = line.find(' ');
    t->resp->status_text = sp == std::string_view::npos ? "" : std::string(line.substr(sp + 1));
    return size * n;
  }
  auto colon = line.find(':');
  if (colon != std::string_view::npos) {
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    t->resp->headers.emplace_back(std::string(line.substr(0, colon)), std::string(value));
  }
  return size * n;
}

size_t on_body(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::string_view chunk(data, size * n);
  if (t->sink != nullptr && *t->sink) {
    long code = 0;
    t->lib->easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &code);
    if (code >= 200 && code < 300) {
      t->resp->streamed = true;
      if (!(*t->sink)(chunk)) {
        t->sink_failed = true;
        return 0;
      }
      return chunk.size();
    }
  }
  if (t->resp->body.size() + chunk.size() > kMaxBufferedBody) {
    t->too_large = true;
    return 0;
  }
  t->resp->body.append(chunk);
  return chunk.size();
}

}  // namespace

Error transport_error(CURLcode code, const char* detail, const CurlLibrary& lib, const std::string& url,
                      long os_errno) {
  const std::string hp = host_port(url);
  if (code == CURLE_COULDNT_CONNECT && os_errno == ECONNREFUSED)
    return make_error(ErrorKind::Connection, "The connection to the server " + hp +
                                                 " was refused - did you specify the right host or port?");
  std::string msg = detail[0] != '\0' ? detail : lib.easy_strerror(code);
  if (code == CURLE_OPERATION_TIMEDOUT)
    msg = "the server did not answer within the request timeout (" + msg + ")";
  return make_error(ErrorKind::Connection, "Unable to connect to the server: " + msg);
}

struct CurlTransport::Impl {
  const CurlLibrary* lib = nullptr;
  CURL* easy = nullptr;
  kubeconfig::RestConfig rc;
  Logger log;

  ~Impl() {
    if (easy != nullptr) lib->easy_cleanup(easy);
  }
};

CurlTransport::CurlTransport(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CurlTransport::~CurlTransport() = default;

Result<std::unique_ptr<CurlTransport>> CurlTransport::create(const kubeconfig::RestConfig& rc, const Logger& log) {
  auto lib = curl_library();
  if (!lib) return lib.take_error();
  auto impl = std::make_unique<Impl>();
  impl->lib = *lib;
  impl->rc = rc;
  impl->log = log;
  impl->easy = impl->lib->easy_init();
  if (impl->easy == nullptr) return make_error(ErrorKind::Internal, "curl_easy_init failed");
  return std::unique_ptr<CurlTransport>(new CurlTransport(std::move(impl)));
}

Result<HttpResponse> CurlTransport::round_trip(HttpRequest req) {
  const CurlLibrary& lib = *impl_->lib;
  const kubeconfig::RestConfig& rc = impl_->rc;
  CURL* c = impl_->easy;
  HttpResponse resp;
  Transfer transfer{&resp, &req.sink, c, &lib};

  // Settings are re-applied for each request on the same handle; curl keeps
  // the connection cache across them.
  CurlConnectOptions connect(rc, req.url);
  if (!connect.host_header().empty()) req.set_header_if_absent("Host", connect.host_header());
  connect.apply(lib, c, req.client_cert_pem, req.client_key_pem);
  lib.easy_setopt(c, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
  lib.easy_setopt(c, CURLOPT_TIMEOUT_MS, rc.timeout_ms);
  lib.easy_setopt(c, CURLOPT_ACCEPT_ENCODING, rc.disable_compression ? nullptr : "gzip");

  lib.easy_setopt(c, CURLOPT_CUSTOMREQUEST, req.method.c_str());
  if (req.method == "GET") {
    lib.easy_setopt(c, CURLOPT_HTTPGET, 1L);
  } else if (req.method == "HEAD") {
    lib.easy_setopt(c, CURLOPT_NOBODY, 1L);
  } else {
    lib.easy_setopt(c, CURLOPT_POSTFIELDS, req.body.data());
    lib.easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(req.body.size()));
  }
  HeaderList headers(lib);
  for (const auto& [k, v] : req.headers) headers.add(k + ": " + v);
  headers.add("Expect:");  // no 100-continue round trip for bodies
  lib.easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
  lib.easy_setopt(c, CURLOPT_HEADERFUNCTION, &on_header);
  lib.easy_setopt(c, CURLOPT_HEADERDATA, &transfer);
  lib.easy_setopt(c, CURLOPT_WRITEFUNCTION, &on_body);
  lib.easy_setopt(c, CURLOPT_WRITEDATA, &transfer);
  char errbuf[CURL_ERROR_SIZE] = {0};
  lib.easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);

  auto start = std::chrono::steady_clock::now();
  CURLcode code = lib.easy_perform(c);
  resp.elapsed_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - start).count();
  lib.easy_setopt(c, CURLOPT_ERRORBUFFER, nullptr);
  lib.easy_setopt(c, CURLOPT_HTTPHEADER, nullptr);
  connect.reset(lib, c);
  if (code != CURLE_OK) {
    if (transfer.sink_failed) return make_error(ErrorKind::Internal, "writing the response failed");
    if (transfer.too_large)
      return make_error(ErrorKind::Internal, "the server's response to " + req.method + " " + req.url + " exceeds " +
                                                 std::to_string(kMaxBufferedBody) + " bytes");
    if (code == CURLE_PARTIAL_FILE && (transfer.sink == nullptr || !*transfer.sink)) {
      // The body ended before its announced length (or last chunk): Go's
      // io.ErrUnexpectedEOF, which client-go reports so. A streamed body
      // (a watch, logs -f) cut short is a lost connection, which the
      // watch retries as client-go's reflector does.
      impl_->log.error("request.go:1332", "Unexpected error when reading response body: unexpected EOF");
      return make_error(ErrorKind::Internal,
                        "unexpected error when reading response body. Please retry. Original error: unexpected EOF");
    }
    long os_errno = 0;
    lib.easy_getinfo(c, CURLINFO_OS_ERRNO, &os_errno);
    return transport_error(code, errbuf, lib, req.url, os_errno);
  }
  lib.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &resp.status);
  return resp;
}

}  // namespace kctl::client
