// kubectl debug's handleAttachPod: wait (no timeout, as kubectl) until the
// debug container runs or has ended, printing the waiting messages; then
// attach, or stream the logs of a container that already ended.
#include "client/watch.h"
#include "cmd/attach_session.h"
#include "cmd/debug_options.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

// The container's status among init, regular and ephemeral containers.
const json* container_status(const json& pod, const std::string& name) {
  auto status = pod.find("status");
  if (status == pod.end() || !status->is_object()) return nullptr;
  for (const char* list : {"initContainerStatuses", "containerStatuses", "ephemeralContainerStatuses"}) {
    auto it = status->find(list);
    if (it == status->end() || !it->is_array()) continue;
    for (const json& s : *it)
      if (s.value("name", "") == name) return &s;
  }
  return nullptr;
}

enum class Progress { Waiting, Running, Terminated };

Progress progress_of(const json& pod, const std::string& name, const DebugOptions& o, IOStreams& io,
                     std::string& last_message) {
  const json* s = container_status(pod, name);
  if (s == nullptr) return Progress::Waiting;
  const json state = s->value("state", json::object());
  if (state.contains("running")) return Progress::Running;
  if (state.contains("terminated")) return Progress::Terminated;
  const std::string message = state.value("waiting", json::object()).value("message", "");
  if (!message.empty() && message != last_message && !o.quiet) {
    io.err << "Warning: container " << name << ": " << message << '\n';
    io.err.flush();
  }
  last_message = message;
  return Progress::Waiting;
}

Result<json> wait_for_container(client::RestClient& rest, const DebugOptions& o, const std::string& ns,
                                const std::string& pod_name, const std::string& container, IOStreams& io) {
  const std::string selector = "metadata.name=" + pod_name;
  std::string last_message;
  while (true) {  // a watch the server ends is started again, as client-go's watch tools do
    auto list = rest.get_json(rest.request().ns(ns).resource("pods").param("fieldSelector", selector));
    if (!list) return list.take_error();
    for (const json& pod : list->value("items", json::array()))
      if (progress_of(pod, container, o, io, last_message) != Progress::Waiting) return pod;
    auto url = rest.request().ns(ns).resource("pods").param("fieldSelector", selector)
                   .param("resourceVersion", list->value("metadata", json::object()).value("resourceVersion", ""))
                   .param("watch", "true").url();
    if (!url) return url.take_error();
    std::optional<json> done;
    std::optional<Error> gone;
    auto watched = client::watch(rest, *url, [&](const std::string& type, const json& pod) {
      if (type == "DELETED") {
        gone = make_error(ErrorKind::ApiStatus, "pods \"\" not found");
        gone->reason = "NotFound";
        return false;
      }
      if (progress_of(pod, container, o, io, last_message) == Progress::Waiting) return true;
      done = pod;
      return false;
    });
    if (done) return *done;
    if (gone) return *gone;
    if (!watched) return watched.take_error();
  }
}

}  // namespace

Result<> attach_debug_container(Factory& f, client::RestClient& rest, const DebugOptions& o, const DebugTarget& target) {
  IOStreams& io = f.io();
  const json meta = target.pod.value("metadata", json::object());
  const std::string ns = meta.value("namespace", o.ns), name = meta.value("name", "");
  auto pod = wait_for_container(rest, o, ns, name, target.container, io);
  if (!pod) return pod.take_error();
  const json* s = container_status(*pod, target.container);
  if (s == nullptr || !s->value("state", json::object()).contains("terminated"))
    return attach_container(rest, io, o.make_executor, *pod, target.container, AttachStreams{o.stdin, o.tty, o.quiet});
  // The container already ended: its logs instead.
  auto url = rest.request().ns(ns).resource("pods").name(name).subresource("log").param("container", target.container).url();
  if (!url) return url.take_error();
  client::HttpRequest req;
  req.url = *url;
  req.sink = [&io](std::string_view chunk) {
    io.out << chunk;
    io.out.flush();
    return true;
  };
  auto resp = rest.send(std::move(req));
  if (!resp) return resp.take_error();
  return {};
}

}  // namespace kctl::cmd
