#include "client/explain/openapi_v3_schema.h"

namespace kctl::explain {

bool truthy(const Json* value) {
  if (value == nullptr) return false;
  switch (value->type()) {
    case Json::value_t::null: return false;
    case Json::value_t::boolean: return value->get<bool>();
    case Json::value_t::number_integer: return value->get<std::int64_t>() != 0;
    case Json::value_t::number_unsigned: return value->get<std::uint64_t>() != 0;
    case Json::value_t::number_float: return value->get<double>() != 0;
    case Json::value_t::string: return !value->get_ref<const std::string&>().empty();
    case Json::value_t::array:
    case Json::value_t::object: return !value->empty();
    default: return true;
  }
}

const Json* member(const Json* value, std::string_view key) {
  if (value == nullptr || !value->is_object()) return nullptr;
  auto it = value->find(key);
  return it == value->end() ? nullptr : &*it;
}

const Json* resolve_ref(const Json* ref, const Json& document) {
  if (ref == nullptr || !ref->is_string()) return nullptr;
  const std::string& text = ref->get_ref<const std::string&>();
  // Only a fragment names something inside the document.
  if (text.empty() || text[0] != '#') return nullptr;
  const Json* cur = &document;
  std::string_view rest = std::string_view(text).substr(1);
  while (!rest.empty()) {
    std::size_t slash = rest.find('/');
    std::string_view step = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (step.empty()) continue;
    cur = member(cur, step);
    if (cur == nullptr || !cur->is_object()) return nullptr;
  }
  return cur;
}

const Json* resolved(const Json* schema, const Json& document) {
  const Json* target = resolve_ref(member(schema, "$ref"), document);
  // kubectl takes `or resolved schema`: an empty target counts as none.
  return truthy(target) ? target : schema;
}

const Json* map_values(const Json* schema) {
  const Json* values = member(schema, "additionalProperties");
  return truthy(values) && !values->is_boolean() ? values : nullptr;
}

std::string ref_of(const Json* schema) {
  const Json* ref = member(schema, "$ref");
  return truthy(ref) && ref->is_string() ? ref->get<std::string>() : std::string();
}

}  // namespace kctl::explain
