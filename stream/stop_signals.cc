#include "stream/stop_signals.h"

#include <sys/signalfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace kctl::stream {

Result<std::unique_ptr<StopSignals>> StopSignals::create() {
  sigset_t stop, old_mask;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  if (::sigprocmask(SIG_BLOCK, &stop, &old_mask) != 0)
    return make_error(ErrorKind::Internal, std::string("sigprocmask: ") + std::strerror(errno));
  int fd = ::signalfd(-1, &stop, SFD_CLOEXEC | SFD_NONBLOCK);
  if (fd < 0) {
    ::sigprocmask(SIG_SETMASK, &old_mask, nullptr);
    return make_error(ErrorKind::Internal, std::string("signalfd: ") + std::strerror(errno));
  }
  return std::unique_ptr<StopSignals>(new StopSignals(fd, old_mask));
}

StopSignals::~StopSignals() {
  ::close(fd_);
  ::sigprocmask(SIG_SETMASK, &old_mask_, nullptr);
}

int StopSignals::take() {
  signalfd_siginfo info{};
  if (::read(fd_, &info, sizeof info) != static_cast<ssize_t>(sizeof info)) return 0;
  return static_cast<int>(info.ssi_signo);
}

}  // namespace kctl::stream
