#include "cmd/remote_executor.h"

#include "stream/spdy_executor.h"

namespace kctl::cmd {

Result<stream::ExecutorFactory> remote_command_executors(Factory& f) {
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  return stream::ExecutorFactory(
      [&f, rc = *rc](const std::string& url) -> Result<std::unique_ptr<stream::Executor>> {
        auto creds = f.handshake_credentials();
        if (!creds) return creds.take_error();
        return std::unique_ptr<stream::Executor>(
            std::make_unique<stream::SpdyExecutor>(*rc, std::move(*creds), url, f.logger()));
      });
}

}  // namespace kctl::cmd
