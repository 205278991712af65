// kctl cp <file-spec-src> <file-spec-dest>, as kubectl's pkg/cmd/cp: one
// side is [[namespace/]pod:]path, the other a local path; files travel as
// tar over exec (see cp_upload.cc and cp_download.cc).
#include <signal.h>
#include <sys/stat.h>

#include "cmd/cp_copy.h"
#include "cmd/cp_spec.h"
#include "cmd/remote_executor.h"
#include "cmd/verb.h"

namespace kctl::cmd {
namespace {

constexpr std::string_view kCpShort = "Copy files and directories to and from containers";

// Writes into a pipe whose reader has gone must fail with EPIPE, not kill
// the process: ignored for the copy, restored after.
class IgnoreSigpipe {
 public:
  IgnoreSigpipe() {
    struct sigaction ign {};
    ign.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ign, &saved_);
  }
  ~IgnoreSigpipe() { ::sigaction(SIGPIPE, &saved_, nullptr); }
  IgnoreSigpipe(const IgnoreSigpipe&) = delete;
  IgnoreSigpipe& operator=(const IgnoreSigpipe&) = delete;

 private:
  struct sigaction saved_ {};
};

struct CpOptions {
  std::string container;
  bool no_preserve = false;
  int max_tries = 0;
  std::vector<std::string> args;

  void add_flags(CLI::App& sub) {
    sub.add_option("-c,--container", container,
                   "Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for "
                   "selecting the container to be attached or the first container in the pod will be chosen");
    sub.add_flag("--no-preserve", no_preserve,
                 "The copied file/directory's ownership and permissions will not be preserved in the container");
    sub.add_option("--retries", max_tries,
                   "Set number of retries to complete a copy operation from a container. Specify 0 to disable or "
                   "any negative value for infinite retrying. The default is 0 (no retry).");
    sub.add_option("args", args, "<file-spec-src> <file-spec-dest>");
  }

  Result<> run(Factory& f) {
    if (args.size() != 2) return make_error(ErrorKind::Internal, "source and destination are required");
    auto src = parse_file_spec(args[0]);
    if (!src) return src.take_error();
    auto dest = parse_file_spec(args[1]);
    if (!dest) return dest.take_error();
    if (src->remote() && dest->remote())
      return make_error(ErrorKind::Internal, "one of src or dest must be a local file specification");
    if (src->file.empty() || dest->file.empty()) return make_error(ErrorKind::Internal, "filepath can not be empty");
    if (!src->remote() && !dest->remote())
      return make_error(ErrorKind::Internal, "one of src or dest must be a remote file specification");

    const FileSpec& remote = src->remote() ? *src : *dest;
    if (dest->remote()) {
      // kubectl checks the local source before it talks to the server.
      struct stat st {};
      if (::stat(src->file.c_str(), &st) != 0)
        return make_error(ErrorKind::Internal, src->file + " doesn't exist in local filesystem");
    }
    auto rc = f.rest_config();
    if (!rc) return rc.take_error();
    const std::string ns = remote.pod_namespace.empty() ? (*rc)->ns : remote.pod_namespace;
    auto executors = remote_command_executors(f);
    if (!executors) return executors.take_error();
    auto pod = CpPod::resolve(f, std::move(*executors), ns, remote.pod_name, container);
    if (!pod) return pod.take_error();

    IgnoreSigpipe sigpipe;
    if (dest->remote()) return copy_to_pod(*pod, src->file, dest->file, no_preserve, f.io());
    DownloadOptions o;
    o.src = src->file;
    o.dest = dest->file;
    o.ns_as_given = src->pod_namespace;
    o.max_tries = max_tries;
    return copy_from_pod(*pod, o, f.io());
  }
};

}  // namespace

void register_cp(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<CpOptions>();
  CLI::App* sub = root.add_subcommand("cp", std::string(kCpShort));
  opts->add_flags(*sub);
  on_chosen(sub, ctx, [opts, &ctx]() -> Result<> { return opts->run(ctx.factory); });
}

}  // namespace kctl::cmd
