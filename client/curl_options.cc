#include "client/curl_options.h"

#include "client/curl_transport.h"

namespace kctl::client {
namespace {

void set_blob(const CurlLibrary& lib, CURL* c, CURLoption opt, const std::string& data) {
  curl_blob blob{const_cast<char*>(data.data()), data.size(), CURL_BLOB_COPY};
  lib.easy_setopt(c, opt, &blob);
}

}  // namespace

CurlConnectOptions::CurlConnectOptions(const kubeconfig::RestConfig& rc, std::string url)
    : rc_(rc), url_(std::move(url)) {
  if (rc.tls_server_name.empty()) return;
  // Verify and send SNI for tls-server-name while connecting to the real
  // host: ask for the name, and tell curl where that name really is.
  const std::string hp = host_port(rc.server);
  auto colon = hp.rfind(':');
  std::string port = hp.substr(colon + 1);
  auto start = url_.find("://") + 3;
  auto end = url_.find_first_of("/?#", start);
  url_ = url_.substr(0, start) + rc.tls_server_name + ":" + port + (end == std::string::npos ? "" : url_.substr(end));
  connect_to_ = rc.tls_server_name + ":" + port + ":" + hp.substr(0, colon) + ":" + port;
  connect_list_.data = connect_to_.data();
  host_header_ = hp;
}

void CurlConnectOptions::apply(const CurlLibrary& lib, CURL* c, const std::string& client_cert_pem,
                               const std::string& client_key_pem) {
  const kubeconfig::RestConfig& rc = rc_;
  lib.easy_setopt(c, CURLOPT_CONNECT_TO, connect_to_.empty() ? nullptr : &connect_list_);
  lib.easy_setopt(c, CURLOPT_URL, url_.c_str());
  lib.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  lib.easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, 30000L);
  if (!rc.proxy_url.empty()) lib.easy_setopt(c, CURLOPT_PROXY, rc.proxy_url.c_str());
  if (rc.insecure) {
    lib.easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    lib.easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
  } else if (!rc.ca_data.empty()) {
    set_blob(lib, c, CURLOPT_CAINFO_BLOB, rc.ca_data);
    lib.easy_setopt(c, CURLOPT_CAPATH, nullptr);
  } else if (!rc.ca_file.empty()) {
    lib.easy_setopt(c, CURLOPT_CAINFO, rc.ca_file.c_str());
    lib.easy_setopt(c, CURLOPT_CAPATH, nullptr);
  }
  lib.easy_setopt(c, CURLOPT_SSLCERTTYPE, "PEM");
  lib.easy_setopt(c, CURLOPT_SSLKEYTYPE, "PEM");
  if (!rc.cert_data.empty()) set_blob(lib, c, CURLOPT_SSLCERT_BLOB, rc.cert_data);
  else if (!rc.cert_file.empty()) lib.easy_setopt(c, CURLOPT_SSLCERT, rc.cert_file.c_str());
  if (!rc.key_data.empty()) set_blob(lib, c, CURLOPT_SSLKEY_BLOB, rc.key_data);
  else if (!rc.key_file.empty()) lib.easy_setopt(c, CURLOPT_SSLKEY, rc.key_file.c_str());
  if (!client_cert_pem.empty()) {
    set_blob(lib, c, CURLOPT_SSLCERT_BLOB, client_cert_pem);
    set_blob(lib, c, CURLOPT_SSLKEY_BLOB, client_key_pem);
  }
}

void CurlConnectOptions::reset(const CurlLibrary& lib, CURL* c) const {
  lib.easy_setopt(c, CURLOPT_CONNECT_TO, nullptr);
}

}  // namespace kctl::client
