// The connection settings of a RestConfig applied to a curl easy handle:
// TLS (CA, client certificate and key, insecure), tls-server-name (asked
// for by name, connected to the real host with CONNECT_TO) and the proxy.
// Shared by the REST transport and the streaming upgrade connection.
#pragma once

#include <string>

#include "client/curl_library.h"
#include "kubeconfig/rest_config.h"

namespace kctl::client {

// Owns what curl keeps pointers to until the transfer or connect ends.
class CurlConnectOptions {
 public:
  // `url` is the request URL; url() is what to give CURLOPT_URL.
  CurlConnectOptions(const kubeconfig::RestConfig& rc, std::string url);
  CurlConnectOptions(const CurlConnectOptions&) = delete;
  CurlConnectOptions& operator=(const CurlConnectOptions&) = delete;

  // Sets URL, CONNECT_TO, proxy and TLS options on `c`. A client
  // certificate from an exec plugin (PEM) replaces the kubeconfig's.
  void apply(const CurlLibrary& lib, CURL* c, const std::string& client_cert_pem = {},
             const std::string& client_key_pem = {});
  // Unsets the options that point into this object.
  void reset(const CurlLibrary& lib, CURL* c) const;

  const std::string& url() const { return url_; }
  // The Host header to send when tls-server-name rewrote the URL ("" if not).
  const std::string& host_header() const { return host_header_; }

 private:
  const kubeconfig::RestConfig& rc_;
  std::string url_, connect_to_, host_header_;
  curl_slist connect_list_{};
};

// kubectl's words for a failed connect or transfer ("The connection to the
// server host:port was refused ...", "Unable to connect to the server: ...").
Error transport_error(CURLcode code, const char* detail, const CurlLibrary& lib, const std::string& url,
                      long os_errno);

}  // namespace kctl::client
