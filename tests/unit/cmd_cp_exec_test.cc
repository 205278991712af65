// kctl cp's background session plumbing with a scripted executor: streams
// through pipes both ways, stderr forwarded and kept, and no hang when the
// local side stops reading or writing early.
#include <doctest/doctest.h>

#include <signal.h>
#include <unistd.h>

#include <functional>

#include "cmd/cp_exec.h"
#include "stream/remote_command.h"

namespace kctl::cmd {
namespace {

class ScriptedExecutor : public stream::Executor {
 public:
  explicit ScriptedExecutor(std::function<Result<>(const stream::StreamOptions&)> run) : run_(std::move(run)) {}
  Result<> stream(const stream::StreamOptions& o) override { return run_(o); }

 private:
  std::function<Result<>(const stream::StreamOptions&)> run_;
};

std::unique_ptr<stream::Executor> scripted(std::function<Result<>(const stream::StreamOptions&)> run) {
  return std::make_unique<ScriptedExecutor>(std::move(run));
}

std::string read_all(int fd) {
  std::string out;
  char buf[4096];
  for (;;) {
    auto n = read_some(fd, buf, sizeof buf);
    if (!n || *n == 0) return out;
    out.append(buf, *n);
  }
}

// Ignores SIGPIPE for one test, as kctl cp does.
struct NoSigpipe {
  NoSigpipe() { ::signal(SIGPIPE, SIG_IGN); }
  ~NoSigpipe() { ::signal(SIGPIPE, SIG_DFL); }
};

TEST_CASE("cp exec: stdin in, stdout captured, stderr forwarded and kept") {
  auto err_pipe = make_pipe();
  REQUIRE(err_pipe.ok());
  auto in = make_pipe();
  REQUIRE(in.ok());
  auto bg = BackgroundExec::start(scripted([](const stream::StreamOptions& o) -> Result<> {
                                    std::string got = read_all(o.stdin_fd);
                                    if (auto r = stream::write_fd(o.stdout_fd, "echo:" + got); !r) return r;
                                    return stream::write_fd(o.stderr_fd, "tar: Removing leading `/'\n");
                                  }),
                                  std::move(in->first), BackgroundExec::kCaptureStdout, err_pipe->second.get());
  REQUIRE(bg.ok());
  REQUIRE(stream::write_fd(in->second.get(), "hello").ok());
  in->second.reset();
  CHECK(read_all((*bg)->stdout_fd()) == "echo:hello");
  CHECK((*bg)->wait().ok());
  CHECK((*bg)->stderr_head() == "tar: Removing leading `/'\n");
  err_pipe->second.reset();
  CHECK(read_all(err_pipe->first.get()) == "tar: Removing leading `/'\n");
}

TEST_CASE("cp exec: a reader that stops early does not hang the session") {
  NoSigpipe guard;
  auto bg = BackgroundExec::start(scripted([](const stream::StreamOptions& o) -> Result<> {
                                    const std::string chunk(1 << 16, 'x');
                                    for (int i = 0; i < 1000; ++i)
                                      if (auto r = stream::write_fd(o.stdout_fd, chunk); !r) return r;
                                    return {};
                                  }),
                                  stream::UniqueFd(), BackgroundExec::kCaptureStdout, -1);
  REQUIRE(bg.ok());
  char c;
  REQUIRE(read_some((*bg)->stdout_fd(), &c, 1).ok());
  bg->reset();  // closes the pipe: the session's next write fails and it ends
}

TEST_CASE("cp exec: a session that ends early breaks the writer's pipe") {
  NoSigpipe guard;
  auto in = make_pipe();
  REQUIRE(in.ok());
  auto bg = BackgroundExec::start(
      scripted([](const stream::StreamOptions&) -> Result<> { return make_error(ErrorKind::RemoteExit, "exit 2"); }),
      std::move(in->first), -1, -1);
  REQUIRE(bg.ok());
  CHECK(!(*bg)->wait().ok());
  const std::string big(1 << 20, 'y');
  CHECK(!stream::write_fd(in->second.get(), big).ok());
}

TEST_CASE("cp exec: telling a missing tar from other failures") {
  Error exit127 = make_error(ErrorKind::RemoteExit, "command terminated with exit code 127");
  exit127.exit_code = 127;
  Error exit2 = make_error(ErrorKind::RemoteExit, "command terminated with exit code 2");
  exit2.exit_code = 2;
  CHECK(tar_is_missing(Result<>(exit127), ""));
  CHECK(!tar_is_missing(Result<>(exit2), "tar: /x: Cannot stat: No such file or directory\n"));
  CHECK(tar_is_missing(Result<>(make_error(ErrorKind::ApiStatus,
                                           "Internal error occurred: error executing command in container: exec: "
                                           "\"tar\": executable file not found in $PATH")),
                       ""));
  CHECK(tar_is_missing(Result<>(), "sh: 1: tar: not found\n"));
  CHECK(tar_is_missing(Result<>(), "bash: line 1: tar: command not found\n"));
  CHECK(!tar_is_missing(Result<>(), ""));
}

}  // namespace
}  // namespace kctl::cmd
