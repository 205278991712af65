// A raw upgraded HTTP/1.1 connection (SPDY/3.1): libcurl connects with the
// RestConfig's TLS and proxy settings (CONNECT_ONLY, HTTP/1.1, no h2 ALPN),
// kctl writes the upgrade request and parses the 101 itself; afterwards the
// connection is a non-blocking ByteStream. Only the .cc sees curl.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "client/handshake_headers.h"
#include "client/logger.h"
#include "kubeconfig/rest_config.h"
#include "stream/byte_stream.h"

namespace kctl::stream {

struct UpgradeRequest {
  std::string url;                     // https://host/api/v1/.../exec?...
  std::vector<std::string> protocols;  // X-Stream-Protocol-Version, most preferred first
  client::HandshakeCredentials credentials;
};

// Any HTTP/1.1 upgrade handshake (the SPDY POST, the WebSocket GET).
struct HandshakeRequest {
  std::string method;
  std::string url;
  client::Headers headers;  // besides the credentials' headers
  client::HandshakeCredentials credentials;
};

class UpgradeConnection : public ByteStream {
 public:
  // Connects, upgrades and returns the connection; a refused upgrade is
  // kubectl's error for the response.
  static Result<std::unique_ptr<UpgradeConnection>> open(const kubeconfig::RestConfig& rc,
                                                         const UpgradeRequest& request, const Logger& log);
  // Connects, writes the request and reads the response head. A 101 leaves
  // the connection open for the caller to check; any other status has its
  // body read into response().body.
  static Result<std::unique_ptr<UpgradeConnection>> handshake(const kubeconfig::RestConfig& rc,
                                                              const HandshakeRequest& request, const Logger& log);
  ~UpgradeConnection() override;
  UpgradeConnection(const UpgradeConnection&) = delete;
  UpgradeConnection& operator=(const UpgradeConnection&) = delete;

  // The negotiated protocol (the response's X-Stream-Protocol-Version).
  const std::string& protocol() const;
  // The server's response to the handshake.
  const client::HttpResponse& response() const;
  // Bytes that arrived after the response head: the start of the session.
  std::string take_initial_bytes();

  int fd() const override;
  Result<std::size_t> send(std::string_view bytes) override;
  Result<std::optional<std::size_t>> recv(char* buf, std::size_t size) override;

 private:
  struct Impl;
  explicit UpgradeConnection(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kctl::stream
