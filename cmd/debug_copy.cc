// kubectl debug --copy-to: a new pod from the target's spec (debug-spec.md
// §4), with a debug container added or an existing one changed, created
// with POST; --replace then deletes the original.
#include "cmd/debug_options.h"
#include "cmd/exec_container.h"
#include "debug/names.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

json* find_in(json& spec, const char* list, const std::string& name) {
  auto it = spec.find(list);
  if (it == spec.end() || !it->is_array()) return nullptr;
  for (json& c : *it)
    if (c.value("name", "") == name) return &c;
  return nullptr;
}

// Metadata and spec of the copy before any profile (steps 1-5 of §4).
json copy_of(const json& source, const DebugOptions& o) {
  const json meta = source.value("metadata", json::object());
  json copy_meta = {{"name", o.copy_to}, {"namespace", meta.value("namespace", o.ns)}};
  for (const char* key : {"labels", "annotations"})
    if (meta.contains(key)) copy_meta[key] = meta[key];
  json spec = source.value("spec", json::object());
  spec.erase("ephemeralContainers");
  if (o.share_processes_given) spec["shareProcessNamespace"] = o.share_processes;
  if (!o.same_node) spec.erase("nodeName");
  if (!o.set_image.empty())
    if (auto it = spec.find("containers"); it != spec.end() && it->is_array())
      for (json& c : *it) {
        const std::string name = c.value("name", "");
        auto image = std::find_if(o.set_image.begin(), o.set_image.end(), [&](const auto& kv) { return kv.first == name; });
        if (image == o.set_image.end())
          image = std::find_if(o.set_image.begin(), o.set_image.end(), [](const auto& kv) { return kv.first == "*"; });
        if (image != o.set_image.end()) c["image"] = image->second;
      }
  return {{"apiVersion", "v1"}, {"kind", "Pod"}, {"metadata", std::move(copy_meta)}, {"spec", std::move(spec)}};
}

// Step 7: what the flags change in a container that already exists.
void change_existing(json& c, const DebugOptions& o) {
  if (!o.command.empty()) {
    if (o.arguments_only) {
      c["args"] = o.command;
    } else {
      c["command"] = o.command;
      c.erase("args");
    }
  }
  if (!o.env.empty()) {
    json env = json::array();
    for (const auto& [k, v] : o.env) env.push_back({{"name", k}, {"value", v}});
    c["env"] = std::move(env);  // replaced, not merged, as kubectl
  }
  if (!o.image.empty()) c["image"] = o.image;
  if (!o.pull_policy.empty()) c["imagePullPolicy"] = o.pull_policy;
  if (o.stdin) c["stdin"] = true;
  else c.erase("stdin");
  if (o.tty) c["tty"] = true;
  else c.erase("tty");
}

}  // namespace

Result<std::optional<DebugTarget>> debug_copy(Factory& f, client::RestClient& rest, const DebugOptions& o,
                                              const json& source) {
  json pod = copy_of(source, o);
  json& spec = pod["spec"];
  std::string name = o.container;
  json* existing = name.empty() ? nullptr : find_in(spec, "containers", name);
  if (existing == nullptr && !name.empty()) existing = find_in(spec, "initContainers", name);
  bool set_image_only = false;
  if (existing == nullptr && o.image.empty()) {
    if (o.set_image.empty()) return make_error(ErrorKind::Internal, "you must specify image when creating new container");
    set_image_only = true;  // no container, no profile, no custom profile: kubectl's quirk
    name.clear();
  } else if (existing == nullptr) {
    if (name.empty()) {
      name = debug::debugger_name([&](const std::string& n) { return spec_has_container(spec, n); });
      if (!o.quiet) f.io().out << "Defaulting debug container name to " << name << ".\n";
    }
    spec["containers"].push_back(debug_container(o, name));
  } else {
    change_existing(*existing, o);
  }
  if (!set_image_only) {
    debug::apply_copy_profile(o.profile, pod, name, o.keep);
    if (o.custom_profile) {
      json* target = find_in(pod["spec"], "containers", name);
      if (target == nullptr)
        return make_error(ErrorKind::Internal, "unable to find the " + name + " container in the pod " + o.copy_to);
      debug::merge_custom_profile(*target, *o.custom_profile);
    }
  }
  if (o.client_dry_run()) {
    if (auto r = print_dry_run(f, o, pod); !r) return r.take_error();
    return std::optional<DebugTarget>();
  }

  const std::string ns = pod["metadata"].value("namespace", o.ns);
  if (auto r = send_object(rest, "POST", rest.request().ns(ns).resource("pods"), "application/json", pod.dump()); !r)
    return r.take_error();
  if (o.replace) {
    const std::string original = source.value("metadata", json::object()).value("name", "");
    json options = {{"kind", "DeleteOptions"}, {"apiVersion", "v1"}, {"gracePeriodSeconds", 0}};
    if (auto r = send_object(rest, "DELETE", rest.request().ns(ns).resource("pods").name(original), "application/json",
                             options.dump());
        !r)
      return r.take_error();
  }
  return std::optional<DebugTarget>(DebugTarget{std::move(pod), name});
}

}  // namespace kctl::cmd
