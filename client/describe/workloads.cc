// Deployments (with their old and new replica sets) and replica sets
// (with the phases of their pods).
#include <algorithm>
#include <vector>

#include "client/describe/describer.h"
#include "client/describe/events.h"
#include "client/describe/meta_text.h"
#include "client/describe/pod_parts.h"

namespace kctl::describe {
namespace {

bool controlled_by(const json& obj, const std::string& uid) {
  for (const json& ref : items(field(obj, "metadata"), "ownerReferences"))
    if (boolean(ref, "controller")) return str(ref, "uid") == uid;
  return false;
}

// A pod template without its pod-template-hash label (EqualIgnoreHash).
json without_hash(json tmpl) {
  json& labels = tmpl["metadata"]["labels"];
  if (labels.is_object()) labels.erase("pod-template-hash");
  if (labels.is_null() || labels.empty()) tmpl["metadata"].erase("labels");
  if (tmpl["metadata"].empty()) tmpl.erase("metadata");
  return tmpl;
}

std::string replica_sets_text(const std::vector<const json*>& sets) {
  std::vector<std::string> out;
  for (const json* rs : sets)
    out.push_back(str(field(*rs, "metadata"), "name") + " (" + std::to_string(integer(field(*rs, "status"), "replicas")) +
                  "/" + std::to_string(integer(field(*rs, "spec"), "replicas")) + " replicas created)");
  std::string text = join(out, ", ");
  return text.empty() ? "<none>" : text;
}

void describe_conditions(PrefixWriter& w, const json& obj) {
  const json& conditions = items(field(obj, "status"), "conditions");
  if (conditions.empty()) return;
  w.write(kLevel0, "Conditions:\n  Type\tStatus\tReason\n");
  w.write(kLevel1, "----\t------\t------\n");
  for (const json& c : conditions) w.write(kLevel1, str(c, "type") + " \t" + str(c, "status") + "\t" + str(c, "reason") + "\n");
}

}  // namespace

std::string describe_deployment(const json& d, const Related& related, Clock::time_point now) {
  PrefixWriter w;
  const json& meta = field(d, "metadata");
  const json& spec = field(d, "spec");
  const json& status = field(d, "status");
  w.write(kLevel0, "Name:\t" + str(meta, "name") + "\n");
  w.write(kLevel0, "Namespace:\t" + str(meta, "namespace") + "\n");
  w.write(kLevel0, "CreationTimestamp:\t" + rfc1123z_field(meta, "creationTimestamp") + "\n");
  print_labels(w, "Labels", string_map(meta, "labels"));
  print_annotations(w, "Annotations", string_map(meta, "annotations"));
  w.write(kLevel0, "Selector:\t" + selector_string(field(spec, "selector")) + "\n");
  w.write(kLevel0, "Replicas:\t" + std::to_string(integer(spec, "replicas")) + " desired | " +
                       std::to_string(integer(status, "updatedReplicas")) + " updated | " +
                       std::to_string(integer(status, "replicas")) + " total | " +
                       std::to_string(integer(status, "availableReplicas")) + " available | " +
                       std::to_string(integer(status, "unavailableReplicas")) + " unavailable\n");
  const json& strategy = field(spec, "strategy");
  w.write(kLevel0, "StrategyType:\t" + str(strategy, "type") + "\n");
  w.write(kLevel0, "MinReadySeconds:\t" + std::to_string(integer(spec, "minReadySeconds")) + "\n");
  if (has(strategy, "rollingUpdate")) {
    const json& ru = field(strategy, "rollingUpdate");
    w.write(kLevel0, "RollingUpdateStrategy:\t" + int_or_string(field(ru, "maxUnavailable"), "0") + " max unavailable, " +
                         int_or_string(field(ru, "maxSurge"), "0") + " max surge\n");
  }
  describe_pod_template(w, field(spec, "template"));
  describe_conditions(w, d);

  // deploymentutil.GetAllReplicaSets: the owned sets, oldest first; the new
  // one is the first whose template matches the deployment's.
  const std::string uid = str(meta, "uid");
  std::vector<const json*> owned;
  for (const json& rs : related.replica_sets)
    if (controlled_by(rs, uid)) owned.push_back(&rs);
  std::vector<const json*> by_age = owned;
  std::stable_sort(by_age.begin(), by_age.end(), [](const json* a, const json* b) {
    auto ta = time_field(field(*a, "metadata"), "creationTimestamp"), tb = time_field(field(*b, "metadata"), "creationTimestamp");
    if (ta != tb) return ta < tb;
    return str(field(*a, "metadata"), "name") < str(field(*b, "metadata"), "name");
  });
  const json template_key = without_hash(field(spec, "template"));
  const json* newest = nullptr;
  for (const json* rs : by_age)
    if (without_hash(field(field(*rs, "spec"), "template")) == template_key) {
      newest = rs;
      break;
    }
  std::vector<const json*> old, fresh;
  for (const json* rs : owned)
    if (rs != newest) old.push_back(rs);
  if (newest) fresh.push_back(newest);
  if (!old.empty() || !fresh.empty()) {
    w.write(kLevel0, "OldReplicaSets:\t" + replica_sets_text(old) + "\n");
    w.write(kLevel0, "NewReplicaSet:\t" + replica_sets_text(fresh) + "\n");
  }
  if (related.events) describe_events(w, *related.events, now);
  return w.take();
}

std::string describe_replicaset(const json& rs, const Related& related, Clock::time_point now) {
  PrefixWriter w;
  const json& meta = field(rs, "metadata");
  const json& spec = field(rs, "spec");
  w.write(kLevel0, "Name:\t" + str(meta, "name") + "\n");
  w.write(kLevel0, "Namespace:\t" + str(meta, "namespace") + "\n");
  w.write(kLevel0, "Selector:\t" + format_label_selector(field(spec, "selector")) + "\n");
  print_labels(w, "Labels", string_map(meta, "labels"));
  print_annotations(w, "Annotations", string_map(meta, "annotations"));
  if (std::string controller = controller_of(rs); !controller.empty())
    w.write(kLevel0, "Controlled By:\t" + controller + "\n");
  w.write(kLevel0, "Replicas:\t" + std::to_string(integer(field(rs, "status"), "replicas")) + " current / " +
                       std::to_string(integer(spec, "replicas")) + " desired\n");
  w.write(kLevel0, "Pods Status:\t");
  if (related.pods_error) {
    w.write(kLevel0, "error in fetching pods: " + *related.pods_error + "\n");
  } else {
    int running = 0, waiting = 0, succeeded = 0, failed = 0;
    for (const json& pod : related.pods) {
      if (!controlled_by(pod, str(meta, "uid"))) continue;
      std::string phase = str(field(pod, "status"), "phase");
      running += phase == "Running";
      waiting += phase == "Pending";
      succeeded += phase == "Succeeded";
      failed += phase == "Failed";
    }
    w.write(kLevel0, std::to_string(running) + " Running / " + std::to_string(waiting) + " Waiting / " +
                         std::to_string(succeeded) + " Succeeded / " + std::to_string(failed) + " Failed\n");
  }
  describe_pod_template(w, field(spec, "template"));
  describe_conditions(w, rs);
  if (related.events) describe_events(w, *related.events, now);
  return w.take();
}

}  // namespace kctl::describe
