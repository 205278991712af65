#include "client/describe/events.h"

#include "client/describe/go_sort.h"

#include <algorithm>
#include <vector>

namespace kctl::describe {
namespace {

std::string trim_space(const std::string& s) {
  const char* kSpace = " \t\n\v\f\r";
  auto begin = s.find_first_not_of(kSpace);
  if (begin == std::string::npos) return "";
  return s.substr(begin, s.find_last_not_of(kSpace) - begin + 1);
}

// The Age column: since first seen, or "LAST (xN over FIRST)" for repeats.
std::string event_age(const json& e, Clock::time_point now) {
  std::optional<Time> event_time = time_field(e, "eventTime");
  std::string first = event_time ? since(event_time, now) : since(time_field(e, "firstTimestamp"), now);
  const json& series = field(e, "series");
  if (series.is_object())
    return since(time_field(series, "lastObservedTime"), now) + " (x" + std::to_string(integer(series, "count")) +
           " over " + first + ")";
  std::int64_t count = integer(e, "count");
  if (count > 1)
    return since(time_field(e, "lastTimestamp"), now) + " (x" + std::to_string(count) + " over " + first + ")";
  return first;
}

}  // namespace

std::string EventQuery::path() const {
  return ns.empty() ? "/api/v1/events" : "/api/v1/namespaces/" + ns + "/events";
}

std::string EventQuery::field_selector() const {
  std::string s = "involvedObject.name=" + name + ",involvedObject.namespace=" + ns;
  if (!kind.empty()) s += ",involvedObject.kind=" + kind;
  if (!uid.empty()) s += ",involvedObject.uid=" + uid;
  return s;
}

void describe_events(PrefixWriter& w, const json& events, Clock::time_point now) {
  if (!events.is_array() || events.empty()) {
    w.write(kLevel0, "Events:\t<none>\n");
    return;
  }
  w.flush();
  std::vector<const json*> sorted;
  for (const json& e : events) sorted.push_back(&e);
  // event.SortableEvents through Go's (unstable) sort.Sort: by last
  // timestamp, the zero time first, ties where Go's pdqsort leaves them.
  auto last = [](const json* e) { return time_field(*e, "lastTimestamp").value_or(Time::min()); };
  go_sort(sorted, [&](const json* a, const json* b) { return last(a) < last(b); });
  w.write(kLevel0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
  w.write(kLevel1, "----\t------\t----\t----\t-------\n");
  for (const json* e : sorted) {
    std::string source = str(field(*e, "source"), "component");
    if (source.empty()) source = str(*e, "reportingComponent");
    w.write(kLevel1, str(*e, "type") + "\t" + str(*e, "reason") + "\t" + event_age(*e, now) + "\t" + source + "\t" +
                         trim_space(str(*e, "message")) + "\n");
  }
}

}  // namespace kctl::describe
