// kubectl debug's ephemeral mode: one container added to a running pod
// through the pods/ephemeralcontainers subresource, with the strategic merge
// patch kubectl 1.32 sends. Beyond kubectl: a 1.16-1.21 server answers that
// subresource with the older EphemeralContainers kind and ignores the patch;
// kctl then adds the container with the JSON patch kubectl 1.22-1.28 used.
#include "cmd/debug_options.h"
#include "cmd/exec_container.h"
#include "debug/names.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

// The two-way strategic merge patch between the pod and the pod with the
// container appended: the new entry, and the list's order when it had
// entries already. Go serialises the empty resources too.
json ephemeral_patch(const json& pod, json container) {
  if (!container.contains("resources")) container["resources"] = json::object();
  json spec = {{"ephemeralContainers", json::array({container})}};
  const json existing = pod.value("spec", json::object()).value("ephemeralContainers", json::array());
  if (!existing.empty()) {
    json order = json::array();
    for (const json& c : existing) order.push_back({{"name", c.value("name", "")}});
    order.push_back({{"name", container.value("name", "")}});
    spec["$setElementOrder/ephemeralContainers"] = std::move(order);
  }
  return {{"spec", std::move(spec)}};
}

Result<json> patch(client::RestClient& rest, const client::Request& where, const std::string& content_type,
                   const json& body) {
  auto doc = send_object(rest, "PATCH", where, content_type, body.dump());
  // A 404 for the subresource itself (not for the pod): the feature is off.
  if (!doc && doc.error().reason == "NotFound" && doc.error().message == "the server could not find the requested resource")
    return make_error(ErrorKind::Internal,
                      "ephemeral containers are disabled for this cluster (error from server: \"" + doc.error().message + "\")");
  return doc;
}

}  // namespace

Result<std::optional<DebugTarget>> debug_ephemeral(Factory& f, client::RestClient& rest, const DebugOptions& o,
                                                   const json& pod) {
  std::string name = o.container;
  if (name.empty()) {
    name = debug::debugger_name([&](const std::string& n) { return pod_has_container(pod, n); });
    if (!o.quiet) f.io().out << "Defaulting debug container name to " << name << ".\n";
  }
  json container = debug_container(o, name);
  if (!o.target_container.empty()) container["targetContainerName"] = o.target_container;
  debug::apply_ephemeral_profile(o.profile, container);
  if (o.custom_profile) debug::merge_custom_profile(container, *o.custom_profile);
  if (o.client_dry_run()) {
    if (auto r = print_dry_run(f, o, container); !r) return r.take_error();
    return std::optional<DebugTarget>();
  }

  const json meta = pod.value("metadata", json::object());
  const client::Request subresource = rest.request().ns(meta.value("namespace", o.ns)).resource("pods")
                                          .name(meta.value("name", "")).subresource("ephemeralcontainers");
  auto patched = patch(rest, subresource, "application/strategic-merge-patch+json", ephemeral_patch(pod, container));
  if (!patched) return patched.take_error();
  if (patched->value("kind", "") == "EphemeralContainers") {
    // A 1.16-1.21 server: the subresource is the old kind, which the pod
    // patch left unchanged. Append to its list instead.
    json add = json::array({{{"op", "add"}, {"path", "/ephemeralContainers/-"}, {"value", container}}});
    auto old = patch(rest, subresource, "application/json-patch+json", add);
    if (!old) return old.take_error();
    auto fresh = rest.get_json(rest.request().ns(meta.value("namespace", o.ns)).resource("pods").name(meta.value("name", "")));
    if (!fresh) return fresh.take_error();
    patched = std::move(*fresh);
  }
  return std::optional<DebugTarget>(DebugTarget{std::move(*patched), name});
}

}  // namespace kctl::cmd
