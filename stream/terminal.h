// The local terminal for -t sessions: raw mode (restored by the
// destructor, on every exit path), its size, and SIGWINCH delivered through
// a signalfd owned by an object (no global handler state).
#pragma once

#include <signal.h>
#include <termios.h>

#include <memory>
#include <optional>

#include "client/result.h"

namespace kctl::stream {

struct TerminalSize {
  unsigned width = 0, height = 0;
  bool operator==(const TerminalSize&) const = default;
};

// The size of the terminal on `fd`, nullopt if it is not one (or 0x0).
std::optional<TerminalSize> terminal_size(int fd);

// Puts `fd` in raw mode (cfmakeraw, as moby/term's MakeRaw) for its
// lifetime. A termination signal (SIGHUP, SIGINT, SIGTERM, SIGQUIT) that
// arrives meanwhile restores the terminal and exits 1, as kubectl's
// interrupt handler does; the previous handlers come back afterwards.
class RawTerminal {
 public:
  static Result<RawTerminal> enter(int fd);
  RawTerminal(RawTerminal&& other) noexcept;
  RawTerminal& operator=(RawTerminal&&) = delete;
  RawTerminal(const RawTerminal&) = delete;
  RawTerminal& operator=(const RawTerminal&) = delete;
  ~RawTerminal();

 private:
  RawTerminal(int fd, const termios& saved);
  int fd_ = -1;
  termios saved_{};
  struct sigaction old_actions_[4]{};
};

// Where resize messages come from: a descriptor that becomes readable when
// the size may have changed, and the current size.
class TerminalSizeSource {
 public:
  virtual ~TerminalSizeSource() = default;
  virtual int fd() const = 0;
  // The first size to send (kubectl primes its queue with it).
  virtual std::optional<TerminalSize> initial() = 0;
  // Consumes the readiness; the new size if it changed.
  virtual std::optional<TerminalSize> next() = 0;
};

// SIGWINCH through a signalfd: the signal is blocked for the object's
// lifetime and the previous mask restored afterwards.
class WinchMonitor : public TerminalSizeSource {
 public:
  static Result<std::unique_ptr<WinchMonitor>> create(int terminal_fd);
  ~WinchMonitor() override;
  WinchMonitor(const WinchMonitor&) = delete;
  WinchMonitor& operator=(const WinchMonitor&) = delete;

  int fd() const override { return signal_fd_; }
  std::optional<TerminalSize> initial() override;
  std::optional<TerminalSize> next() override;

 private:
  WinchMonitor(int terminal_fd, int signal_fd, const sigset_t& old_mask)
      : terminal_fd_(terminal_fd), signal_fd_(signal_fd), old_mask_(old_mask) {}
  int terminal_fd_;
  int signal_fd_;
  sigset_t old_mask_;
  std::optional<TerminalSize> last_;
};

}  // namespace kctl::stream
