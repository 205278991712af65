// kubectl's generic describer for kinds without their own (CRDs included):
// the unstructured object walked field by field in sorted order.
#include <algorithm>
#include <string>
#include <vector>

#include "client/describe/describer.h"
#include "client/describe/events.h"
#include "client/describe/go_value.h"
#include "client/describe/meta_text.h"
#include "client/describe/smart_label.h"

namespace kctl::describe {
namespace {

constexpr std::string_view kSkipped[] = {".metadata.managedFields", ".metadata.name", ".metadata.namespace",
                                         ".metadata.labels", ".metadata.annotations"};

bool skipped(const std::string& path) {
  return std::find(std::begin(kSkipped), std::end(kSkipped), path) != std::end(kSkipped);
}

void print_content(PrefixWriter& w, int level, const json& content, const std::string& prefix) {
  for (auto it = content.begin(); it != content.end(); ++it) {  // keys are sorted
    const std::string path = prefix + "." + it.key();
    if (skipped(path)) continue;
    const json& value = it.value();
    if (value.is_object()) {
      w.write(level, smart_label(it.key()) + ":\n");
      print_content(w, level + 1, value, path);
    } else if (value.is_array()) {
      w.write(level, smart_label(it.key()) + ":\n");
      for (const json& child : value) {
        if (child.is_object())
          print_content(w, level + 1, child, path);
        else
          w.write(level + 1, go_value(child) + "\n");
      }
    } else {
      w.write(level, smart_label(it.key()) + ":\t" + go_value(value) + "\n");
    }
  }
}

}  // namespace

std::string describe_generic(const json& obj, const Related& related, Clock::time_point now) {
  PrefixWriter w;
  print_object_header(w, obj);
  if (obj.is_object()) print_content(w, kLevel0, obj, "");
  if (related.events) describe_events(w, *related.events, now);
  return w.take();
}

}  // namespace kctl::describe
