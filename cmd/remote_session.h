// What exec and attach share once the pod and container are known:
// kubectl's SetupTTY decision and running the executor with the local
// terminal in raw mode (restored on every way out) and resize events.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "client/result.h"
#include "cmd/factory.h"
#include "cmd/io_streams.h"
#include "stream/executor.h"

namespace kctl::cmd {

// The flags exec and attach share (kubectl's StreamOptions).
struct StreamFlags {
  std::string container;
  bool attach_stdin = false, tty = false, quiet = false;
  std::string pod_running_timeout = "1m0s";

  void add_to(CLI::App& sub);
};

// kubectl's StreamOptions.SetupTTY: a raw terminal only with -i, -t and a
// terminal on stdin; with -i -t and no terminal, kubectl's warning unless -q.
bool use_raw_terminal(bool attach_stdin, bool tty, bool quiet, IOStreams& io);

struct SessionOptions {
  bool attach_stdin = false;
  bool raw = false;     // from use_raw_terminal
  bool redraw = false;  // attach: send size+1 then the real size, so the screen is redrawn
};

// Streams stdin/stdout/stderr through `executor` as kubectl does.
// What exec and attach take from the factory once their flags are checked:
// the namespace and, unless a test injected one, the executors.
Result<> bind_remote_session(Factory& f, std::string& ns, stream::ExecutorFactory& make_executor);

Result<> run_remote_session(stream::Executor& executor, IOStreams& io, const SessionOptions& options);

}  // namespace kctl::cmd
