#include "client/explain/v3_fields.h"

#include "client/explain/go_wordwrap.h"
#include "client/explain/v3_enum.h"
#include "client/explain/v3_indent.h"
#include "client/explain/v3_type_guess.h"

namespace kctl::explain {
namespace {

constexpr int kDescriptionWidth = 78;  // less the field's indentation

bool is_required(const Json* object, const std::string& name) {
  const Json* required = member(object, "required");
  if (required == nullptr || !required->is_array()) return false;
  for (const Json& r : *required)
    if (r.is_string() && r.get_ref<const std::string&>() == name) return true;
  return false;
}

std::string field_detail(V3Render& render, const Json* object, const std::string& name, int level) {
  const int indent = level * 2;
  const Json* field = member(member(object, "properties"), name);
  std::string out = std::string(static_cast<std::size_t>(indent), ' ') + name + "\t<" + v3_type_guess(render, field) + ">";
  if (is_required(object, name)) out += " -required-";
  out += v3_enum_short(field, indent);
  out += '\n';
  if (render.recursive) return out;
  const Json* description = member(field, "description");
  std::string text = truthy(description) ? v3_printed(*description) : "<no description>";
  out += v3_indent(go_wordwrap(text, static_cast<unsigned>(kDescriptionWidth - indent)), indent + 2);
  out += "\n\n";
  return out;
}

}  // namespace

std::string v3_field_list(V3Render& render, const Json* schema, int level, const RefHistory& history) {
  std::string ref = ref_of(schema);
  if (!ref.empty() && history.count(ref)) return {};  // a cycle
  RefHistory next = history;
  next.insert(ref);
  const Json* object = resolved(schema, render.document);
  std::string out;
  if (const Json* properties = member(object, "properties"); properties != nullptr && properties->is_object()) {
    for (const auto& [name, field] : properties->items()) {
      out += field_detail(render, object, name, level);
      if (render.recursive) out += v3_field_list(render, &field, level + 1, next);
    }
  }
  if (const Json* all_of = member(object, "allOf"); all_of != nullptr && all_of->is_array())
    for (const Json& part : *all_of) out += v3_field_list(render, &part, level, next);
  if (const Json* items = member(object, "items"); truthy(items)) out += v3_field_list(render, items, level, next);
  if (const Json* values = map_values(object)) out += v3_field_list(render, values, level, next);
  return out;
}

}  // namespace kctl::explain
