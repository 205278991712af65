// Nodes, with the lease, the non-terminated pods and their resource totals.
#include <algorithm>
#include <climits>
#include <vector>

#include "client/describe/describer.h"
#include "client/describe/events.h"
#include "client/describe/meta_text.h"
#include "client/describe/pod_parts.h"

namespace kctl::describe {
namespace {

Quantity quantity_of(const ResourceTotals& list, const std::string& name) {
  auto it = list.find(name);
  return it == list.end() ? Quantity() : it->second;
}

// int64(float64(a) / float64(b) * 100) as Go computes it on amd64 (a zero
// divisor gives NaN or Inf, which converts to the minimum int64).
std::string percent(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return std::to_string(LLONG_MIN);
  return std::to_string(static_cast<std::int64_t>(static_cast<double>(part) / static_cast<double>(whole) * 100));
}

std::string with_percent(const Quantity& q, std::int64_t part, std::int64_t whole) {
  return q.string() + " (" + percent(part, whole) + "%)";
}

// Like percent() but 0% when the node has none of the resource.
std::string total_percent(const Quantity& q, std::int64_t part, std::int64_t whole) {
  return q.string() + " (" + (whole == 0 ? std::string("0") : percent(part, whole)) + "%)";
}

std::vector<std::string> node_roles(const json& node) {
  std::vector<std::string> roles;
  for (const auto& [k, v] : string_map(field(node, "metadata"), "labels")) {
    constexpr std::string_view kPrefix = "node-role.kubernetes.io/";
    if (k.rfind(kPrefix, 0) == 0 && k.size() > kPrefix.size())
      roles.push_back(k.substr(kPrefix.size()));
    else if (k == "kubernetes.io/role" && !v.empty())
      roles.push_back(v);
  }
  std::sort(roles.begin(), roles.end());
  roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
  return roles;
}

void describe_lease(PrefixWriter& w, const Related& related) {
  if (!related.lease) {
    w.write(kLevel0, "Lease:\tFailed to get lease: " + related.lease_error + "\n");
    return;
  }
  const json& spec = field(*related.lease, "spec");
  w.write(kLevel0, "Lease:\n");
  w.write(kLevel1, "HolderIdentity:\t" + (has(spec, "holderIdentity") ? str(spec, "holderIdentity") : "<unset>") + "\n");
  w.write(kLevel1, "AcquireTime:\t" + (has(spec, "acquireTime") ? rfc1123z_field(spec, "acquireTime") : "<unset>") + "\n");
  w.write(kLevel1, "RenewTime:\t" + (has(spec, "renewTime") ? rfc1123z_field(spec, "renewTime") : "<unset>") + "\n");
}

void describe_node_pods(PrefixWriter& w, const json& node, const json& pods, Clock::time_point now) {
  const json& status = field(node, "status");
  ResourceTotals allocatable = resource_list(field(status, "allocatable"));
  if (allocatable.empty()) allocatable = resource_list(field(status, "capacity"));
  const std::int64_t cpu = quantity_of(allocatable, "cpu").milli_value();
  const std::int64_t memory = quantity_of(allocatable, "memory").value();
  const std::int64_t storage = quantity_of(allocatable, "ephemeral-storage").value();

  w.write(kLevel0, "Non-terminated Pods:\t(" + std::to_string(pods.size()) + " in total)\n");
  w.write(kLevel1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n");
  w.write(kLevel1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
  ResourceTotals reqs, limits;
  for (const json& pod : pods) {
    ResourceTotals r = pod_requests(pod), l = pod_limits(pod);
    Quantity cr = quantity_of(r, "cpu"), cl = quantity_of(l, "cpu"), mr = quantity_of(r, "memory"),
             ml = quantity_of(l, "memory");
    const json& meta = field(pod, "metadata");
    w.write(kLevel1, str(meta, "namespace") + "\t" + str(meta, "name") + "\t\t" + with_percent(cr, cr.milli_value(), cpu) +
                         "\t" + with_percent(cl, cl.milli_value(), cpu) + "\t" + with_percent(mr, mr.value(), memory) +
                         "\t" + with_percent(ml, ml.value(), memory) + "\t" +
                         since(time_field(meta, "creationTimestamp"), now) + "\n");
    add_resources(reqs, r);
    add_resources(limits, l);
  }
  w.write(kLevel0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
  w.write(kLevel1, "Resource\tRequests\tLimits\n");
  w.write(kLevel1, "--------\t--------\t------\n");
  auto row = [&](const std::string& name, bool milli, std::int64_t whole) {
    Quantity rq = quantity_of(reqs, name), lq = quantity_of(limits, name);
    std::int64_t rv = milli ? rq.milli_value() : rq.value(), lv = milli ? lq.milli_value() : lq.value();
    w.write(kLevel1, name + "\t" + total_percent(rq, rv, whole) + "\t" + total_percent(lq, lv, whole) + "\n");
  };
  row("cpu", true, cpu);
  row("memory", false, memory);
  row("ephemeral-storage", false, storage);
  std::vector<std::string> huge, extended;
  for (const auto& [name, q] : allocatable) {
    (void)q;
    if (name.rfind("hugepages-", 0) == 0)
      huge.push_back(name);
    else if (name != "cpu" && name != "memory" && name != "ephemeral-storage" && name != "pods")
      extended.push_back(name);
  }
  for (const std::string& name : huge) row(name, false, quantity_of(allocatable, name).value());
  for (const std::string& name : extended)
    w.write(kLevel1, name + "\t" + quantity_of(reqs, name).string() + "\t" + quantity_of(limits, name).string() + "\n");
}

}  // namespace

std::string describe_node(const json& node, const Related& related, Clock::time_point now) {
  PrefixWriter w;
  const json& meta = field(node, "metadata");
  const json& spec = field(node, "spec");
  const json& status = field(node, "status");
  w.write(kLevel0, "Name:\t" + str(meta, "name") + "\n");
  std::vector<std::string> roles = node_roles(node);
  w.write(kLevel0, "Roles:\t" + (roles.empty() ? std::string("<none>") : join(roles, ",")) + "\n");
  print_labels(w, "Labels", string_map(meta, "labels"));
  print_annotations(w, "Annotations", string_map(meta, "annotations"));
  w.write(kLevel0, "CreationTimestamp:\t" + rfc1123z_field(meta, "creationTimestamp") + "\n");
  print_taints(w, "Taints", items(spec, "taints"));
  w.write(kLevel0, "Unschedulable:\t" + go_bool(boolean(spec, "unschedulable")) + "\n");
  describe_lease(w, related);
  const json& conditions = items(status, "conditions");
  if (!conditions.empty()) {
    w.write(kLevel0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
    w.write(kLevel1, "----\t------\t-----------------\t------------------\t------\t-------\n");
    for (const json& c : conditions)
      w.write(kLevel1, str(c, "type") + " \t" + str(c, "status") + " \t" + rfc1123z_field(c, "lastHeartbeatTime") + " \t" +
                           rfc1123z_field(c, "lastTransitionTime") + " \t" + str(c, "reason") + " \t" + str(c, "message") +
                           "\n");
  }
  w.write(kLevel0, "Addresses:\n");
  for (const json& a : items(status, "addresses")) w.write(kLevel1, str(a, "type") + ":\t" + str(a, "address") + "\n");
  for (const char* list : {"capacity", "allocatable"}) {
    auto values = string_map(status, list);
    if (values.empty()) continue;
    w.write(kLevel0, std::string(list[0] == 'c' ? "Capacity" : "Allocatable") + ":\n");
    for (const auto& [name, text] : values) {
      auto q = Quantity::parse(text);
      w.write(kLevel0, "  " + name + ":\t" + (q ? q->string() : text) + "\n");
    }
  }
  const json& info = field(status, "nodeInfo");
  w.write(kLevel0, "System Info:\n");
  static constexpr std::pair<const char*, const char*> kInfo[] = {
      {"Machine ID", "machineID"},
      {"System UUID", "systemUUID"},
      {"Boot ID", "bootID"},
      {"Kernel Version", "kernelVersion"},
      {"OS Image", "osImage"},
      {"Operating System", "operatingSystem"},
      {"Architecture", "architecture"},
      {"Container Runtime Version", "containerRuntimeVersion"},
      {"Kubelet Version", "kubeletVersion"},
      {"Kube-Proxy Version", "kubeProxyVersion"},
  };
  for (const auto& [label, key] : kInfo) w.write(kLevel0, std::string("  ") + label + ":\t" + str(info, key) + "\n");
  if (!str(spec, "podCIDR").empty()) w.write(kLevel0, "PodCIDR:\t" + str(spec, "podCIDR") + "\n");
  if (!items(spec, "podCIDRs").empty()) w.write(kLevel0, "PodCIDRs:\t" + join(strings(spec, "podCIDRs"), ",") + "\n");
  if (!str(spec, "providerID").empty()) w.write(kLevel0, "ProviderID:\t" + str(spec, "providerID") + "\n");
  if (related.pods_forbidden)
    w.write(kLevel0, "Pods:\tnot authorized\n");
  else
    describe_node_pods(w, node, related.pods, now);
  if (related.events) describe_events(w, *related.events, now);
  return w.take();
}

}  // namespace kctl::describe
