#include "stream/lws_client_config.h"

#include <netdb.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace kctl::stream {
namespace {

struct Url {
  std::string scheme, host, path;  // host without brackets; path with the query
  int port = 0;
};

Result<Url> parse_url(const std::string& url) {
  Url u;
  const auto sep = url.find("://");
  if (sep == std::string::npos) return make_error(ErrorKind::Internal, "invalid URL " + url);
  u.scheme = url.substr(0, sep);
  const auto start = sep + 3;
  const auto end = url.find_first_of("/?#", start);
  std::string authority = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  u.path.assign(1, '/');
  if (end != std::string::npos) u.path.append(url, url[end] == '/' ? end + 1 : end);
  if (auto at = authority.rfind('@'); at != std::string::npos) authority.erase(0, at + 1);
  std::string port;
  if (!authority.empty() && authority.front() == '[') {  // [v6]:port
    const auto close = authority.find(']');
    u.host = authority.substr(1, close - 1);
    if (close + 1 < authority.size() && authority[close + 1] == ':') port = authority.substr(close + 2);
  } else if (auto colon = authority.rfind(':'); colon != std::string::npos) {
    u.host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  } else {
    u.host = authority;
  }
  u.port = port.empty() ? (u.scheme == "https" ? 443 : 80) : std::atoi(port.c_str());
  return u;
}

std::string env(const char* upper, const char* lower) {
  for (const char* name : {upper, lower})
    if (const char* v = std::getenv(name); v != nullptr && *v != '\0') return v;
  return {};
}

// A host as it goes into host:port ([v6] in brackets).
std::string url_host(const std::string& host) {
  if (host.find(':') == std::string::npos) return host;
  std::string out;
  out.reserve(host.size() + 2);
  out.push_back('[');
  out.append(host);
  out.push_back(']');
  return out;
}

bool is_loopback(const std::string& host) {
  return host == "localhost" || host.rfind("127.", 0) == 0 || host == "::1";
}

// NO_PROXY as Go's httpproxy reads it: "*", host names (a leading dot or
// not, subdomains match), literal IPs, optional ports. CIDR ranges are not
// matched here.
bool no_proxy_matches(const std::string& list, const std::string& host, int port) {
  std::size_t pos = 0;
  while (pos <= list.size()) {
    auto comma = list.find(',', pos);
    std::string entry = list.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    pos = comma == std::string::npos ? list.size() + 1 : comma + 1;
    entry.erase(0, entry.find_first_not_of(' '));
    entry.erase(entry.find_last_not_of(' ') + 1);
    if (entry.empty()) continue;
    if (entry == "*") return true;
    if (auto colon = entry.rfind(':'); colon != std::string::npos && entry.find(']') == std::string::npos &&
                                        entry.find(':') == colon) {
      if (std::atoi(entry.substr(colon + 1).c_str()) != port) continue;
      entry.erase(colon);
    }
    if (entry.front() == '.') entry.erase(0, 1);
    if (host == entry) return true;
    if (host.size() > entry.size() && host.compare(host.size() - entry.size(), entry.size(), entry) == 0 &&
        host[host.size() - entry.size() - 1] == '.')
      return true;
  }
  return false;
}

// The proxy for `u` as lws_set_proxy takes it ("[user:pass@]host:port"),
// empty for a direct connection. lws tunnels through an HTTP proxy only.
Result<std::string> proxy_for(const kubeconfig::RestConfig& rc, const Url& u) {
  std::string proxy = rc.proxy_url;
  if (proxy.empty()) {
    if (is_loopback(u.host) || no_proxy_matches(env("NO_PROXY", "no_proxy"), u.host, u.port)) return std::string();
    proxy = u.scheme == "https" ? env("HTTPS_PROXY", "https_proxy") : env("HTTP_PROXY", "http_proxy");
    if (proxy.empty()) return std::string();
  }
  std::string scheme = "http";
  if (auto sep = proxy.find("://"); sep != std::string::npos) {
    scheme = proxy.substr(0, sep);
    proxy.erase(0, sep + 3);
  }
  // gorilla's words for a proxy it cannot use: the SPDY path (curl) then takes over.
  if (scheme != "http") return make_error(ErrorKind::Connection, "proxyconnect tcp: proxy: unknown scheme: " + scheme);
  if (auto slash = proxy.find('/'); slash != std::string::npos) proxy.erase(slash);
  if (proxy.find(':', proxy.find(']') == std::string::npos ? proxy.rfind('@') + 1 : proxy.find(']')) ==
      std::string::npos)
    proxy += ":80";
  return proxy;
}

}  // namespace

Result<std::unique_ptr<MemoryFile>> MemoryFile::create(const std::string& contents) {
  int fd = ::memfd_create("kctl-pem", MFD_CLOEXEC);
  if (fd < 0) return make_error(ErrorKind::Internal, std::string("memfd_create: ") + std::strerror(errno));
  std::unique_ptr<MemoryFile> file(new MemoryFile(fd));
  std::size_t done = 0;
  while (done < contents.size()) {
    ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return make_error(ErrorKind::Internal, std::string("memfd write: ") + std::strerror(errno));
    done += static_cast<std::size_t>(n);
  }
  return file;
}

MemoryFile::MemoryFile(int fd) : fd_(fd), path_("/proc/self/fd/" + std::to_string(fd)) {}
MemoryFile::~MemoryFile() { ::close(fd_); }

Result<std::unique_ptr<LwsClientConfig>> LwsClientConfig::create(const kubeconfig::RestConfig& rc,
                                                                 const client::HandshakeCredentials& credentials,
                                                                 const std::string& url,
                                                                 const std::vector<std::string>& protocols) {
  auto u = parse_url(url);
  if (!u) return u.take_error();
  std::unique_ptr<LwsClientConfig> c(new LwsClientConfig());
  c->address_ = u->host;
  c->port_ = u->port;
  c->path_ = u->path;
  c->host_port_ = url_host(u->host);
  c->host_port_.append(":").append(std::to_string(u->port));
  const bool tls = u->scheme == "https" || u->scheme == "wss";
  const int default_port = tls ? 443 : 80;
  // Host header, SNI and the name the certificate must carry: lws takes all
  // three from one field (dropping any ":port" for SNI and verification).
  c->host_ = rc.tls_server_name.empty() ? url_host(u->host) : rc.tls_server_name;
  if (u->port != default_port) c->host_.append(":").append(std::to_string(u->port));
  for (const auto& p : protocols) c->protocols_ += (c->protocols_.empty() ? "" : ", ") + p;

  auto proxy = proxy_for(rc, *u);
  if (!proxy) return proxy.take_error();
  c->proxy_ = *proxy;
  if (!c->proxy_.empty()) {
    const std::string hp = c->proxy_.substr(c->proxy_.rfind('@') + 1);
    const auto colon = hp.rfind(':');
    c->proxy_host_ = hp.substr(0, colon);
    if (c->proxy_host_.size() > 1 && c->proxy_host_.front() == '[')
      c->proxy_host_ = c->proxy_host_.substr(1, c->proxy_host_.size() - 2);
    c->proxy_port_ = std::atoi(hp.substr(colon + 1).c_str());
  }

  if (!tls) return c;
  c->ssl_flags_ = LCCSCF_USE_SSL;
  if (rc.insecure)
    c->ssl_flags_ |= LCCSCF_ALLOW_SELFSIGNED | LCCSCF_SKIP_SERVER_CERT_HOSTNAME_CHECK | LCCSCF_ALLOW_EXPIRED |
                     LCCSCF_ALLOW_INSECURE;
  auto file_of = [&c](const std::string& data, const std::string& path, std::string& out) -> Result<> {
    if (data.empty()) {
      out = path;
      return {};
    }
    auto f = MemoryFile::create(data);
    if (!f) return f.take_error();
    out = (*f)->path();
    c->files_.push_back(std::move(*f));
    return {};
  };
  if (!rc.insecure)
    if (auto r = file_of(rc.ca_data, rc.ca_file, c->ca_path_); !r) return r.take_error();
  // An exec plugin's certificate wins over the kubeconfig's, as in the curl path.
  const bool exec_cert = !credentials.client_cert_pem.empty();
  if (auto r = file_of(exec_cert ? credentials.client_cert_pem : rc.cert_data, exec_cert ? "" : rc.cert_file,
                       c->cert_path_);
      !r)
    return r.take_error();
  if (auto r = file_of(exec_cert ? credentials.client_key_pem : rc.key_data, exec_cert ? "" : rc.key_file,
                       c->key_path_);
      !r)
    return r.take_error();
  return c;
}

int LwsClientConfig::connect_errno() const {
  const std::string& host = proxy_.empty() ? address_ : proxy_host_;
  const std::string port = std::to_string(proxy_.empty() ? port_ : proxy_port_);
  addrinfo hints{};
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (::getaddrinfo(host.c_str(), port.c_str(), &hints, &found) != 0) return EHOSTUNREACH;
  int result = ETIMEDOUT;
  for (addrinfo* a = found; a != nullptr && result != 0; a = a->ai_next) {
    int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) continue;
    if (::connect(fd, a->ai_addr, a->ai_addrlen) == 0) {
      result = 0;
    } else if (errno == EINPROGRESS) {
      pollfd p{fd, POLLOUT, 0};
      if (::poll(&p, 1, 2000) > 0) {
        int err = 0;
        socklen_t len = sizeof err;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
        result = err;
      }
    } else {
      result = errno;
    }
    ::close(fd);
  }
  ::freeaddrinfo(found);
  return result;
}

void LwsClientConfig::fill(lws_context_creation_info& info) const {
  if (ssl_flags_ & LCCSCF_USE_SSL) info.options |= LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT;
  if (!ca_path_.empty()) {
    // The kubeconfig's CA replaces the system's, as Go's RootCAs does.
    info.client_ssl_ca_filepath = ca_path_.c_str();
    info.options |= LWS_SERVER_OPTION_DISABLE_OS_CA_CERTS;
  }
  if (!cert_path_.empty()) info.client_ssl_cert_filepath = cert_path_.c_str();
  if (!key_path_.empty()) info.client_ssl_private_key_filepath = key_path_.c_str();
  // Never empty-handed: a null address makes lws read $http_proxy itself,
  // which Go ignores for https and which skips NO_PROXY.
  info.http_proxy_address = proxy_.c_str();
}

void LwsClientConfig::fill(lws_client_connect_info& info) const {
  info.address = address_.c_str();
  info.port = port_;
  info.path = path_.c_str();
  info.host = host_.c_str();
  info.protocol = protocols_.c_str();
  info.ssl_connection = ssl_flags_;
  info.alpn = "http/1.1";
}

}  // namespace kctl::stream
