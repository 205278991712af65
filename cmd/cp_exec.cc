#include "cmd/cp_exec.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "stream/remote_command.h"

namespace kctl::cmd {
namespace {

constexpr std::size_t kStderrHead = 4096;
constexpr int kPipeSize = 1 << 20;

}  // namespace

Result<std::size_t> read_some(int fd, char* buf, std::size_t n) {
  for (;;) {
    const ssize_t got = ::read(fd, buf, n);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return make_error(ErrorKind::Internal, std::string("read: ") + std::strerror(errno));
    return static_cast<std::size_t>(got);
  }
}

Result<std::pair<stream::UniqueFd, stream::UniqueFd>> make_pipe() {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return make_error(ErrorKind::Internal, std::string("pipe: ") + std::strerror(errno));
  // A larger pipe means fewer wake-ups between the session and the tar
  // thread; the default size is fine if the kernel refuses.
  (void)::fcntl(fds[1], F_SETPIPE_SZ, kPipeSize);
  return std::pair{stream::UniqueFd(fds[0]), stream::UniqueFd(fds[1])};
}

Result<std::unique_ptr<BackgroundExec>> BackgroundExec::start(std::unique_ptr<stream::Executor> executor,
                                                              stream::UniqueFd stdin_fd, int stdout_to,
                                                              int stderr_forward_fd) {
  std::unique_ptr<BackgroundExec> self(new BackgroundExec());
  stream::UniqueFd stdout_write;
  if (stdout_to == kCaptureStdout) {
    auto p = make_pipe();
    if (!p) return p.take_error();
    self->stdout_read_ = std::move(p->first);
    stdout_write = std::move(p->second);
  }
  auto err = make_pipe();
  if (!err) return err.take_error();
  // The pump forwards stderr until the session closes its write end.
  self->stderr_pump_ = std::thread([self = self.get(), in = std::move(err->first), stderr_forward_fd]() mutable {
    char buf[16 * 1024];
    for (;;) {
      const ssize_t n = ::read(in.get(), buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      const std::size_t len = static_cast<std::size_t>(n);
      if (self->stderr_head_.size() < kStderrHead)
        self->stderr_head_.append(buf, std::min(len, kStderrHead - self->stderr_head_.size()));
      if (stderr_forward_fd >= 0) (void)stream::write_fd(stderr_forward_fd, std::string_view(buf, len));
    }
  });
  self->session_ = std::thread([self = self.get(), executor = std::move(executor), in = std::move(stdin_fd),
                                out = std::move(stdout_write), err_w = std::move(err->second), stdout_to]() mutable {
    stream::StreamOptions so;
    so.stdin_fd = in.get();
    so.stdout_fd = out ? out.get() : stdout_to;
    so.stderr_fd = err_w.get();
    self->result_ = executor->stream(so);
    // Readers and writers on the other ends see EOF / EPIPE now.
    in.reset();
    out.reset();
    err_w.reset();
  });
  return self;
}

void BackgroundExec::join() {
  if (session_.joinable()) session_.join();
  if (stderr_pump_.joinable()) stderr_pump_.join();
}

Result<> BackgroundExec::wait() {
  join();
  return result_;
}

BackgroundExec::~BackgroundExec() {
  stdout_read_.reset();  // a session still writing gets EPIPE and ends
  join();
}

bool tar_is_missing(const Result<>& outcome, const std::string& stderr_head) {
  if (stderr_head.find("tar: not found") != std::string::npos ||
      stderr_head.find("tar: command not found") != std::string::npos)
    return true;
  if (outcome) return false;
  const Error& e = outcome.error();
  if (e.kind == ErrorKind::RemoteExit) return e.exit_code == 127 || e.exit_code == 126;
  return e.message.find("\"tar\"") != std::string::npos &&
         (e.message.find("executable file not found") != std::string::npos ||
          e.message.find("no such file or directory") != std::string::npos);
}

}  // namespace kctl::cmd
