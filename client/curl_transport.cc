#include "client/curl_transport.h"

#include <cerrno>
#include <chrono>
#include <cstring>

#include "client/curl_library.h"

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
  t->resp->body.append(chunk);
  return chunk.size();
}

void set_blob(const CurlLibrary& lib, CURL* c, CURLoption opt, const std::string& data) {
  curl_blob blob{const_cast<char*>(data.data()), data.size(), CURL_BLOB_COPY};
  lib.easy_setopt(c, opt, &blob);
}

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

}  // namespace

struct CurlTransport::Impl {
  const CurlLibrary* lib = nullptr;
  CURL* easy = nullptr;
  kubeconfig::RestConfig rc;
  std::string server_host_port;

  ~Impl() {
    if (easy != nullptr) lib->easy_cleanup(easy);
  }

  void apply_tls() {
    CURL* c = easy;
    if (rc.insecure) {
      lib->easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
      lib->easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
    } else if (!rc.ca_data.empty()) {
      set_blob(*lib, c, CURLOPT_CAINFO_BLOB, rc.ca_data);
      lib->easy_setopt(c, CURLOPT_CAPATH, nullptr);
    } else if (!rc.ca_file.empty()) {
      lib->easy_setopt(c, CURLOPT_CAINFO, rc.ca_file.c_str());
      lib->easy_setopt(c, CURLOPT_CAPATH, nullptr);
    }
    lib->easy_setopt(c, CURLOPT_SSLCERTTYPE, "PEM");
    lib->easy_setopt(c, CURLOPT_SSLKEYTYPE, "PEM");
    if (!rc.cert_data.empty()) set_blob(*lib, c, CURLOPT_SSLCERT_BLOB, rc.cert_data);
    else if (!rc.cert_file.empty()) lib->easy_setopt(c, CURLOPT_SSLCERT, rc.cert_file.c_str());
    if (!rc.key_data.empty()) set_blob(*lib, c, CURLOPT_SSLKEY_BLOB, rc.key_data);
    else if (!rc.key_file.empty()) lib->easy_setopt(c, CURLOPT_SSLKEY, rc.key_file.c_str());
  }
};

CurlTransport::CurlTransport(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CurlTransport::~CurlTransport() = default;

Result<std::unique_ptr<CurlTransport>> CurlTransport::create(const kubeconfig::RestConfig& rc) {
  auto lib = curl_library();
  if (!lib) return lib.take_error();
  auto impl = std::make_unique<Impl>();
  impl->lib = *lib;
  impl->rc = rc;
  impl->server_host_port = host_port(rc.server);
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
  std::string url = req.url;
  std::string connect_to;
  curl_slist connect_list{};
  if (!rc.tls_server_name.empty()) {
    // Verify and send SNI for tls-server-name while connecting to the real
    // host: ask for the name, and tell curl where that name really is.
    const std::string& hp = impl_->server_host_port;
    auto colon = hp.rfind(':');
    std::string port = hp.substr(colon + 1);
    auto start = url.find("://") + 3;
    auto end = url.find_first_of("/?#", start);
    url = url.substr(0, start) + rc.tls_server_name + ":" + port + (end == std::string::npos ? "" : url.substr(end));
    connect_to = rc.tls_server_name + ":" + port + ":" + hp.substr(0, colon) + ":" + port;
    connect_list.data = connect_to.data();
    req.set_header_if_absent("Host", hp);
  }
  lib.easy_setopt(c, CURLOPT_CONNECT_TO, connect_to.empty() ? nullptr : &connect_list);
  lib.easy_setopt(c, CURLOPT_URL, url.c_str());
  lib.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  lib.easy_setopt(c, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
  lib.easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, 30000L);
  lib.easy_setopt(c, CURLOPT_TIMEOUT_MS, rc.timeout_ms);
  lib.easy_setopt(c, CURLOPT_ACCEPT_ENCODING, rc.disable_compression ? nullptr : "gzip");
  if (!rc.proxy_url.empty()) lib.easy_setopt(c, CURLOPT_PROXY, rc.proxy_url.c_str());
  impl_->apply_tls();
  if (!req.client_cert_pem.empty()) {
    set_blob(lib, c, CURLOPT_SSLCERT_BLOB, req.client_cert_pem);
    set_blob(lib, c, CURLOPT_SSLKEY_BLOB, req.client_key_pem);
  }

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
  lib.easy_setopt(c, CURLOPT_CONNECT_TO, nullptr);
  if (code != CURLE_OK) {
    if (transfer.sink_failed) return make_error(ErrorKind::Internal, "writing the response failed");
    long os_errno = 0;
    lib.easy_getinfo(c, CURLINFO_OS_ERRNO, &os_errno);
    return transport_error(code, errbuf, lib, req.url, os_errno);
  }
  lib.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &resp.status);
  return resp;
}

}  // namespace kctl::client
