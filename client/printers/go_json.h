// JSON text as Go's encoding/json MarshalIndent prints it (kubectl -o json):
// 4-space indent, "<", ">", "&" escaped as \u003c \u003e \u0026, integers
// without a fraction, empty objects and arrays as {} and [].
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace kctl::printers {

std::string to_go_json(const nlohmann::ordered_json& value, int indent = 4);

// How encoding/json names a JSON value's type in its unmarshal errors
// ("json: cannot unmarshal bool into Go struct field ...").
template <typename Json>
const char* go_json_kind(const Json& v) {
  if (v.is_object()) return "object";
  if (v.is_array()) return "array";
  if (v.is_string()) return "string";
  if (v.is_boolean()) return "bool";
  return "number";
}

}  // namespace kctl::printers
