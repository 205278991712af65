// Local -> pod. The tar is built on this thread straight into the pipe the
// background session sends as stdin.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "client/go_quote.h"
#include "cmd/cp_copy.h"
#include "cmd/cp_exec.h"
#include "cmd/cp_progress.h"
#include "stream/go_path.h"
#include "stream/remote_command.h"
#include "stream/tar_tree.h"

namespace kctl::cmd {
namespace {

// kubectl's probe: exit 0 from `test -d dest` means dest is a directory.
// Its output is discarded and any failure means "not a directory".
bool remote_is_dir(CpPod& pod, const std::string& dest) {
  auto ex = pod.command({"test", "-d", dest}, false, nullptr);
  if (!ex) return false;
  stream::UniqueFd null(::open("/dev/null", O_WRONLY | O_CLOEXEC));
  stream::StreamOptions so;
  so.stdout_fd = null.get();
  so.stderr_fd = null.get();
  return static_cast<bool>((*ex)->stream(so));
}

// No tar in the container: a single regular file goes through
// `sh -c 'cat > "$1"'`, the path passed as an argument, never quoted into
// the script.
Result<> cat_to_pod(CpPod& pod, const std::string& src, const std::string& target, IOStreams& io) {
  io.err << "warning: no tar in the container; copying " << client::go_quote(src) << " as a single file with cat\n";
  io.err.flush();
  stream::UniqueFd in(::open(src.c_str(), O_RDONLY | O_CLOEXEC));
  if (!in) return stream::gopath::path_error("open", src, errno);
  auto ex = pod.command({"sh", "-c", "cat > \"$1\"", "kctl-cp", target}, true, nullptr);
  if (!ex) return ex.take_error();
  stream::StreamOptions so;
  so.stdin_fd = in.get();
  so.stdout_fd = STDOUT_FILENO;
  so.stderr_fd = STDERR_FILENO;
  return (*ex)->stream(so);
}

}  // namespace

Result<> copy_to_pod(CpPod& pod, const std::string& src, const std::string& dest, bool no_preserve, IOStreams& io) {
  struct stat st {};
  if (::stat(src.c_str(), &st) != 0)
    return make_error(ErrorKind::Internal, src + " doesn't exist in local filesystem");
  std::string target = dest;
  if (remote_is_dir(pod, dest)) target = stream::gopath::join(dest, stream::gopath::base(stream::gopath::clean(src)));

  std::vector<std::string> argv{"tar", "-xmf", "-"};
  if (no_preserve) argv = {"tar", "--no-same-permissions", "--no-same-owner", "-xmf", "-"};
  const std::string dir = stream::gopath::dir(target);
  if (!dir.empty()) argv.insert(argv.end(), {"-C", dir});
  auto ex = pod.command(argv, true, &io.err);
  if (!ex) return ex.take_error();
  auto pipe = make_pipe();
  if (!pipe) return pipe.take_error();
  auto bg = BackgroundExec::start(std::move(*ex), std::move(pipe->first), STDOUT_FILENO, STDERR_FILENO);
  if (!bg) return bg.take_error();

  // The total is a walk of the tree: only worth it when the bar is shown.
  CpProgress progress(STDERR_FILENO, src, ::isatty(STDERR_FILENO) == 1 ? stream::tar::tree_data_size(src) : 0);
  stream::UniqueFd out = std::move(pipe->second);
  stream::tar::TarWriter writer([&out](std::string_view data) { return stream::write_fd(out.get(), data); });
  stream::tar::TreeOptions to;
  to.warn = [&io](const std::string& line) {
    io.err << line;
    io.err.flush();
  };
  to.on_data = [&progress](std::uint64_t n) { progress.add(n); };
  Result<> produced = stream::tar::write_tree(writer, src, stream::gopath::base(stream::gopath::clean(target)), to);
  out.reset();  // EOF: the remote tar finishes
  Result<> outcome = (*bg)->wait();
  if (!outcome && tar_is_missing(outcome, (*bg)->stderr_head()) && S_ISREG(st.st_mode))
    return cat_to_pod(pod, src, target, io);
  // A failed session explains a broken pipe; a local failure explains itself.
  if (!outcome) return outcome;
  return produced;
}

}  // namespace kctl::cmd
