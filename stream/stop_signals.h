// SIGINT and SIGTERM as a readable descriptor (a signalfd), so that a
// poll loop can end cleanly on them: the signals are blocked for the
// object's lifetime and the previous mask restored afterwards.
#pragma once

#include <signal.h>

#include <memory>

#include "client/result.h"

namespace kctl::stream {

class StopSignals {
 public:
  static Result<std::unique_ptr<StopSignals>> create();
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  int fd() const { return fd_; }
  // The signal received (consumed), 0 if none.
  int take();

 private:
  StopSignals(int fd, const sigset_t& old_mask) : fd_(fd), old_mask_(old_mask) {}
  int fd_;
  sigset_t old_mask_;
};

}  // namespace kctl::stream
