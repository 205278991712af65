// Executor over WebSocket (client-go's websocket executor): offers only
// v5.channel.k8s.io, as kubectl does, and runs the v5 protocol.
#pragma once

#include <string>

#include "client/handshake_headers.h"
#include "client/logger.h"
#include "kubeconfig/rest_config.h"
#include "stream/executor.h"

namespace kctl::stream {

class WebSocketExecutor : public Executor {
 public:
  WebSocketExecutor(const kubeconfig::RestConfig& rc, client::HandshakeCredentials credentials, std::string url,
                    const Logger& log)
      : rc_(rc), credentials_(std::move(credentials)), url_(std::move(url)), log_(log) {}
  Result<> stream(const StreamOptions& options) override;

 private:
  const kubeconfig::RestConfig& rc_;
  client::HandshakeCredentials credentials_;
  std::string url_;
  Logger log_;
};

}  // namespace kctl::stream
