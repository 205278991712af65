#include "cmd/remote_session.h"

#include <signal.h>
#include <unistd.h>

#include <memory>

#include "cmd/remote_executor.h"
#include "stream/terminal.h"

namespace kctl::cmd {
namespace {

constexpr std::string_view kNoTty = "Unable to use a TTY - input is not a terminal or the right kind of file";

// kubectl attach primes its size queue with size+1 and then the real size:
// the size change makes a program that is already running redraw its
// screen. The real size follows through the same SIGWINCH path as any
// resize: one is raised at the monitor, which has SIGWINCH blocked and
// reads it from its signalfd.
class RedrawSizes : public stream::TerminalSizeSource {
 public:
  explicit RedrawSizes(std::unique_ptr<stream::WinchMonitor> inner) : inner_(std::move(inner)) {}
  int fd() const override { return inner_->fd(); }
  std::optional<stream::TerminalSize> initial() override {
    auto size = inner_->initial();
    if (!size) return size;
    real_ = size;
    ::kill(::getpid(), SIGWINCH);
    return stream::TerminalSize{size->width + 1, size->height + 1};
  }
  std::optional<stream::TerminalSize> next() override {
    auto size = inner_->next();  // nullopt when unchanged since initial()
    if (real_) {
      auto pending = real_;
      real_.reset();
      return size ? size : pending;
    }
    return size;
  }

 private:
  std::unique_ptr<stream::WinchMonitor> inner_;
  std::optional<stream::TerminalSize> real_;
};

}  // namespace

void StreamFlags::add_to(CLI::App& sub) {
  sub.add_option("-c,--container", container,
                 "Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for "
                 "selecting the container to be attached or the first container in the pod will be chosen");
  sub.add_flag("-i,--stdin", attach_stdin, "Pass stdin to the container");
  sub.add_flag("-t,--tty", tty, "Stdin is a TTY");
  sub.add_flag("-q,--quiet", quiet, "Only print output from the remote session");
  sub.add_option("--pod-running-timeout", pod_running_timeout,
                 "The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running");
}

bool use_raw_terminal(bool attach_stdin, bool tty, bool quiet, IOStreams& io) {
  if (!attach_stdin || !tty) return false;
  if (::isatty(STDIN_FILENO) == 1) return true;
  if (!quiet) io.err << kNoTty << '\n';
  return false;
}

Result<> bind_remote_session(Factory& f, std::string& ns, stream::ExecutorFactory& make_executor) {
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  ns = (*rc)->ns;
  if (!make_executor) {
    auto executors = remote_command_executors(f);
    if (!executors) return executors.take_error();
    make_executor = std::move(*executors);
  }
  return {};
}

Result<> run_remote_session(stream::Executor& executor, IOStreams& io, const SessionOptions& options) {
  stream::StreamOptions so;
  so.stdin_fd = options.attach_stdin ? STDIN_FILENO : -1;
  so.stdout_fd = STDOUT_FILENO;
  so.stderr_fd = options.raw ? -1 : STDERR_FILENO;
  so.tty = options.raw;
  io.out.flush();
  io.err.flush();
  if (!options.raw) return executor.stream(so);
  // The terminal is restored on every way out of this block.
  auto terminal = stream::RawTerminal::enter(STDIN_FILENO);
  if (!terminal) return terminal.take_error();
  auto winch = stream::WinchMonitor::create(::isatty(STDOUT_FILENO) == 1 ? STDOUT_FILENO : STDIN_FILENO);
  if (!winch) return winch.take_error();
  std::unique_ptr<stream::TerminalSizeSource> sizes;
  if (options.redraw) sizes = std::make_unique<RedrawSizes>(std::move(*winch));
  else sizes = std::move(*winch);
  so.resize = sizes.get();
  return executor.stream(so);
}

}  // namespace kctl::cmd
