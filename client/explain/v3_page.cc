#include "client/explain/v3_page.h"

#include "client/explain/go_wordwrap.h"
#include "client/explain/v3_enum.h"
#include "client/explain/v3_indent.h"
#include "client/explain/v3_type_guess.h"

namespace kctl::explain {
namespace {

constexpr unsigned kDescriptionWidth = 76;

// Each description on the way through references, allOf, items and map
// values, one after the other, each ending in a line break.
std::string descriptions(const Json* schema, const Json& document) {
  const Json* s = resolved(schema, document);
  if (!truthy(s)) return {};
  std::string out;
  if (const Json* d = member(s, "description"); truthy(d)) out += v3_printed(*d) + "\n";
  if (const Json* all_of = member(s, "allOf"); all_of != nullptr && all_of->is_array())
    for (const Json& part : *all_of) out += descriptions(&part, document);
  if (const Json* items = member(s, "items"); truthy(items)) out += descriptions(items, document);
  if (const Json* values = map_values(s)) out += descriptions(values, document);
  return out;
}

std::string description_and_fields(V3Render& render, const Json* schema) {
  std::string text = descriptions(schema, render.document);
  if (text.empty()) text = "<empty>";
  std::string out = "DESCRIPTION:\n" + v3_indent(go_wordwrap(text, kDescriptionWidth), 4) + "\n";
  std::string fields = v3_field_list(render, schema, 1, {});
  if (!fields.empty()) out += "FIELDS:\n" + fields;
  return out;
}

std::string field_line(V3Render& render, const std::string& name, const Json* field) {
  return "FIELD: " + name + " <" + v3_type_guess(render, field) + ">\n" + v3_enum_long(field) + "\n\n";
}

}  // namespace

std::string v3_page(V3Render& render, const Json* schema, std::span<const std::string> path,
                    const RefHistory& history) {
  const std::string ref = ref_of(schema);
  const Json* object = resolved(schema, render.document);
  if (path.empty()) return description_and_fields(render, object);
  if (!ref.empty() && history.count(ref)) return {};  // a cycle
  RefHistory next = history;
  next.insert(ref);
  if (const Json* field = member(member(object, "properties"), path.front()); truthy(field)) {
    // A property step starts a new history: only items, map values and
    // allOf can lead back to the same reference without progress.
    std::string out = path.size() == 1 ? field_line(render, path.front(), field) : std::string();
    return out + v3_page(render, field, path.subspan(1), {});
  }
  if (const Json* items = member(object, "items"); truthy(items)) return v3_page(render, items, path, next);
  if (const Json* values = map_values(object)) return v3_page(render, values, path, next);
  if (const Json* all_of = member(object, "allOf"); all_of != nullptr && all_of->is_array()) {
    for (const Json& part : *all_of)
      if (std::string out = v3_page(render, &part, path, next); !out.empty()) return out;
  }
  return {};
}

}  // namespace kctl::explain
