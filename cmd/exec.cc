// kctl exec (POD | TYPE/NAME) [-c CONTAINER] [-i] [-t] [-q] -- COMMAND [args...]
// as kubectl's pkg/cmd/exec: the pod is found first (a workload or service
// picks one of its pods; phase check, default container), then the command
// runs through an Executor from remote_command_executors.
#include <nlohmann/json.hpp>

#include "cmd/exec_container.h"
#include "cmd/go_duration.h"
#include "cmd/pod_for_object.h"
#include "cmd/remote_executor.h"
#include "cmd/remote_session.h"
#include "cmd/verb.h"
#include "stream/exec_params.h"

namespace kctl::cmd {
namespace {

constexpr std::string_view kExecShort = "Execute a command in a container";
constexpr std::string_view kNoPod = "pod, type/name or --filename must be specified";
constexpr std::string_view kNoCommand = "you must specify at least one command for the container";
constexpr std::string_view kNoDash =
    "exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead";

struct ExecOptions {
  StreamFlags flags;
  std::vector<std::string> args;  // positionals, before and after "--"
  // complete()
  std::string resource, ns;
  std::chrono::milliseconds timeout{};
  std::vector<std::string> command;
  stream::ExecutorFactory make_executor;  // injected; SPDY unless set

  void add_flags(CLI::App& sub) {
    flags.add_to(sub);
    sub.add_option("args", args, "POD -- COMMAND [args...]");
  }

  // `after_dash`: the arguments after the first "--", if there was one.
  Result<> complete(Factory& f, const std::optional<std::vector<std::string>>& after_dash) {
    // A bad duration is a flag parse error, before anything else.
    auto t = pod_running_timeout(flags.pod_running_timeout, "kctl exec", f.io().err);
    if (!t && t.error().kind == ErrorKind::Printed) return t.take_error();
    // cobra's ArgsLenAtDash: the number of positionals before "--".
    const long at_dash = after_dash ? static_cast<long>(args.size()) : -1;
    if (after_dash) args.insert(args.end(), after_dash->begin(), after_dash->end());
    if (!args.empty() && at_dash != 0) resource = args[0];
    if (at_dash > -1) command.assign(args.begin() + at_dash, args.end());
    else if (args.size() > 1) return make_error(ErrorKind::Usage, std::string(kNoDash));
    if (!t) return make_error(ErrorKind::Usage, t.error().message);
    timeout = *t;
    return bind_remote_session(f, ns, make_executor);
  }

  Result<> validate() const {
    if (resource.empty()) return make_error(ErrorKind::Internal, std::string(kNoPod));
    if (command.empty()) return make_error(ErrorKind::Internal, std::string(kNoCommand));
    return {};
  }

  Result<> run(Factory& f) {
    auto rest = f.rest_client();
    if (!rest) return rest.take_error();
    auto target = pod_for_object(**rest, ns, resource, PodSort::Active, timeout);
    if (!target) return target.take_error();
    const nlohmann::json& pod = target->pod;
    const std::string phase = pod.value("status", nlohmann::json::object()).value("phase", "");
    if (phase == "Succeeded" || phase == "Failed")
      return make_error(ErrorKind::Internal,
                        "cannot exec into a container in a completed pod; current phase is " + phase);
    IOStreams& io = f.io();
    std::string chosen = flags.container;
    if (chosen.empty()) {
      auto choice = default_container(pod, flags.quiet);
      if (!choice) return choice.take_error();
      io.err << choice->notice;
      chosen = choice->name;
      if (Logger log = f.logger(); choice->first_in_spec && log.v(4))
        log.info("podcmd.go:88", "Defaulting container name to " + chosen);
    }

    SessionOptions session;
    session.attach_stdin = flags.attach_stdin;
    session.raw = use_raw_terminal(flags.attach_stdin, flags.tty, flags.quiet, io);
    stream::ExecParams params;
    params.container = chosen;
    params.command = command;
    params.stdin = flags.attach_stdin;
    params.stdout = true;
    params.stderr = !session.raw;
    params.tty = session.raw;
    const nlohmann::json meta = pod.value("metadata", nlohmann::json::object());
    auto exec_url = (*rest)->request().ns(meta.value("namespace", ns)).resource("pods")
                        .name(meta.value("name", "")).subresource("exec").url();
    if (!exec_url) return exec_url.take_error();
    auto executor = make_executor(*exec_url + "?" + stream::exec_query(params));
    if (!executor) return executor.take_error();
    return run_remote_session(**executor, io, session);
  }
};

}  // namespace

void register_exec(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<ExecOptions>();
  CLI::App* sub = root.add_subcommand("exec", std::string(kExecShort));
  opts->add_flags(*sub);
  on_chosen(sub, ctx, [opts, &ctx]() -> Result<> {
    if (auto r = opts->complete(ctx.factory, ctx.args_after_dash); !r) return r;
    if (auto r = opts->validate(); !r) return r;
    return opts->run(ctx.factory);
  });
}

}  // namespace kctl::cmd
