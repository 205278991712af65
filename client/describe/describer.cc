#include "client/describe/describer.h"

#include "client/describe/events.h"
#include "client/describe/meta_text.h"

namespace kctl::describe {
namespace {

const json& meta(const json& obj) { return field(obj, "metadata"); }

bool is_core(const ObjectKind& k, std::string_view kind) { return k.group.empty() && k.kind == kind; }
bool is_apps(const ObjectKind& k, std::string_view kind) { return k.group == "apps" && k.kind == kind; }

RelatedRequest events_request(const EventQuery& q) {
  return RelatedRequest{RelatedList::Events, q.path(), q.field_selector(), "", true};
}

EventQuery query_for(const json& obj, std::string kind) {
  return EventQuery{str(meta(obj), "name"), str(meta(obj), "namespace"), std::move(kind), str(meta(obj), "uid")};
}

// Pods are searched without a kind, and a mirror pod by its source's uid.
EventQuery pod_event_query(const json& pod) {
  EventQuery q = query_for(pod, "");
  const json& annotations = field(meta(pod), "annotations");
  if (has(annotations, "kubernetes.io/config.mirror")) q.uid = str(annotations, "kubernetes.io/config.mirror");
  return q;
}

std::string pods_path(const std::string& ns) { return "/api/v1/namespaces/" + ns + "/pods"; }

}  // namespace

std::vector<RelatedRequest> related_requests(const ObjectKind& kind, const json& obj, bool show_events) {
  std::vector<RelatedRequest> out;
  const std::string name = str(meta(obj), "name"), ns = str(meta(obj), "namespace");
  if (is_core(kind, "Pod")) {
    if (show_events) out.push_back(events_request(pod_event_query(obj)));
  } else if (is_core(kind, "Namespace")) {
    out.push_back({RelatedList::ResourceQuotas, "/api/v1/namespaces/" + name + "/resourcequotas", "", "", true});
    out.push_back({RelatedList::LimitRanges, "/api/v1/namespaces/" + name + "/limitranges", "", "", true});
  } else if (is_core(kind, "Secret")) {
    // kubectl shows no events for secrets.
  } else if (is_core(kind, "Service")) {
    out.push_back({RelatedList::EndpointSlices, "/apis/discovery.k8s.io/v1/namespaces/" + ns + "/endpointslices", "",
                   "kubernetes.io/service-name=" + name, false});
    if (show_events) out.push_back(events_request(query_for(obj, "Service")));
  } else if (is_core(kind, "Node")) {
    out.push_back({RelatedList::Pods, "/api/v1/pods",
                   "spec.nodeName=" + name + ",status.phase!=Succeeded,status.phase!=Failed", "", true});
    if (show_events) {
      // Controllers record node events with the node's uid, the kubelet with its name.
      EventQuery q = query_for(obj, "Node");
      out.push_back(events_request(q));
      q.uid = name;
      out.push_back(events_request(q));
    }
    out.push_back({RelatedList::NodeLease, "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/" + name,
                   "", "", false});
  } else if (is_apps(kind, "Deployment")) {
    if (show_events) out.push_back(events_request(query_for(obj, "Deployment")));
    out.push_back({RelatedList::ReplicaSets, "/apis/apps/v1/namespaces/" + ns + "/replicasets", "",
                   selector_string(field(field(obj, "spec"), "selector")), true});
  } else if (is_apps(kind, "ReplicaSet")) {
    out.push_back({RelatedList::Pods, pods_path(ns), "", selector_string(field(field(obj, "spec"), "selector")), true});
    if (show_events) out.push_back(events_request(query_for(obj, "ReplicaSet")));
  } else if (show_events) {
    out.push_back(events_request(query_for(obj, str(obj, "kind"))));
  }
  return out;
}

std::string describe_object(const ObjectKind& kind, const json& obj, const Related& related, Clock::time_point now) {
  if (is_core(kind, "Pod")) return describe_pod(obj, related, now);
  if (is_core(kind, "Namespace")) return describe_namespace(obj, related);
  if (is_core(kind, "ConfigMap")) return describe_configmap(obj, related, now);
  if (is_core(kind, "Secret")) return describe_secret(obj);
  if (is_core(kind, "Service")) return describe_service(obj, related, now);
  if (is_core(kind, "Node")) return describe_node(obj, related, now);
  if (is_apps(kind, "Deployment")) return describe_deployment(obj, related, now);
  if (is_apps(kind, "ReplicaSet")) return describe_replicaset(obj, related, now);
  return describe_generic(obj, related, now);
}

}  // namespace kctl::describe
