// Pods, as kubectl's describePod.
#include "client/describe/describer.h"
#include "client/describe/events.h"
#include "client/describe/meta_text.h"
#include "client/describe/pod_parts.h"

namespace kctl::describe {
namespace {

void describe_status(PrefixWriter& w, const json& pod, Clock::time_point now) {
  const json& meta = field(pod, "metadata");
  const json& status = field(pod, "status");
  std::string phase = str(status, "phase");
  if (has(meta, "deletionTimestamp") && phase != "Failed" && phase != "Succeeded") {
    w.write(kLevel0, "Status:\tTerminating (lasts " + since(time_field(meta, "deletionTimestamp"), now) + ")\n");
    w.write(kLevel0, "Termination Grace Period:\t" + std::to_string(integer(meta, "deletionGracePeriodSeconds")) + "s\n");
  } else {
    w.write(kLevel0, "Status:\t" + phase + "\n");
  }
  if (!str(status, "reason").empty()) w.write(kLevel0, "Reason:\t" + str(status, "reason") + "\n");
  if (!str(status, "message").empty()) w.write(kLevel0, "Message:\t" + str(status, "message") + "\n");
}

void describe_gates_and_conditions(PrefixWriter& w, const json& pod) {
  const json& conditions = items(field(pod, "status"), "conditions");
  const json& gates = items(field(pod, "spec"), "readinessGates");
  if (!gates.empty()) {
    w.write(kLevel0, "Readiness Gates:\n  Type\tStatus\n");
    for (const json& g : gates) {
      std::string state = "<none>";
      for (const json& c : conditions)
        if (str(c, "type") == str(g, "conditionType")) {
          state = str(c, "status");
          break;
        }
      w.write(kLevel1, str(g, "conditionType") + " \t" + state + " \n");
    }
  }
  if (!conditions.empty()) {
    w.write(kLevel0, "Conditions:\n  Type\tStatus\n");
    for (const json& c : conditions) w.write(kLevel1, str(c, "type") + " \t" + str(c, "status") + " \n");
  }
}

}  // namespace

std::string describe_pod(const json& pod, const Related& related, Clock::time_point now) {
  PrefixWriter w;
  const json& meta = field(pod, "metadata");
  const json& spec = field(pod, "spec");
  const json& status = field(pod, "status");
  w.write(kLevel0, "Name:\t" + str(meta, "name") + "\n");
  w.write(kLevel0, "Namespace:\t" + str(meta, "namespace") + "\n");
  if (has(spec, "priority")) w.write(kLevel0, "Priority:\t" + std::to_string(integer(spec, "priority")) + "\n");
  if (!str(spec, "priorityClassName").empty())
    w.write(kLevel0, "Priority Class Name:\t" + str(spec, "priorityClassName") + "\n");
  if (!str(spec, "runtimeClassName").empty())
    w.write(kLevel0, "Runtime Class Name:\t" + str(spec, "runtimeClassName") + "\n");
  if (!str(spec, "serviceAccountName").empty())
    w.write(kLevel0, "Service Account:\t" + str(spec, "serviceAccountName") + "\n");
  if (str(spec, "nodeName").empty())
    w.write(kLevel0, "Node:\t<none>\n");
  else
    w.write(kLevel0, "Node:\t" + str(spec, "nodeName") + "/" + str(status, "hostIP") + "\n");
  if (has(status, "startTime")) w.write(kLevel0, "Start Time:\t" + rfc1123z_field(status, "startTime") + "\n");
  print_labels(w, "Labels", string_map(meta, "labels"));
  print_annotations(w, "Annotations", string_map(meta, "annotations"));
  describe_status(w, pod, now);
  const json& seccomp = field(field(spec, "securityContext"), "seccompProfile");
  if (seccomp.is_object()) {
    w.write(kLevel0, "SeccompProfile:\t" + str(seccomp, "type") + "\n");
    if (str(seccomp, "type") == "Localhost")
      w.write(kLevel0, "LocalhostProfile:\t" + str(seccomp, "localhostProfile") + "\n");
  }
  w.write(kLevel0, "IP:\t" + str(status, "podIP") + "\n");
  const json& ips = items(status, "podIPs");
  if (ips.empty()) {
    w.write(kLevel0, "IPs:\t<none>\n");
  } else {
    w.write(kLevel0, "IPs:\n");
    for (const json& ip : ips) w.write(kLevel1, "IP:\t" + str(ip, "ip") + "\n");
  }
  if (std::string controller = controller_of(pod); !controller.empty())
    w.write(kLevel0, "Controlled By:\t" + controller + "\n");
  if (!str(status, "nominatedNodeName").empty())
    w.write(kLevel0, "NominatedNodeName:\t" + str(status, "nominatedNodeName") + "\n");
  if (has(spec, "resources")) {
    w.write(kLevel0, "Resources:\n");
    describe_resources(w, field(spec, "resources"), kLevel1);
  }
  if (!items(spec, "initContainers").empty())
    describe_containers(w, "Init Containers", items(spec, "initContainers"), items(status, "initContainerStatuses"),
                        pod, "");
  describe_containers(w, "Containers", items(spec, "containers"), items(status, "containerStatuses"), pod, "");
  if (!items(spec, "ephemeralContainers").empty())
    describe_containers(w, "Ephemeral Containers", items(spec, "ephemeralContainers"),
                        items(status, "ephemeralContainerStatuses"), pod, "");
  describe_gates_and_conditions(w, pod);
  describe_volumes(w, items(spec, "volumes"), "");
  w.write(kLevel0, "QoS Class:\t" + pod_qos(pod) + "\n");
  print_labels(w, "Node-Selectors", string_map(spec, "nodeSelector"));
  print_tolerations(w, "Tolerations", items(spec, "tolerations"));
  describe_topology_spread(w, items(spec, "topologySpreadConstraints"), "");
  if (related.events) describe_events(w, *related.events, now);
  return w.take();
}

}  // namespace kctl::describe
