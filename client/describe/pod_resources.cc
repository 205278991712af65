// Pod resource sums (as the scheduler counts them) and the QoS class.
#include "client/describe/pod_parts.h"

namespace kctl::describe {
ResourceTotals resource_list(const json& list) {
  ResourceTotals out;
  for (const auto& [name, text] : string_map(json{{"l", list}}, "l"))
    if (auto q = Quantity::parse(text)) out[name] = *q;
  return out;
}

void add_resources(ResourceTotals& into, const ResourceTotals& more) {
  for (const auto& [name, q] : more) {
    auto it = into.find(name);
    if (it == into.end())
      into[name] = q;
    else
      it->second.add(q);
  }
}

namespace {

void keep_max(ResourceTotals& into, const ResourceTotals& other) {
  for (const auto& [name, q] : other) {
    auto it = into.find(name);
    if (it == into.end() || q.cmp(it->second) > 0) into[name] = q;
  }
}

ResourceTotals pod_totals(const json& pod, std::string_view which, bool overhead_on_existing_only) {
  const json& spec = field(pod, "spec");
  ResourceTotals totals;
  for (const json& c : items(spec, "containers")) add_resources(totals, resource_list(field(field(c, "resources"), which)));
  ResourceTotals sidecars, init_max;
  for (const json& c : items(spec, "initContainers")) {
    ResourceTotals own = resource_list(field(field(c, "resources"), which));
    ResourceTotals during;
    if (str(c, "restartPolicy") == "Always") {
      add_resources(totals, own);
      add_resources(sidecars, own);
      during = sidecars;
    } else {
      during = own;
      add_resources(during, sidecars);
    }
    keep_max(init_max, during);
  }
  keep_max(totals, init_max);
  ResourceTotals overhead = resource_list(field(spec, "overhead"));
  if (overhead_on_existing_only) {
    for (const auto& [name, q] : overhead)
      if (auto it = totals.find(name); it != totals.end()) it->second.add(q);
  } else {
    add_resources(totals, overhead);
  }
  return totals;
}

}  // namespace

ResourceTotals pod_requests(const json& pod) { return pod_totals(pod, "requests", false); }
ResourceTotals pod_limits(const json& pod) { return pod_totals(pod, "limits", true); }

std::string pod_qos(const json& pod) {
  std::string status = str(field(pod, "status"), "qosClass");
  if (!status.empty()) return status;
  const json& spec = field(pod, "spec");
  ResourceTotals requests, limits;
  bool guaranteed = true;
  auto compute = [](const std::string& n) { return n == "cpu" || n == "memory"; };
  for (const char* list : {"containers", "initContainers"}) {
    for (const json& c : items(spec, list)) {
      for (const auto& [name, q] : resource_list(field(field(c, "resources"), "requests")))
        if (compute(name) && q.cmp(Quantity()) > 0) add_resources(requests, {{name, q}});
      int limits_found = 0;
      for (const auto& [name, q] : resource_list(field(field(c, "resources"), "limits"))) {
        if (compute(name) && q.cmp(Quantity()) > 0) {
          ++limits_found;
          add_resources(limits, {{name, q}});
        }
      }
      if (limits_found != 2) guaranteed = false;
    }
  }
  if (requests.empty() && limits.empty()) return "BestEffort";
  if (guaranteed) {
    for (const auto& [name, req] : requests) {
      auto it = limits.find(name);
      if (it == limits.end() || it->second.cmp(req) != 0) {
        guaranteed = false;
        break;
      }
    }
  }
  return guaranteed && requests.size() == limits.size() ? "Guaranteed" : "Burstable";
}

}  // namespace kctl::describe
