// Pod -> local. The tar arrives on a pipe from a background session and is
// extracted as it streams; with --retries a broken stream is resumed from
// the last byte read (kubectl's TarPipe).
#include <unistd.h>

#include "client/go_quote.h"
#include "cmd/cp_copy.h"
#include "cmd/cp_exec.h"
#include "cmd/cp_progress.h"
#include "cmd/cp_spec.h"
#include "stream/tar_extract.h"

namespace kctl::cmd {
namespace {

// The remote tar stream, restarted at an offset when it breaks early.
class TarDownload {
 public:
  TarDownload(CpPod& pod, std::string src, int max_tries, IOStreams& io)
      : pod_(pod), src_(std::move(src)), max_tries_(max_tries), io_(io) {}

  Result<> start(std::uint64_t offset) {
    std::vector<std::string> argv{"tar", "cf", "-", src_};
    if (max_tries_ != 0)
      argv = {"sh", "-c", "tar cf - " + shell_quote(src_) + " | tail -c+" + std::to_string(offset)};
    auto ex = pod_.command(argv, false, &io_.out);
    if (!ex) return ex.take_error();
    exec_.reset();
    // The command's stderr goes to stdout, as kubectl wires it.
    auto bg = BackgroundExec::start(std::move(*ex), stream::UniqueFd(), BackgroundExec::kCaptureStdout, STDOUT_FILENO);
    if (!bg) return bg.take_error();
    exec_ = std::move(*bg);
    return {};
  }

  Result<std::size_t> read(char* buf, std::size_t n) {
    for (;;) {
      auto got = read_some(exec_->stdout_fd(), buf, n);
      if (!got) return got;
      if (*got > 0) {
        bytes_ += *got;
        return got;
      }
      // The stream ended before the archive did.
      Result<> outcome = exec_->wait();
      if (bytes_ == 0 && tar_is_missing(outcome, exec_->stderr_head())) {
        tar_missing_ = true;
        return std::size_t{0};
      }
      if (max_tries_ < 0 || retries_ < max_tries_) {
        ++retries_;
        io_.out << "Resuming copy at " << bytes_ << " bytes, retry " << retries_ << "/" << max_tries_ << "\n";
        io_.out.flush();
        if (auto r = start(bytes_ + 1); !r) return r.take_error();
        continue;
      }
      io_.out << "Dropping out copy after " << retries_ << " retries\n";
      io_.out.flush();
      if (!outcome) return outcome.take_error();
      return std::size_t{0};
    }
  }

  // After the archive's end: reads what tar padded it with, then the outcome.
  Result<> finish() {
    char buf[16 * 1024];
    for (;;) {
      auto got = read_some(exec_->stdout_fd(), buf, sizeof buf);
      if (!got || *got == 0) break;
    }
    return exec_->wait();
  }

  bool tar_missing() const { return tar_missing_; }

 private:
  CpPod& pod_;
  std::string src_;
  int max_tries_;
  IOStreams& io_;
  std::unique_ptr<BackgroundExec> exec_;
  std::uint64_t bytes_ = 0;
  int retries_ = 0;
  bool tar_missing_ = false;
};

// No tar in the container: a single file comes through `cat`.
Result<> cat_from_pod(CpPod& pod, const DownloadOptions& o, IOStreams& io, CpProgress& progress) {
  io.err << "warning: no tar in the container; copying " << client::go_quote(o.src) << " as a single file with cat\n";
  io.err.flush();
  auto ex = pod.command({"cat", o.src}, false, nullptr);
  if (!ex) return ex.take_error();
  auto bg = BackgroundExec::start(std::move(*ex), stream::UniqueFd(), BackgroundExec::kCaptureStdout, STDERR_FILENO);
  if (!bg) return bg.take_error();
  const int fd = (*bg)->stdout_fd();
  auto written = stream::tar::write_plain_file(
      o.dest,
      [fd](char* buf, std::size_t n) { return read_some(fd, buf, n); },
      [&progress](std::uint64_t n) { progress.add(n); });
  if (!written) return written.take_error();
  return (*bg)->wait();
}

}  // namespace

Result<> copy_from_pod(CpPod& pod, const DownloadOptions& o, IOStreams& io) {
  CpProgress progress(STDERR_FILENO, o.src, 0);
  TarDownload download(pod, o.src, o.max_tries, io);
  if (auto r = download.start(0); !r) return r;
  stream::tar::TarReader reader([&download](char* buf, std::size_t n) { return download.read(buf, n); });
  stream::tar::ExtractOptions xo;
  xo.prefix = download_prefix(o.src);
  xo.dest = strip_trailing_slash(o.dest);
  xo.symlink_hint = "(consider using \"kctl exec -n " + client::go_quote(o.ns_as_given) + " " +
                    client::go_quote(pod.name()) + " -- tar cf - " + client::go_quote(o.src) + " | tar xf -\")";
  xo.warn = [&io](const std::string& line) {
    io.err << line;
    io.err.flush();
  };
  xo.on_data = [&progress](std::uint64_t n) { progress.add(n); };
  auto stats = stream::tar::extract(reader, xo);
  if (!stats) return stats.take_error();
  Result<> outcome = download.finish();
  if (download.tar_missing()) return cat_from_pod(pod, o, io, progress);
  return outcome;
}

}  // namespace kctl::cmd
