// The Events table at the bottom of a description (kubectl's
// DescribeEvents) and the query that finds an object's events.
#pragma once

#include <string>

#include "client/describe/go_time.h"
#include "client/describe/json_access.h"
#include "client/describe/prefix_writer.h"

namespace kctl::describe {

// kubectl's searchEvents: involvedObject.name, .namespace (always, even
// empty), .kind and .uid when set, in the events of the object's
// namespace (all namespaces for cluster-scoped objects).
struct EventQuery {
  std::string name, ns, kind, uid;

  std::string path() const;            // "/api/v1/namespaces/NS/events"
  std::string field_selector() const;  // "involvedObject.name=x,..."
};

// "Events:\t<none>" or the table sorted by last timestamp; `events` is the
// list's items.
void describe_events(PrefixWriter& w, const json& events, Clock::time_point now);

}  // namespace kctl::describe
