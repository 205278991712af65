#include "stream/fallback.h"

#include <algorithm>
#include <cctype>

namespace kctl::stream {

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
  if (log_.v(6)) log_.info("fallback.go:56", "RemoteCommand fallback: " + result.error().message);  // kubectl's words
  return secondary_->stream(options);
}

Dialer fallback_dialer(Dialer primary, Dialer secondary, const Logger& log) {
  return [primary = std::move(primary), secondary = std::move(secondary), log]() -> Result<DialedStream> {
    auto dialed = primary();
    if (dialed || !should_fallback(dialed.error())) return dialed;
    if (log.v(6))
      log.info("fallback_dialer.go:53", "fallback to secondary dialer from primary dialer err: " + dialed.error().message);
    return secondary();
  };
}

}  // namespace kctl::stream
