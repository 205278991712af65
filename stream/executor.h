// The seam between verbs and transports (client-go's remotecommand
// Executor): a verb builds the request URL and hands its streams to an
// Executor; SPDY now, WebSocket and the fallback wrapper later.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "client/result.h"
#include "stream/terminal.h"

namespace kctl::stream {

// Descriptors, not iostreams: the session polls them. -1 means "none".
struct StreamOptions {
  int stdin_fd = -1;
  int stdout_fd = -1;
  int stderr_fd = -1;
  bool tty = false;
  TerminalSizeSource* resize = nullptr;  // tty only
};

class Executor {
 public:
  virtual ~Executor() = default;
  // Runs the session; the remote command's failure or exit code comes back
  // as an Error (RemoteExit for a non-zero exit).
  virtual Result<> stream(const StreamOptions& options) = 0;
};

// Makes the executor for one request URL (.../pods/NAME/exec?...).
using ExecutorFactory = std::function<Result<std::unique_ptr<Executor>>(const std::string& url)>;

}  // namespace kctl::stream
