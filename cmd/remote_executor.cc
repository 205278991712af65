#include "cmd/remote_executor.h"

#include "client/handshake_headers.h"
#include "stream/spdy_executor.h"

namespace kctl::cmd {

Result<stream::ExecutorFactory> remote_command_executors(Factory& f) {
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  return stream::ExecutorFactory(
      [&f, rc = *rc](const std::string& url) -> Result<std::unique_ptr<stream::Executor>> {
        auto creds = client::handshake_credentials(*rc, f.io().stdin_is_terminal);
        if (!creds) return creds.take_error();
        return std::unique_ptr<stream::Executor>(
            std::make_unique<stream::SpdyExecutor>(*rc, std::move(*creds), url, f.logger()));
      });
}

}  // namespace kctl::cmd
