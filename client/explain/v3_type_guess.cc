#include "client/explain/v3_type_guess.h"

#include "client/explain/v3_indent.h"

namespace kctl::explain {
namespace {

std::string printed(const Json* value) { return value == nullptr ? "<no value>" : v3_printed(*value); }

std::string after_last(const std::string& s, char sep) {
  std::size_t at = s.rfind(sep);
  return at == std::string::npos ? s : s.substr(at + 1);
}

std::string referenced_type(const Json* ref, const Json& document) {
  const Json* target = resolve_ref(ref, document);
  const Json* type = member(target, "type");
  if (!truthy(target) || !truthy(type) || *type == "object") {
    std::string name = after_last(after_last(printed(ref), '/'), '.');
    return name.empty() ? "Object" : name;
  }
  return printed(type);
}

}  // namespace

std::string v3_type_guess(V3Render& render, const Json* schema) {
  if (!truthy(schema)) {
    render.fail("expected schema argument to subtemplate 'typeguess'");
    return {};
  }
  const Json& document = render.document;
  if (const Json* items = member(schema, "items"); truthy(items)) return "[]" + v3_type_guess(render, items);
  if (const Json* values = map_values(schema)) return "map[string]" + v3_type_guess(render, values);
  const Json* all_of = member(schema, "allOf");
  // A single allOf and no properties of its own: the usual wrapper of a
  // $ref that also carries a description or default.
  if (truthy(all_of) && !truthy(member(schema, "properties")) && all_of->is_array() && all_of->size() == 1)
    return v3_type_guess(render, &(*all_of)[0]);
  if (const Json* ref = member(schema, "$ref"); truthy(ref))
    return referenced_type(ref, document);
  const Json* type = member(schema, "type");
  if (type != nullptr && *type == "object") return "Object";
  return truthy(type) ? printed(type) : "Object";
}

}  // namespace kctl::explain
