// Namespaces with their resource quotas and limit ranges.
#include <algorithm>
#include <map>
#include <set>

#include "client/describe/go_sort.h"
#include "client/describe/describer.h"
#include "client/describe/meta_text.h"
#include "client/describe/quantity.h"

namespace kctl::describe {
namespace {

std::string quantity_text(const json& list, const std::string& name) {
  const json& v = field(list, name);
  if (!v.is_string()) return "0";
  auto q = Quantity::parse(v.get<std::string>());
  return q ? q->string() : v.get<std::string>();
}

const char* scope_help(const std::string& scope) {
  if (scope == "Terminating")
    return "Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being "
           "actively terminated by the system.";
  if (scope == "NotTerminating")
    return "Matches all pods that do not have an active deadline. These pods usually include long running pods whose "
           "container command is not expected to terminate.";
  if (scope == "BestEffort")
    return "Matches all pods that do not have resource requirements set. These pods have a best effort quality of "
           "service.";
  if (scope == "NotBestEffort")
    return "Matches all pods that have at least one resource requirement set. These pods have a burstable or "
           "guaranteed quality of service.";
  return "";
}

void describe_quotas(PrefixWriter& w, const json& quotas) {
  if (quotas.empty()) {
    w.write(kLevel0, "No resource quota.\n");
    return;
  }
  std::vector<const json*> sorted;
  for (const json& q : quotas) sorted.push_back(&q);
  go_sort(sorted, [](const json* a, const json* b) {
    return str(field(*a, "metadata"), "name") < str(field(*b, "metadata"), "name");
  });
  w.write(kLevel0, "Resource Quotas\n");
  for (const json* q : sorted) {
    w.write(kLevel1, "Name:\t" + str(field(*q, "metadata"), "name") + "\n");
    std::vector<std::string> scopes = strings(field(*q, "spec"), "scopes");
    if (!scopes.empty()) {
      std::sort(scopes.begin(), scopes.end());
      w.write(kLevel1, "Scopes:\t" + join(scopes, ", ") + "\n");
      for (const std::string& s : scopes)
        if (*scope_help(s) != '\0') w.write(kLevel1, std::string("* ") + scope_help(s) + "\n");
    }
    w.write(kLevel1, "Resource\tUsed\tHard\n");
    w.write(kLevel1, "--------\t---\t---\n");
    const json& hard = field(field(*q, "status"), "hard");
    const json& used = field(field(*q, "status"), "used");
    for (const auto& [resource, value] : string_map(field(*q, "status"), "hard")) {
      (void)value;
      w.write(kLevel1, resource + "\t" + quantity_text(used, resource) + "\t" + quantity_text(hard, resource) + "\n");
    }
  }
}

void describe_limit_ranges(PrefixWriter& w, const json& ranges) {
  if (ranges.empty()) {
    w.write(kLevel0, "No LimitRange resource.\n");
    return;
  }
  w.write(kLevel0,
          "Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n");
  w.write(kLevel0, " ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n");
  for (const json& range : ranges) {
    for (const json& item : items(field(range, "spec"), "limits")) {
      static constexpr const char* kColumns[] = {"min", "max", "defaultRequest", "default", "maxLimitRequestRatio"};
      std::set<std::string> names;
      for (const char* c : kColumns)
        for (const auto& kv : string_map(item, c)) names.insert(kv.first);
      // Go iterates a map here: the row order is random in kubectl; kctl sorts.
      for (const std::string& name : names) {
        std::string row = " " + str(item, "type") + "\t" + name;
        for (const char* c : kColumns) row += "\t" + (has(field(item, c), name) ? quantity_text(field(item, c), name) : "-");
        w.write(kLevel0, row + "\n");
      }
    }
  }
}

}  // namespace

std::string describe_namespace(const json& ns, const Related& related) {
  PrefixWriter w;
  const json& meta = field(ns, "metadata");
  w.write(kLevel0, "Name:\t" + str(meta, "name") + "\n");
  print_labels(w, "Labels", string_map(meta, "labels"));
  print_annotations(w, "Annotations", string_map(meta, "annotations"));
  w.write(kLevel0, "Status:\t" + str(field(ns, "status"), "phase") + "\n");
  const json& conditions = items(field(ns, "status"), "conditions");
  if (!conditions.empty()) {
    w.write(kLevel0, "Conditions:\n");
    w.write(kLevel1, "Type\tStatus\tLastTransitionTime\tReason\tMessage\n");
    w.write(kLevel1, "----\t------\t------------------\t------\t-------\n");
    for (const json& c : conditions)
      w.write(kLevel1, str(c, "type") + "\t" + str(c, "status") + "\t" + rfc1123z_field(c, "lastTransitionTime") + "\t" +
                           str(c, "reason") + "\t" + str(c, "message") + "\n");
  }
  if (related.resource_quotas) {
    w.write(kLevel0, "\n");
    describe_quotas(w, *related.resource_quotas);
  }
  if (related.limit_ranges) {
    w.write(kLevel0, "\n");
    describe_limit_ranges(w, *related.limit_ranges);
  }
  return w.take();
}

}  // namespace kctl::describe
