// kctl attach (POD | TYPE/NAME | TYPE NAME) [-c CONTAINER] [-i] [-t] [-q]
// as kubectl's pkg/cmd/attach: the pod is found like exec's, the TTY
// follows the container's (forced on for a tty container, refused for one
// without), and the session runs through the same executors as exec.
#include <nlohmann/json.hpp>

#include "cmd/attach_session.h"
#include "cmd/exec_container.h"
#include "cmd/go_duration.h"
#include "cmd/pod_for_object.h"
#include "cmd/remote_executor.h"
#include "cmd/remote_session.h"
#include "cmd/verb.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

constexpr std::string_view kAttachShort = "Attach to a running container";
constexpr std::string_view kCommandPath = "kctl attach";

struct AttachOptions {
  StreamFlags flags;
  std::vector<std::string> args;
  // complete()
  std::string ns;
  std::chrono::milliseconds timeout{};
  stream::ExecutorFactory make_executor;

  void add_flags(CLI::App& sub) {
    flags.add_to(sub);
    sub.add_option("args", args, "(POD | TYPE/NAME)");
  }

  Result<> complete(Factory& f) {
    auto t = pod_running_timeout(flags.pod_running_timeout, std::string(kCommandPath), f.io().err);
    if (!t && t.error().kind == ErrorKind::Printed) return t.take_error();
    if (!t) return make_error(ErrorKind::Usage, t.error().message);
    timeout = *t;
    return bind_remote_session(f, ns, make_executor);
  }

  Result<> validate() const {
    if (args.empty()) return make_error(ErrorKind::Internal, "at least 1 argument is required for attach");
    if (args.size() > 2) {
      std::string list;
      for (const std::string& a : args) list += (list.empty() ? "" : " ") + a;
      return make_error(ErrorKind::Internal, "expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw " +
                                                 std::to_string(args.size()) + ": [" + list + "]");
    }
    return {};
  }

  Result<> run(Factory& f) {
    auto rest = f.rest_client();
    if (!rest) return rest.take_error();
    const std::string named = args.size() == 2 ? args[0] + "/" + args[1] : args[0];
    auto target = pod_for_object(**rest, ns, named, PodSort::Active, timeout);
    if (!target) return target.take_error();
    const json& pod = target->pod;
    const std::string phase = pod.value("status", json::object()).value("phase", "");
    if (phase == "Succeeded" || phase == "Failed")
      return make_error(ErrorKind::Internal,
                        "cannot attach a container in a completed pod; current phase is " + phase);
    IOStreams& io = f.io();
    std::string chosen = flags.container;
    if (chosen.empty()) {
      auto choice = default_container(pod, flags.quiet);
      if (!choice) return make_error(ErrorKind::Internal, "cannot attach to the container: " + choice.error().message);
      io.err << choice->notice;
      chosen = choice->name;
      if (Logger log = f.logger(); choice->first_in_spec && log.v(4))
        log.info("podcmd.go:88", "Defaulting container name to " + chosen);
    }
    return attach_container(**rest, io, make_executor, pod, chosen, AttachStreams{flags.attach_stdin, flags.tty, flags.quiet});
  }
};

}  // namespace

void register_attach(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<AttachOptions>();
  CLI::App* sub = root.add_subcommand("attach", std::string(kAttachShort));
  opts->add_flags(*sub);
  on_chosen(sub, ctx, [opts, &ctx]() -> Result<> {
    if (auto r = opts->complete(ctx.factory); !r) return r;
    if (auto r = opts->validate(); !r) return r;
    return opts->run(ctx.factory);
  });
}

}  // namespace kctl::cmd
