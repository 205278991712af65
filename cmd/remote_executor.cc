#include "cmd/remote_executor.h"

#include "stream/fallback.h"
#include "stream/spdy_executor.h"
#include "stream/websocket_executor.h"

namespace kctl::cmd {

Result<stream::ExecutorFactory> remote_command_executors(Factory& f) {
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  const bool websockets = stream::websockets_enabled(f.env(), stream::kRemoteCommandWebsocketsEnv);
  return stream::ExecutorFactory(
      [&f, rc = *rc, websockets](const std::string& url) -> Result<std::unique_ptr<stream::Executor>> {
        auto creds = f.handshake_credentials();
        if (!creds) return creds.take_error();
        auto spdy = std::make_unique<stream::SpdyExecutor>(*rc, *creds, url, f.logger());
        if (!websockets) {
          if (f.logger().v(6))
            f.logger().info("exec.go:151", std::string(stream::kRemoteCommandWebsocketsEnv) +
                                               "=false: using SPDY/3.1 only");
          return std::unique_ptr<stream::Executor>(std::move(spdy));
        }
        auto ws = std::make_unique<stream::WebSocketExecutor>(*rc, std::move(*creds), url, f.logger());
        return std::unique_ptr<stream::Executor>(
            std::make_unique<stream::FallbackExecutor>(std::move(ws), std::move(spdy), f.logger()));
      });
}

}  // namespace kctl::cmd
