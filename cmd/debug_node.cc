// kubectl debug node/NAME: a pod on that node, in the current namespace,
// that tolerates every taint, with the profile's host namespaces and /host.
#include "cmd/debug_options.h"
#include "debug/names.h"

namespace kctl::cmd {

using nlohmann::json;

Result<std::optional<DebugTarget>> debug_node(Factory& f, client::RestClient& rest, const DebugOptions& o,
                                              const std::string& node) {
  const std::string container = o.container.empty() ? "debugger" : o.container;
  const std::string pod_name = "node-debugger-" + node + "-" + debug::random_suffix();  // no collision check, as kubectl
  json pod = {{"apiVersion", "v1"},
              {"kind", "Pod"},
              {"metadata", {{"name", pod_name}}},
              {"spec",
               {{"containers", json::array({debug_container(o, container)})},
                {"nodeName", node},
                {"restartPolicy", "Never"},
                {"tolerations", json::array({{{"operator", "Exists"}}})}}}};
  debug::apply_node_profile(o.profile, pod, container);
  if (o.custom_profile) debug::merge_custom_profile(pod["spec"]["containers"][0], *o.custom_profile);
  if (o.client_dry_run()) {
    if (auto r = print_dry_run(f, o, pod); !r) return r.take_error();
    return std::optional<DebugTarget>();
  }
  if (!o.quiet) {
    f.io().out << "Creating debugging pod " << pod_name << " with container " << container << " on node " << node << ".\n";
    f.io().out.flush();
  }
  auto created = send_object(rest, "POST", rest.request().ns(o.ns).resource("pods"), "application/json", pod.dump());
  if (!created) return created.take_error();
  if (created->empty()) created = pod;
  return std::optional<DebugTarget>(DebugTarget{std::move(*created), container});
}

}  // namespace kctl::cmd
