// What libwebsockets needs from the RestConfig to reach the server exactly
// as the curl path does (client/curl_options.cc): the address, TLS (CA,
// client certificate, skip-verify, tls-server-name for SNI and
// verification), the proxy, HTTP/1.1 ALPN. The strings live here for as
// long as the lws context that points at them.
#pragma once

#include <libwebsockets.h>

#include <memory>
#include <string>
#include <vector>

#include "client/handshake_headers.h"
#include "client/result.h"
#include "kubeconfig/rest_config.h"

namespace kctl::stream {

// PEM bytes behind a path OpenSSL can open (/proc/self/fd/N of a memfd):
// lws takes only the first certificate of in-memory PEM, files whole.
class MemoryFile {
 public:
  static Result<std::unique_ptr<MemoryFile>> create(const std::string& contents);
  ~MemoryFile();
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  explicit MemoryFile(int fd);
  int fd_;
  std::string path_;
};

class LwsClientConfig {
 public:
  // `url` is the request's https:// (or http://) URL; `protocols` the
  // offered subprotocols, most preferred first.
  static Result<std::unique_ptr<LwsClientConfig>> create(const kubeconfig::RestConfig& rc,
                                                         const client::HandshakeCredentials& credentials,
                                                         const std::string& url,
                                                         const std::vector<std::string>& protocols);

  // The context's TLS and proxy settings (the default vhost's client SSL_CTX).
  void fill(lws_context_creation_info& info) const;
  // The connection: address, path, Host/SNI name, subprotocol line, flags.
  void fill(lws_client_connect_info& info) const;
  // lws reports a failed connect without errno: a plain TCP connect to the
  // server (or the proxy) tells a refused connection apart (0: it connects).
  int connect_errno() const;
  // "host:port" of the server, for error messages.
  const std::string& host_port() const { return host_port_; }

 private:
  LwsClientConfig() = default;

  std::string address_, host_, path_, host_port_, protocols_;
  int port_ = 0;
  int ssl_flags_ = 0;
  std::string proxy_;  // user:password@host:port, as lws_set_proxy takes it
  std::string proxy_host_;
  int proxy_port_ = 0;
  std::string ca_path_, cert_path_, key_path_;
  std::vector<std::unique_ptr<MemoryFile>> files_;
};

}  // namespace kctl::stream
