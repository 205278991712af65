#include "stream/terminal.h"

#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>

namespace kctl::stream {

std::optional<TerminalSize> terminal_size(int fd) {
  winsize ws{};
  if (::ioctl(fd, TIOCGWINSZ, &ws) != 0 || (ws.ws_col == 0 && ws.ws_row == 0)) return std::nullopt;
  return TerminalSize{ws.ws_col, ws.ws_row};
}

namespace {

constexpr int kTerminationSignals[] = {SIGHUP, SIGINT, SIGTERM, SIGQUIT};

// What the signal handler restores. A handler can reach nothing else, so
// this is the one piece of process-wide state here; it is written before
// the handlers are installed and only read by them.
struct SavedTerminal {
  int fd = -1;
  termios mode{};
};
SavedTerminal g_saved_terminal;

extern "C" void restore_terminal_and_exit(int) {
  ::tcsetattr(g_saved_terminal.fd, TCSANOW, &g_saved_terminal.mode);  // async-signal-safe
  ::_exit(1);
}

}  // namespace

Result<RawTerminal> RawTerminal::enter(int fd) {
  termios saved{};
  if (::tcgetattr(fd, &saved) != 0) return make_error(ErrorKind::Internal, std::string("tcgetattr: ") + std::strerror(errno));
  termios raw = saved;
  ::cfmakeraw(&raw);
  raw.c_cc[VMIN] = 1;
  raw.c_cc[VTIME] = 0;
  if (::tcsetattr(fd, TCSANOW, &raw) != 0) return make_error(ErrorKind::Internal, std::string("tcsetattr: ") + std::strerror(errno));
  return RawTerminal(fd, saved);
}

RawTerminal::RawTerminal(int fd, const termios& saved) : fd_(fd), saved_(saved) {
  g_saved_terminal = {fd, saved};
  struct sigaction action{};
  action.sa_handler = restore_terminal_and_exit;
  sigemptyset(&action.sa_mask);
  for (std::size_t i = 0; i < std::size(kTerminationSignals); ++i)
    ::sigaction(kTerminationSignals[i], &action, &old_actions_[i]);
}

RawTerminal::RawTerminal(RawTerminal&& other) noexcept : fd_(other.fd_), saved_(other.saved_) {
  std::copy(std::begin(other.old_actions_), std::end(other.old_actions_), std::begin(old_actions_));
  other.fd_ = -1;
}

RawTerminal::~RawTerminal() {
  if (fd_ < 0) return;
  for (std::size_t i = 0; i < std::size(kTerminationSignals); ++i)
    ::sigaction(kTerminationSignals[i], &old_actions_[i], nullptr);
  ::tcsetattr(fd_, TCSANOW, &saved_);
}

Result<std::unique_ptr<WinchMonitor>> WinchMonitor::create(int terminal_fd) {
  sigset_t winch, old_mask;
  sigemptyset(&winch);
  sigaddset(&winch, SIGWINCH);
  if (::sigprocmask(SIG_BLOCK, &winch, &old_mask) != 0)
    return make_error(ErrorKind::Internal, std::string("sigprocmask: ") + std::strerror(errno));
  int sfd = ::signalfd(-1, &winch, SFD_CLOEXEC | SFD_NONBLOCK);
  if (sfd < 0) {
    ::sigprocmask(SIG_SETMASK, &old_mask, nullptr);
    return make_error(ErrorKind::Internal, std::string("signalfd: ") + std::strerror(errno));
  }
  return std::unique_ptr<WinchMonitor>(new WinchMonitor(terminal_fd, sfd, old_mask));
}

WinchMonitor::~WinchMonitor() {
  ::close(signal_fd_);
  ::sigprocmask(SIG_SETMASK, &old_mask_, nullptr);
}

std::optional<TerminalSize> WinchMonitor::initial() {
  last_ = terminal_size(terminal_fd_);
  return last_;
}

std::optional<TerminalSize> WinchMonitor::next() {
  signalfd_siginfo info{};
  while (::read(signal_fd_, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
  }
  auto size = terminal_size(terminal_fd_);
  if (!size || size == last_) return std::nullopt;
  last_ = size;
  return size;
}

}  // namespace kctl::stream
