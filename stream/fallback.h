// WebSocket first, SPDY on an upgrade failure (client-go's FallbackExecutor
// and FallbackDialer with kubectl's predicate), and the kubectl environment
// switches that turn the WebSocket attempt off.
#pragma once

#include <memory>
#include <string_view>

#include "client/logger.h"
#include "kubeconfig/loading_rules.h"
#include "stream/dialer.h"
#include "stream/executor.h"

namespace kctl::stream {

constexpr const char* kRemoteCommandWebsocketsEnv = "KUBECTL_REMOTE_COMMAND_WEBSOCKETS";
constexpr const char* kPortForwardWebsocketsEnv = "KUBECTL_PORT_FORWARD_WEBSOCKETS";

// kubectl's rule: an upgrade failure, or the old "proxy: unknown scheme:
// https" dialer error. Connection errors and anything after a successful
// upgrade (a Failure status included) are final.
bool should_fallback(const Error& error);

// Only the exact value "false" (any case) disables WebSockets.
bool websockets_enabled(const kubeconfig::EnvLookup& env, const char* variable);

class FallbackExecutor : public Executor {
 public:
  FallbackExecutor(std::unique_ptr<Executor> primary, std::unique_ptr<Executor> secondary, const Logger& log)
      : primary_(std::move(primary)), secondary_(std::move(secondary)), log_(log) {}
  Result<> stream(const StreamOptions& options) override;

 private:
  std::unique_ptr<Executor> primary_, secondary_;
  Logger log_;
};

// A dialer trying `primary` (the WebSocket tunnel) and then `secondary` (SPDY).
Dialer fallback_dialer(Dialer primary, Dialer secondary, const Logger& log);

}  // namespace kctl::stream
