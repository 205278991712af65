// The base transport: libcurl with the TLS, proxy and timeout settings of a
// RestConfig. One easy handle is reused for every request of a command, so
// the TLS connection (HTTP/2 where the server offers it) is reused too.
#pragma once

#include <cstddef>
#include <memory>

#include "client/logger.h"
#include "client/round_tripper.h"
#include "kubeconfig/rest_config.h"

namespace kctl::client {

class CurlTransport : public RoundTripper {
 public:
  // `log` receives kubectl's klog error line for a body cut short.
  static Result<std::unique_ptr<CurlTransport>> create(const kubeconfig::RestConfig& rc, const Logger& log);
  ~CurlTransport() override;
  CurlTransport(const CurlTransport&) = delete;
  CurlTransport& operator=(const CurlTransport&) = delete;

  Result<HttpResponse> round_trip(HttpRequest req) override;

 private:
  struct Impl;
  explicit CurlTransport(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The most a response held in memory (one without a sink) may carry: a
// server that sends without end gets an error instead of all our memory.
// Streamed bodies (watches, logs -f, get --raw) have no limit.
inline constexpr std::size_t kMaxBufferedBody = std::size_t{1} << 30;

// "https://host:port/path" -> "host:port" (the port defaulted from the scheme).
std::string host_port(const std::string& url);

}  // namespace kctl::client
