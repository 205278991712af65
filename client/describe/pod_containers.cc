// Containers of a pod or pod template, as kubectl's describeContainers.
#include <algorithm>
#include <cmath>
#include <vector>

#include "client/describe/go_sort.h"
#include "client/describe/go_time.h"
#include "client/describe/meta_text.h"
#include "client/describe/pod_parts.h"
#include "client/go_quote.h"

namespace kctl::describe {
namespace {

// "8080/TCP, 9090/UDP" (kubectl 1.32 does not add the port names).
std::string ports_text(const json& ports, std::string_view key) {
  std::vector<std::string> out;
  for (const json& p : ports) out.push_back(std::to_string(integer(p, key)) + "/" + str(p, "protocol"));
  return join(out, ", ");
}

// kubectl's DescribeProbe.
std::string probe_text(const json& probe) {
  std::string attrs = "delay=" + std::to_string(integer(probe, "initialDelaySeconds")) +
                      "s timeout=" + std::to_string(integer(probe, "timeoutSeconds")) +
                      "s period=" + std::to_string(integer(probe, "periodSeconds")) +
                      "s #success=" + std::to_string(integer(probe, "successThreshold")) +
                      " #failure=" + std::to_string(integer(probe, "failureThreshold"));
  if (has(probe, "exec")) return "exec [" + join(strings(field(probe, "exec"), "command"), " ") + "] " + attrs;
  if (has(probe, "httpGet")) {
    const json& g = field(probe, "httpGet");
    std::string scheme = str(g, "scheme");
    std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return std::tolower(c); });
    std::string port = int_or_string(field(g, "port"));
    std::string host = port.empty() ? str(g, "host") : join_host_port(str(g, "host"), port);
    std::string url = (scheme.empty() ? "" : scheme + ":") + (host.empty() && scheme.empty() ? "" : "//") + host + str(g, "path");
    return "http-get " + url + " " + attrs;
  }
  if (has(probe, "tcpSocket")) {
    const json& t = field(probe, "tcpSocket");
    return "tcp-socket " + str(t, "host") + ":" + int_or_string(field(t, "port")) + " " + attrs;
  }
  if (has(probe, "grpc")) {
    const json& g = field(probe, "grpc");
    return "grpc <pod>:" + std::to_string(integer(g, "port")) + " " + str(g, "service") + " " + attrs;
  }
  return "unknown " + attrs;
}

void describe_state(PrefixWriter& w, const std::string& name, const json& state) {
  if (has(state, "running")) {
    w.write(kLevel2, name + ":\tRunning\n");
    w.write(kLevel3, "Started:\t" + rfc1123z_field(field(state, "running"), "startedAt") + "\n");
  } else if (has(state, "waiting")) {
    w.write(kLevel2, name + ":\tWaiting\n");
    std::string reason = str(field(state, "waiting"), "reason");
    if (!reason.empty()) w.write(kLevel3, "Reason:\t" + reason + "\n");
  } else if (has(state, "terminated")) {
    const json& t = field(state, "terminated");
    w.write(kLevel2, name + ":\tTerminated\n");
    if (!str(t, "reason").empty()) w.write(kLevel3, "Reason:\t" + str(t, "reason") + "\n");
    if (!str(t, "message").empty()) w.write(kLevel3, "Message:\t" + str(t, "message") + "\n");
    w.write(kLevel3, "Exit Code:\t" + std::to_string(integer(t, "exitCode")) + "\n");
    if (integer(t, "signal") > 0) w.write(kLevel3, "Signal:\t" + std::to_string(integer(t, "signal")) + "\n");
    w.write(kLevel3, "Started:\t" + rfc1123z_field(t, "startedAt") + "\n");
    w.write(kLevel3, "Finished:\t" + rfc1123z_field(t, "finishedAt") + "\n");
  } else {
    w.write(kLevel2, name + ":\tWaiting\n");
  }
}

// kubectl's EnvValueRetriever: client-go's scheme converts only these two
// field paths, so every other fieldRef resolves to "".
std::string field_ref_value(const json& pod, const std::string& path) {
  if (pod.is_null()) return "";
  if (path == "metadata.name") return str(field(pod, "metadata"), "name");
  if (path == "metadata.namespace") return str(field(pod, "metadata"), "namespace");
  return "";
}

// ExtractContainerResourceValue for cpu and memory (and ephemeral storage).
std::string resource_field_value(const json& container, const json& ref) {
  std::string resource = str(ref, "resource");
  auto dot = resource.find('.');
  if (dot == std::string::npos) return "";
  std::string list = resource.substr(0, dot), name = resource.substr(dot + 1);
  if ((list != "limits" && list != "requests") || (name != "cpu" && name != "memory" && name != "ephemeral-storage"))
    return "";
  Quantity divisor = Quantity::from_int(1, QuantityFormat::DecimalSI);
  if (has(ref, "divisor")) {
    auto d = Quantity::parse(int_or_string(field(ref, "divisor")));
    if (d && !d->is_zero()) divisor = *d;
  }
  Quantity value;
  const json& v = field(field(field(container, "resources"), list), name);
  if (v.is_string())
    if (auto q = Quantity::parse(v.get<std::string>())) value = *q;
  double ratio = name == "cpu" ? static_cast<double>(value.milli_value()) / static_cast<double>(divisor.milli_value())
                               : static_cast<double>(value.value()) / static_cast<double>(divisor.value());
  return std::to_string(static_cast<std::int64_t>(std::ceil(ratio)));
}

void describe_env_from(PrefixWriter& w, const json& container) {
  w.write(kLevel2, "Environment Variables from:\n");
  for (const json& e : items(container, "envFrom")) {
    std::string from, name;
    bool optional = false;
    if (has(e, "configMapRef")) {
      from = "ConfigMap";
      name = str(field(e, "configMapRef"), "name");
      optional = boolean(field(e, "configMapRef"), "optional");
    } else if (has(e, "secretRef")) {
      from = "Secret";
      name = str(field(e, "secretRef"), "name");
      optional = boolean(field(e, "secretRef"), "optional");
    }
    std::string prefix = str(e, "prefix");
    std::string source = prefix.empty() ? from : from + " with prefix '" + prefix + "'";
    w.write(kLevel3, name + "\t" + source + "\tOptional: " + go_bool(optional) + "\n");
  }
}

void describe_env(PrefixWriter& w, const json& container, const json& pod) {
  const json& env = items(container, "env");
  w.write(kLevel2, std::string("Environment:") + (env.empty() ? "\t<none>" : "") + "\n");
  for (const json& e : env) {
    const std::string name = str(e, "name");
    const json& from = field(e, "valueFrom");
    if (from.is_null()) {
      std::vector<std::string> lines = split_lines(str(e, "value"));
      for (std::size_t i = 0; i < lines.size(); ++i)
        w.write(kLevel3, (i == 0 ? name + ":\t" : std::string("\t")) + lines[i] + "\n");
      continue;
    }
    if (has(from, "fieldRef")) {
      const json& ref = field(from, "fieldRef");
      w.write(kLevel3, name + ":\t" + field_ref_value(pod, str(ref, "fieldPath")) + " (" + str(ref, "apiVersion") + ":" +
                           str(ref, "fieldPath") + ")\n");
    } else if (has(from, "resourceFieldRef")) {
      const json& ref = field(from, "resourceFieldRef");
      std::string value = resource_field_value(container, ref);
      std::string resource = str(ref, "resource");
      if (value == "0" && (resource == "limits.cpu" || resource == "limits.memory")) value = "node allocatable";
      w.write(kLevel3, name + ":\t" + value + " (" + resource + ")\n");
    } else if (has(from, "secretKeyRef")) {
      const json& ref = field(from, "secretKeyRef");
      w.write(kLevel3, name + ":\t<set to the key '" + str(ref, "key") + "' in secret '" + str(ref, "name") +
                           "'>\tOptional: " + go_bool(boolean(ref, "optional")) + "\n");
    } else if (has(from, "configMapKeyRef")) {
      const json& ref = field(from, "configMapKeyRef");
      w.write(kLevel3, name + ":\t<set to the key '" + str(ref, "key") + "' of config map '" + str(ref, "name") +
                           "'>\tOptional: " + go_bool(boolean(ref, "optional")) + "\n");
    }
  }
}

void describe_mounts(PrefixWriter& w, const json& container) {
  std::vector<const json*> mounts;
  for (const json& m : items(container, "volumeMounts")) mounts.push_back(&m);
  w.write(kLevel2, std::string("Mounts:") + (mounts.empty() ? "\t<none>" : "") + "\n");
  go_sort(mounts,
                   [](const json* a, const json* b) { return str(*a, "mountPath") < str(*b, "mountPath"); });
  for (const json* m : mounts) {
    std::string flags = boolean(*m, "readOnly") ? "ro" : "rw";
    if (!str(*m, "subPath").empty()) flags += ",path=" + client::go_quote(str(*m, "subPath"));
    w.write(kLevel3, str(*m, "mountPath") + " from " + str(*m, "name") + " (" + flags + ")\n");
  }
  std::vector<const json*> devices;
  for (const json& d : items(container, "volumeDevices")) devices.push_back(&d);
  if (devices.empty()) return;
  w.write(kLevel2, "Devices:\n");
  go_sort(devices,
                   [](const json* a, const json* b) { return str(*a, "devicePath") < str(*b, "devicePath"); });
  for (const json* d : devices) w.write(kLevel3, str(*d, "devicePath") + " from " + str(*d, "name") + "\n");
}

void describe_basic_info(PrefixWriter& w, const json& c, const json* status, std::string_view space) {
  w.write(kLevel1, std::string(space.empty() ? "" : " ") + str(c, "name") + ":\n");
  if (status) w.write(kLevel2, "Container ID:\t" + str(*status, "containerID") + "\n");
  w.write(kLevel2, "Image:\t" + str(c, "image") + "\n");
  if (status) w.write(kLevel2, "Image ID:\t" + str(*status, "imageID") + "\n");
  const json& ports = items(c, "ports");
  std::string p = ports_text(ports, "containerPort"), hp = ports_text(ports, "hostPort");
  if (ports.size() > 1)
    w.write(kLevel2, "Ports:\t" + p + "\n");
  else
    w.write(kLevel2, "Port:\t" + (p.empty() ? std::string("<none>") : p) + "\n");
  if (ports.size() > 1)
    w.write(kLevel2, "Host Ports:\t" + hp + "\n");
  else
    w.write(kLevel2, "Host Port:\t" + (hp.empty() ? std::string("<none>") : hp) + "\n");
  const json& seccomp = field(field(c, "securityContext"), "seccompProfile");
  if (seccomp.is_object()) {
    w.write(kLevel2, "SeccompProfile:\t" + str(seccomp, "type") + "\n");
    if (str(seccomp, "type") == "Localhost")
      w.write(kLevel3, "LocalhostProfile:\t" + str(seccomp, "localhostProfile") + "\n");
  }
}

}  // namespace

void describe_resources(PrefixWriter& w, const json& resources, int level) {
  for (const char* list : {"limits", "requests"}) {
    auto values = string_map(resources, list);
    if (values.empty()) continue;
    w.write(level, std::string(list[0] == 'l' ? "Limits" : "Requests") + ":\n");
    for (const auto& [name, text] : values) {
      auto q = Quantity::parse(text);
      w.write(level + 1, name + ":\t" + (q ? q->string() : text) + "\n");
    }
  }
}

void describe_containers(PrefixWriter& w, std::string_view label, const json& containers, const json& statuses,
                         const json& pod, std::string_view space) {
  w.write(kLevel0, std::string(space) + std::string(label) + ":" + (containers.empty() ? " <none>" : "") + "\n");
  for (const json& c : containers) {
    const json* status = nullptr;
    if (statuses.is_array())
      for (const json& s : statuses)
        if (str(s, "name") == str(c, "name")) status = &s;  // the last one wins, as Go's map
    describe_basic_info(w, c, status, space);
    for (const char* list : {"command", "args"}) {
      const json& words = items(c, list);
      if (words.empty()) continue;
      w.write(kLevel2, std::string(list[0] == 'c' ? "Command" : "Args") + ":\n");
      for (const std::string& word : strings(c, list))
        for (const std::string& line : split_lines(word)) w.write(kLevel3, line + "\n");
    }
    if (status) {
      describe_state(w, "State", field(*status, "state"));
      if (has(field(*status, "lastState"), "terminated")) describe_state(w, "Last State", field(*status, "lastState"));
      w.write(kLevel2, "Ready:\t" + print_bool(boolean(*status, "ready")) + "\n");
      w.write(kLevel2, "Restart Count:\t" + std::to_string(integer(*status, "restartCount")) + "\n");
    }
    describe_resources(w, field(c, "resources"), kLevel2);
    if (has(c, "livenessProbe")) w.write(kLevel2, "Liveness:\t" + probe_text(field(c, "livenessProbe")) + "\n");
    if (has(c, "readinessProbe")) w.write(kLevel2, "Readiness:\t" + probe_text(field(c, "readinessProbe")) + "\n");
    if (has(c, "startupProbe")) w.write(kLevel2, "Startup:\t" + probe_text(field(c, "startupProbe")) + "\n");
    if (!items(c, "envFrom").empty()) describe_env_from(w, c);
    describe_env(w, c, pod);
    describe_mounts(w, c);
  }
}

}  // namespace kctl::describe
