#include "debug/profile.h"

namespace kctl::debug {
namespace {

using nlohmann::json;

constexpr std::string_view kHostRootVolume = "host-root";

// The container called `name` in spec.containers, else spec.initContainers.
json* find_container(json& pod, const std::string& name) {
  json& spec = pod["spec"];
  for (const char* list : {"containers", "initContainers"}) {
    auto it = spec.find(list);
    if (it == spec.end() || !it->is_array()) continue;
    for (json& c : *it)
      if (c.value("name", "") == name) return &c;
  }
  return nullptr;
}

// "add cap X": appended, no de-duplication (an existing container's
// capabilities stay), as kubectl's.
void add_capabilities(json& container, std::initializer_list<const char*> caps) {
  json& add = container["securityContext"]["capabilities"]["add"];
  if (!add.is_array()) add = json::array();
  for (const char* c : caps) add.push_back(c);
}

void clear_security_context(json& container) { container.erase("securityContext"); }

void set_privileged(json& container) { container["securityContext"]["privileged"] = true; }

// restricted: a fresh securityContext that meets PodSecurity "restricted".
void set_restricted(json& container) {
  container["securityContext"] = json{{"allowPrivilegeEscalation", false},
                                      {"capabilities", {{"drop", json::array({"ALL"})}}},
                                      {"runAsNonRoot", true},
                                      {"seccompProfile", {{"type", "RuntimeDefault"}}}};
}

void share_process_namespace(json& pod) {
  json& spec = pod["spec"];
  if (!spec.contains("shareProcessNamespace")) spec["shareProcessNamespace"] = true;
}

void use_host_namespaces(json& pod) {
  json& spec = pod["spec"];
  spec["hostNetwork"] = true;
  spec["hostPID"] = true;
  spec["hostIPC"] = true;
}

// The node's root at /host, read-write.
void mount_host_root(json& pod, json& container) {
  json& volumes = pod["spec"]["volumes"];
  if (!volumes.is_array()) volumes = json::array();
  volumes.push_back({{"name", kHostRootVolume}, {"hostPath", {{"path", "/"}}}});
  json& mounts = container["volumeMounts"];
  if (!mounts.is_array()) mounts = json::array();
  mounts.push_back({{"name", kHostRootVolume}, {"mountPath", "/host"}});
}

// What the --keep-* flags do not keep: labels, annotations, the probes of
// regular containers, init containers.
void remove_unkept(json& pod, const KeepFlags& keep) {
  json& meta = pod["metadata"];
  if (!keep.labels) meta.erase("labels");
  if (!keep.annotations) meta.erase("annotations");
  json& spec = pod["spec"];
  if (auto it = spec.find("containers"); it != spec.end() && it->is_array())
    for (json& c : *it) {
      if (!keep.liveness) c.erase("livenessProbe");
      if (!keep.readiness) c.erase("readinessProbe");
      if (!keep.startup) c.erase("startupProbe");
    }
  if (!keep.init_containers) spec.erase("initContainers");
}

}  // namespace

Result<Profile> parse_profile(std::string_view name) {
  if (name == "legacy") return Profile::Legacy;
  if (name == "general") return Profile::General;
  if (name == "baseline") return Profile::Baseline;
  if (name == "restricted") return Profile::Restricted;
  if (name == "netadmin") return Profile::Netadmin;
  if (name == "sysadmin") return Profile::Sysadmin;
  return make_error(ErrorKind::Internal, "unknown profile: " + std::string(name));
}

// The debug container's securityContext, the same in ephemeral and copy modes.
void apply_security_profile(Profile profile, json& container) {
  switch (profile) {
    case Profile::Legacy:
      break;
    case Profile::General:
      add_capabilities(container, {"SYS_PTRACE"});
      break;
    case Profile::Baseline:
      clear_security_context(container);
      break;
    case Profile::Restricted:
      set_restricted(container);
      break;
    case Profile::Netadmin:
      add_capabilities(container, {"NET_ADMIN", "NET_RAW"});
      break;
    case Profile::Sysadmin:
      set_privileged(container);
      break;
  }
}

void apply_ephemeral_profile(Profile profile, json& container) { apply_security_profile(profile, container); }

void apply_copy_profile(Profile profile, json& pod, const std::string& name, const KeepFlags& keep) {
  json* container = find_container(pod, name);
  if (profile == Profile::Legacy) {
    // Labels always go; the other keep flags are ignored; nothing else changes.
    pod["metadata"].erase("labels");
    return;
  }
  remove_unkept(pod, keep);
  share_process_namespace(pod);
  if (container != nullptr) apply_security_profile(profile, *container);
}

void apply_node_profile(Profile profile, json& pod, const std::string& name) {
  json* container = find_container(pod, name);
  if (container == nullptr) return;
  switch (profile) {
    case Profile::Legacy:
      mount_host_root(pod, *container);
      use_host_namespaces(pod);
      break;
    case Profile::General:
      mount_host_root(pod, *container);
      clear_security_context(*container);
      use_host_namespaces(pod);
      break;
    case Profile::Baseline:
      clear_security_context(*container);
      break;
    case Profile::Restricted:
      set_restricted(*container);
      break;
    case Profile::Netadmin:
      add_capabilities(*container, {"NET_ADMIN", "NET_RAW"});
      use_host_namespaces(pod);
      break;
    case Profile::Sysadmin:
      set_privileged(*container);
      use_host_namespaces(pod);
      mount_host_root(pod, *container);
      break;
  }
}

}  // namespace kctl::debug
