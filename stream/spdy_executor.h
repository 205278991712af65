// Executor over SPDY/3.1 (client-go's spdy executor): the upgrade request,
// the session and the remotecommand protocol.
#pragma once

#include <string>

#include "client/handshake_headers.h"
#include "client/logger.h"
#include "kubeconfig/rest_config.h"
#include "stream/executor.h"

namespace kctl::stream {

class SpdyExecutor : public Executor {
 public:
  SpdyExecutor(const kubeconfig::RestConfig& rc, client::HandshakeCredentials credentials, std::string url,
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
