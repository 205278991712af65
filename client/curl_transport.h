// The base transport: libcurl with the TLS, proxy and timeout settings of a
// RestConfig. One easy handle is reused for every request of a command, so
// the TLS connection (HTTP/2 where the server offers it) is reused too.
#pragma once

#include <memory>

#include "client/round_tripper.h"
#include "kubeconfig/rest_config.h"

namespace kctl::client {

class CurlTransport : public RoundTripper {
 public:
  static Result<std::unique_ptr<CurlTransport>> create(const kubeconfig::RestConfig& rc);
  ~CurlTransport() override;
  CurlTransport(const CurlTransport&) = delete;
  CurlTransport& operator=(const CurlTransport&) = delete;

  Result<HttpResponse> round_trip(HttpRequest req) override;

 private:
  struct Impl;
  explicit CurlTransport(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// "https://host:port/path" -> "host:port" (the port defaulted from the scheme).
std::string host_port(const std::string& url);

}  // namespace kctl::client
