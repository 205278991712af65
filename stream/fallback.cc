#include "stream/fallback.h"

#include <algorithm>
#include <cctype>

namespace kctl::stream {
namespace {

void log_fallback(const Logger& log, std::string_view what, const Error& error) {
  if (log.v(6))
    log.info("fallback.go:56", std::string("WebSocket upgrade for ") + std::string(what) +
                                   " failed, falling back to SPDY/3.1: " + error.message);
}

}  // namespace

bool should_fallback(const Error& error) {
  return error.kind == ErrorKind::UpgradeFailed || error.message.find("proxy: unknown scheme: https") != std::string::npos;
}

bool websockets_enabled(const kubeconfig::EnvLookup& env, const char* variable) {
  auto value = env(variable);
  if (!value) return true;
  std::string v = *value;
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return v != "false";
}

Result<> FallbackExecutor::stream(const StreamOptions& options) {
  auto result = primary_->stream(options);
  if (result || !should_fallback(result.error())) return result;
  log_fallback(log_, "the remote command", result.error());
  return secondary_->stream(options);
}

Dialer fallback_dialer(Dialer primary, Dialer secondary, const Logger& log) {
  return [primary = std::move(primary), secondary = std::move(secondary), log]() -> Result<DialedStream> {
    auto dialed = primary();
    if (dialed || !should_fallback(dialed.error())) return dialed;
    log_fallback(log, "port forwarding", dialed.error());
    return secondary();
  };
}

}  // namespace kctl::stream
