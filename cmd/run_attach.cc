#include "cmd/run_attach.h"

#include "client/printers/server_table.h"
#include "cmd/attach_session.h"
#include "cmd/create_generator.h"
#include "cmd/exec_container.h"
#include "cmd/log_streams.h"
#include "cmd/remote_session.h"
#include "cmd/watch_until.h"
#include "cmd/write_ops.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

std::string phase_of(const json& pod) { return pod.value("status", json::object()).value("phase", ""); }

bool ready(const json& pod) {
  for (const json& c : pod.value("status", json::object()).value("conditions", json::array()))
    if (c.value("type", "") == "Ready" && c.value("status", "") == "True") return true;
  return false;
}

// What a watch that sees the pod deleted ends with, as kubectl's
// conditions build it (a NotFound without a name).
Error pod_gone() {
  Error e = make_error(ErrorKind::ApiStatus, "pods \"\" not found");
  e.reason = "NotFound";
  return e;
}

// kubectl's waitForPod: the pod as it was when `done` said so.
Result<json> wait_for_pod(client::RestClient& rest, const Visit& pod, std::chrono::milliseconds timeout,
                          const std::function<bool(const json&)>& done) {
  std::optional<json> last;
  auto waited = watch_until(rest, pod, Clock::now() + timeout, nullptr,
                            [&](const std::string& type, const json& object) -> Result<bool> {
                              if (type == "DELETED") return pod_gone();
                              if (!done(object)) return false;
                              last = object;
                              return true;
                            });
  if (!waited) return waited.take_error();
  if (!*waited || !last) return make_error(ErrorKind::Internal, "timed out waiting for the condition");
  return std::move(*last);
}

Result<> stream_logs(client::RestClient& rest, IOStreams& io, const std::string& ns, const std::string& name,
                     const std::string& container) {
  auto url = rest.request().ns(ns).resource("pods").name(name).subresource("log").param("container", container).url();
  if (!url) return url.take_error();
  return read_logs_sequentially(rest, {LogSource{ns, name, container, *url}}, {}, io.out);
}

// kubectl's handleAttachPod.
Result<> attach_or_read_logs(Factory& f, client::RestClient& rest, const Visit& visit, const RunAttachOptions& o) {
  IOStreams& io = f.io();
  auto pod = wait_for_pod(rest, visit, o.timeout, [](const json& p) {
    const std::string phase = phase_of(p);
    return phase == "Succeeded" || phase == "Failed" || (phase == "Running" && ready(p));
  });
  if (!pod) return pod.take_error();
  auto container = default_container(*pod, o.quiet);
  if (!container) return container.take_error();
  io.err << container->notice;
  const std::string phase = phase_of(*pod);
  if (phase == "Succeeded" || phase == "Failed") return stream_logs(rest, io, visit.ns, visit.name, container->name);

  std::string ns;
  stream::ExecutorFactory make_executor;
  if (auto bound = bind_remote_session(f, ns, make_executor); !bound) return bound;
  auto attached = attach_container(rest, io, make_executor, *pod, container->name, AttachStreams{o.stdin, o.tty, o.quiet});
  if (attached) return {};
  io.err << "warning: couldn't attach to pod/" << visit.name
         << ", falling back to streaming logs: " << attached.error().message << '\n';
  io.err.flush();
  return stream_logs(rest, io, visit.ns, visit.name, container->name);
}

// The pod's end as kubectl run reports it: nothing when it succeeded, its
// container's exit code (and kubectl's message) when it failed.
Result<> exit_status(const json& pod, const std::string& ns, const std::string& name) {
  const std::string phase = phase_of(pod);
  if (phase == "Succeeded") return {};
  if (phase != "Failed") return make_error(ErrorKind::Internal, "pod " + ns + "/" + name + " left in phase " + phase);
  const json statuses = pod.value("status", json::object()).value("containerStatuses", json::array());
  const json terminated =
      statuses.empty() ? json() : statuses[0].value("state", json::object()).value("terminated", json());
  const long long rc = terminated.is_object() ? terminated.value("exitCode", 0LL) : 0;
  if (rc == 0) return make_error(ErrorKind::Internal, "pod " + ns + "/" + name + " failed with unknown exit code");
  std::string message = "pod " + ns + "/" + name + " terminated (" + terminated.value("reason", "") + ")\n" +
                        terminated.value("message", "");
  // Printed as kubectl's fatal() prints it: one newline at the end.
  if (message.back() == '\n') message.pop_back();
  Error e = make_error(ErrorKind::Plain, std::move(message));
  e.exit_code = static_cast<int>(rc);
  return e;
}

Result<> attach_and_wait(Factory& f, client::RestClient& rest, const Visit& visit, const RunAttachOptions& o) {
  if (auto r = attach_or_read_logs(f, rest, visit, o); !r) return r;
  // A pod that restarts for ever (or whose stdin stays open) has no exit
  // code to wait for.
  if (o.leave_stdin_open || (o.restart_policy != "Never" && o.restart_policy != "OnFailure")) return {};
  const bool any_end = o.restart_policy == "Never";
  auto pod = wait_for_pod(rest, visit, o.timeout, [any_end](const json& p) {
    const std::string phase = phase_of(p);
    return phase == "Succeeded" || (any_end && phase == "Failed");
  });
  if (!pod) return pod.take_error();
  return exit_status(*pod, visit.ns, visit.name);
}

// --rm: kubectl deletes in the background, ignoring objects already gone
// and any error (its deferred call drops it).
void remove_created(client::RestClient& rest, IOStreams& io, const std::vector<Visit>& created, bool quiet) {
  const json options = {{"propagationPolicy", "Background"}};
  for (const Visit& v : created) {
    if (!delete_object(rest, v, options, false) || quiet) continue;
    io.out << printers::kind_prefix(v.resource.kind, v.resource.group) << " \"" << v.name << "\" deleted\n";
    io.out.flush();
  }
}

}  // namespace

Result<> attach_to_run_pod(Factory& f, const json& pod, const std::vector<Visit>& created,
                           const RunAttachOptions& o) {
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  const json meta = pod.value("metadata", json::object());
  const Visit visit{generated_resource("", "v1", "pods", "Pod", true), meta.value("namespace", ""),
                    meta.value("name", "")};
  Result<> result = attach_and_wait(f, **rest, visit, o);
  if (o.remove) remove_created(**rest, f.io(), created, o.quiet);
  return result;
}

}  // namespace kctl::cmd
