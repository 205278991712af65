// kctl attach (POD | TYPE/NAME | TYPE NAME) [-c CONTAINER] [-i] [-t] [-q]
// as kubectl's pkg/cmd/attach: the pod is found like exec's, the TTY
// follows the container's (forced on for a tty container, refused for one
// without), and the session runs through the same executors as exec.
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

using nlohmann::json;

constexpr std::string_view kAttachShort = "Attach to a running container";
constexpr std::string_view kBanner = "If you don't see a command prompt, try pressing enter.";
constexpr std::string_view kCommandPath = "kctl attach";

// podcmd.FindContainerByName: the container spec and where it lives.
struct FoundContainer {
  json spec;
  bool ephemeral = false;
};

std::optional<FoundContainer> find_container(const json& pod, const std::string& name) {
  const json spec = pod.value("spec", json::object());
  for (const char* key : {"containers", "initContainers", "ephemeralContainers"})
    for (const json& c : spec.value(key, json::array()))
      if (c.is_object() && c.value("name", "") == name)
        return FoundContainer{c, std::string_view(key) == "ephemeralContainers"};
  return std::nullopt;
}

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
    const json meta = pod.value("metadata", json::object());
    const std::string pod_name = meta.value("name", "");

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
    auto found = find_container(pod, chosen);
    if (!found)
      return make_error(ErrorKind::Internal,
                        "cannot attach to the container: container " + chosen + " not found in pod " + pod_name);

    // The container's TTY decides: without one -t is dropped (with
    // kubectl's complaint); with one it is forced, or the output would be
    // garbled.
    const bool container_tty = found->spec.value("tty", false);
    bool want_tty = flags.tty;
    if (want_tty && !container_tty) {
      want_tty = false;
      if (!flags.quiet) io.err << "error: Unable to use a TTY - container " << chosen << " did not allocate one\n";
    } else if (!want_tty && container_tty) {
      want_tty = true;
    }
    SessionOptions session;
    session.attach_stdin = flags.attach_stdin;
    session.raw = use_raw_terminal(flags.attach_stdin, want_tty, flags.quiet, io);
    session.redraw = true;

    stream::AttachParams params;
    params.container = chosen;
    params.stdin = flags.attach_stdin;
    params.stdout = true;
    params.stderr = !session.raw;
    params.tty = session.raw;
    auto url = (*rest)->request().ns(meta.value("namespace", ns)).resource("pods").name(pod_name)
                   .subresource("attach").url();
    if (!url) return url.take_error();
    auto executor = make_executor(*url + "?" + stream::attach_query(params));
    if (!executor) return executor.take_error();
    if (!flags.quiet) io.err << kBanner << '\n';
    if (auto r = run_remote_session(**executor, io, session); !r) return r;

    // kubectl's reattachMessage.
    const std::string restart = pod.value("spec", json::object()).value("restartPolicy", "");
    if (flags.quiet || !flags.attach_stdin || !session.raw || restart != "Always") return {};
    if (found->ephemeral)
      io.out << "Session ended, the ephemeral container will not be restarted but may be reattached using '"
             << kCommandPath << ' ' << pod_name << " -c " << chosen << " -i -t' if it is still running\n";
    else
      io.out << "Session ended, resume using '" << kCommandPath << ' ' << pod_name << " -c " << chosen
             << " -i -t' command when the pod is running\n";
    io.out.flush();
    return {};
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
