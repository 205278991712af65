#include "cmd/attach_session.h"

#include "cmd/remote_session.h"
#include "stream/exec_params.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

constexpr std::string_view kBanner = "If you don't see a command prompt, try pressing enter.";
constexpr std::string_view kAttachCommand = "kctl attach";

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

}  // namespace

Result<> attach_container(client::RestClient& rest, IOStreams& io, const stream::ExecutorFactory& make_executor,
                          const json& pod, const std::string& container, const AttachStreams& streams) {
  const json meta = pod.value("metadata", json::object());
  const std::string pod_name = meta.value("name", "");
  auto found = find_container(pod, container);
  if (!found)
    return make_error(ErrorKind::Internal,
                      "cannot attach to the container: container " + container + " not found in pod " + pod_name);

  // The container's TTY decides: without one -t is dropped (with
  // kubectl's complaint); with one it is forced, or the output would be
  // garbled.
  const bool container_tty = found->spec.value("tty", false);
  bool want_tty = streams.tty;
  if (want_tty && !container_tty) {
    want_tty = false;
    if (!streams.quiet) io.err << "error: Unable to use a TTY - container " << container << " did not allocate one\n";
  } else if (!want_tty && container_tty) {
    want_tty = true;
  }
  SessionOptions session;
  session.attach_stdin = streams.stdin;
  session.raw = use_raw_terminal(streams.stdin, want_tty, streams.quiet, io);
  session.redraw = true;

  stream::AttachParams params;
  params.container = container;
  params.stdin = streams.stdin;
  params.stdout = true;
  params.stderr = !session.raw;
  params.tty = session.raw;
  auto url = rest.request().ns(meta.value("namespace", "")).resource("pods").name(pod_name)
                 .subresource("attach").url();
  if (!url) return url.take_error();
  auto executor = make_executor(*url + "?" + stream::attach_query(params));
  if (!executor) return executor.take_error();
  if (!streams.quiet) io.err << kBanner << '\n';
  if (auto r = run_remote_session(**executor, io, session); !r) return r;

  // kubectl's reattachMessage.
  const std::string restart = pod.value("spec", json::object()).value("restartPolicy", "");
  if (streams.quiet || !streams.stdin || !session.raw || restart != "Always") return {};
  if (found->ephemeral)
    io.out << "Session ended, the ephemeral container will not be restarted but may be reattached using '"
           << kAttachCommand << ' ' << pod_name << " -c " << container << " -i -t' if it is still running\n";
  else
    io.out << "Session ended, resume using '" << kAttachCommand << ' ' << pod_name << " -c " << container
           << " -i -t' command when the pod is running\n";
  io.out.flush();
  return {};
}

}  // namespace kctl::cmd
