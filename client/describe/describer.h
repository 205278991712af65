// kubectl's describers as pure functions: the object, the related lists
// the command layer fetched for it, and `now` in; kubectl's text out.
//
// A describer's reads are data (RelatedRequest): the command layer runs
// them (with paging) and fills Related; nothing here talks to a server.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "client/describe/go_time.h"
#include "client/describe/json_access.h"

namespace kctl::describe {

// The API type of the described object.
struct ObjectKind {
  std::string group;  // "" for the core group
  std::string kind;   // "Pod"
};

enum class RelatedList {
  Events,           // appended to Related::events
  Pods,             // Related::pods
  ResourceQuotas,   // Related::resource_quotas
  LimitRanges,      // Related::limit_ranges
  EndpointSlices,   // Related::endpoint_slices
  ReplicaSets,      // Related::replica_sets
  NodeLease,        // Related::lease (a single object)
};

struct RelatedRequest {
  RelatedList list;
  std::string path;  // "/api/v1/namespaces/ns/events"
  std::string field_selector;
  std::string label_selector;
  bool chunked = true;  // sent with limit=--chunk-size, following "continue"
};

// What was fetched. A list that failed keeps its error text; kubectl
// ignores some failures (events, endpoint slices) and reports others.
struct Related {
  std::optional<json> events;  // items; nullopt when events are not shown
  json pods = json::array();
  std::optional<std::string> pods_error;
  bool pods_forbidden = false;
  std::optional<json> resource_quotas;  // nullopt: the server has none (404)
  std::optional<json> limit_ranges;
  json endpoint_slices = json::array();
  json replica_sets = json::array();
  std::optional<json> lease;
  std::string lease_error;  // the server's message when the lease GET failed
};

// The reads kubectl's describer for this kind makes, in its order.
std::vector<RelatedRequest> related_requests(const ObjectKind& kind, const json& obj, bool show_events);

// kubectl describe's text for one object.
std::string describe_object(const ObjectKind& kind, const json& obj, const Related& related, Clock::time_point now);

// The kind-specific describers (describe_object dispatches to them).
std::string describe_pod(const json& pod, const Related& related, Clock::time_point now);
std::string describe_namespace(const json& ns, const Related& related);
std::string describe_configmap(const json& cm, const Related& related, Clock::time_point now);
std::string describe_secret(const json& secret);
std::string describe_service(const json& svc, const Related& related, Clock::time_point now);
std::string describe_node(const json& node, const Related& related, Clock::time_point now);
std::string describe_deployment(const json& deploy, const Related& related, Clock::time_point now);
std::string describe_replicaset(const json& rs, const Related& related, Clock::time_point now);
std::string describe_generic(const json& obj, const Related& related, Clock::time_point now);

}  // namespace kctl::describe
