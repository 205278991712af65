// One remote command of kctl cp running on a background thread, its
// streams on pipes: the executor's stream() blocks, so the tar is fed or
// consumed by the caller's thread while the session runs, never held in
// memory. The command's stderr is forwarded to a local descriptor (kubectl
// wires the download's to stdout) and its first bytes kept, to tell "no tar
// in the container" from other failures.
#pragma once

#include <memory>
#include <string>
#include <thread>

#include "client/result.h"
#include "stream/executor.h"
#include "stream/unique_fd.h"

namespace kctl::cmd {

class BackgroundExec {
 public:
  // `stdin_fd` (owned; -1 for none) is closed once the session ends, so a
  // writer on its other end gets EPIPE instead of blocking. Stdout goes to
  // `stdout_to`, or with kCaptureStdout to a pipe read through stdout_fd().
  static constexpr int kCaptureStdout = -2;
  static Result<std::unique_ptr<BackgroundExec>> start(std::unique_ptr<stream::Executor> executor,
                                                       stream::UniqueFd stdin_fd, int stdout_to,
                                                       int stderr_forward_fd);
  ~BackgroundExec();
  BackgroundExec(const BackgroundExec&) = delete;
  BackgroundExec& operator=(const BackgroundExec&) = delete;

  int stdout_fd() const { return stdout_read_.get(); }
  // Waits for the session (stop reading stdout_fd() first, or drain it) and
  // returns its outcome.
  Result<> wait();
  // The start of the command's stderr (after wait()).
  const std::string& stderr_head() const { return stderr_head_; }

 private:
  BackgroundExec() = default;
  void join();

  stream::UniqueFd stdout_read_;
  std::thread session_, stderr_pump_;
  Result<> result_;
  std::string stderr_head_;
};

// Whether a failed tar command failed because there is no tar: the
// runtime's "executable file not found", a shell's exit code 127 or its
// "tar: not found" on stderr.
bool tar_is_missing(const Result<>& outcome, const std::string& stderr_head);

// read(2) retried on EINTR; 0 at end of stream.
Result<std::size_t> read_some(int fd, char* buf, std::size_t n);

// A pipe as two owned descriptors {read, write}.
Result<std::pair<stream::UniqueFd, stream::UniqueFd>> make_pipe();

}  // namespace kctl::cmd
