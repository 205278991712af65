// kctl exec (POD | TYPE/NAME) [-c CONTAINER] [-i] [-t] [-q] -- COMMAND [args...]
// as kubectl's pkg/cmd/exec: the pod is read first (phase check, default
// container), then the command runs through an Executor (SPDY for now;
// the WebSocket executor and the fallback wrapper slot in at make_executor).
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cmd/exec_container.h"
#include "cmd/remote_executor.h"
#include "cmd/verb.h"
#include "stream/exec_params.h"
#include "stream/terminal.h"

namespace kctl::cmd {
namespace {

constexpr std::string_view kExecShort = "Execute a command in a container";
constexpr std::string_view kNoPod = "pod, type/name or --filename must be specified";
constexpr std::string_view kNoCommand = "you must specify at least one command for the container";
constexpr std::string_view kNoDash =
    "exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead";
constexpr std::string_view kNoTty = "Unable to use a TTY - input is not a terminal or the right kind of file";

struct ExecOptions {
  // flags
  std::string container;
  bool attach_stdin = false, tty = false, quiet = false;
  std::string pod_running_timeout = "1m0s";
  std::vector<std::string> args;  // positionals, before and after "--"
  // complete()
  std::string resource, ns;
  std::vector<std::string> command;
  stream::ExecutorFactory make_executor;  // injected; SPDY unless set

  void add_flags(CLI::App& sub) {
    sub.add_option("-c,--container", container,
                   "Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for "
                   "selecting the container to be attached or the first container in the pod will be chosen");
    sub.add_flag("-i,--stdin", attach_stdin, "Pass stdin to the container");
    sub.add_flag("-t,--tty", tty, "Stdin is a TTY");
    sub.add_flag("-q,--quiet", quiet, "Only print output from the remote session");
    sub.add_option("--pod-running-timeout", pod_running_timeout,
                   "The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running");
    sub.add_option("args", args, "POD -- COMMAND [args...]");
  }

  // `after_dash`: the arguments after the first "--", if there was one.
  Result<> complete(Factory& f, const std::optional<std::vector<std::string>>& after_dash) {
    // cobra's ArgsLenAtDash: the number of positionals before "--".
    const long at_dash = after_dash ? static_cast<long>(args.size()) : -1;
    if (after_dash) args.insert(args.end(), after_dash->begin(), after_dash->end());
    if (!args.empty() && at_dash != 0) resource = args[0];
    if (at_dash > -1) command.assign(args.begin() + at_dash, args.end());
    else if (args.size() > 1) return make_error(ErrorKind::Usage, std::string(kNoDash));
    auto rc = f.rest_config();
    if (!rc) return rc.take_error();
    ns = (*rc)->ns;
    if (!make_executor) {
      auto executors = remote_command_executors(f);
      if (!executors) return executors.take_error();
      make_executor = std::move(*executors);
    }
    return {};
  }

  Result<> validate() const {
    if (resource.empty()) return make_error(ErrorKind::Internal, std::string(kNoPod));
    if (command.empty()) return make_error(ErrorKind::Internal, std::string(kNoCommand));
    return {};
  }

  // "p", "pod/p", "pods/p", "po/p" -> "p".
  Result<std::string> pod_name() const {
    auto slash = resource.find('/');
    if (slash == std::string::npos) return resource;
    const std::string type = resource.substr(0, slash);
    if (type == "pod" || type == "pods" || type == "po") return resource.substr(slash + 1);
    return make_error(ErrorKind::Internal, "kctl exec: only pods can be named as TYPE/NAME in this version");
  }

  Result<> run(Factory& f) {
    auto name = pod_name();
    if (!name) return name.take_error();
    auto rest = f.rest_client();
    if (!rest) return rest.take_error();
    auto pod_url = (*rest)->request().ns(ns).resource("pods").name(*name).url();
    if (!pod_url) return pod_url.take_error();
    client::HttpRequest get;
    get.url = *pod_url;
    auto resp = (*rest)->send(std::move(get));
    if (!resp) return resp.take_error();
    nlohmann::json pod = nlohmann::json::parse(resp->body, nullptr, false);
    if (!pod.is_object()) return make_error(ErrorKind::Internal, "cannot decode the pod from the server");
    const std::string phase = pod.value("status", nlohmann::json::object()).value("phase", "");
    if (phase == "Succeeded" || phase == "Failed")
      return make_error(ErrorKind::Internal,
                        "cannot exec into a container in a completed pod; current phase is " + phase);
    IOStreams& io = f.io();
    std::string chosen = container;
    if (chosen.empty()) {
      auto choice = default_container(pod, quiet);
      if (!choice) return choice.take_error();
      io.err << choice->notice;
      chosen = choice->name;
    }

    // kubectl's SetupTTY: a TTY only with -i and a terminal on stdin.
    bool raw = false;
    if (attach_stdin && tty) {
      if (::isatty(STDIN_FILENO) == 1) raw = true;
      else if (!quiet) io.err << kNoTty << '\n';
    }
    stream::ExecParams params;
    params.container = chosen;
    params.command = command;
    params.stdin = attach_stdin;
    params.stdout = true;
    params.stderr = !raw;
    params.tty = raw;
    const nlohmann::json meta = pod.value("metadata", nlohmann::json::object());
    auto exec_url = (*rest)->request().ns(meta.value("namespace", ns)).resource("pods")
                        .name(meta.value("name", *name)).subresource("exec").url();
    if (!exec_url) return exec_url.take_error();
    auto executor = make_executor(*exec_url + "?" + stream::exec_query(params));
    if (!executor) return executor.take_error();

    stream::StreamOptions so;
    so.stdin_fd = attach_stdin ? STDIN_FILENO : -1;
    so.stdout_fd = STDOUT_FILENO;
    so.stderr_fd = raw ? -1 : STDERR_FILENO;
    so.tty = raw;
    io.out.flush();
    io.err.flush();
    if (!raw) return (*executor)->stream(so);
    // The terminal is restored on every way out of this block.
    auto terminal = stream::RawTerminal::enter(STDIN_FILENO);
    if (!terminal) return terminal.take_error();
    auto winch = stream::WinchMonitor::create(::isatty(STDOUT_FILENO) == 1 ? STDOUT_FILENO : STDIN_FILENO);
    if (!winch) return winch.take_error();
    so.resize = winch->get();
    return (*executor)->stream(so);
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
