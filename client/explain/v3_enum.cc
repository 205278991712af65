#include "client/explain/v3_enum.h"

#include "client/printers/go_fmt.h"

namespace kctl::explain {
namespace {

constexpr std::size_t kShortLimit = 4;

// A value as the template prints it; encoding/json made every number a
// float64 (so 1000000 is 1e+06).
std::string printed(const Json& value) {
  if (value.is_null()) return "<no value>";
  if (value.is_string()) return value.get<std::string>().empty() ? "\"\"" : value.get<std::string>();
  if (value.is_number()) return printers::go_float_v(value.get<double>());
  return printers::go_sprint(value);
}

const Json* enum_values(const Json* schema) {
  const Json* values = member(schema, "enum");
  return truthy(values) && values->is_array() ? values : nullptr;
}

}  // namespace

std::string v3_enum_short(const Json* schema, int indent) {
  const Json* values = enum_values(schema);
  if (values == nullptr) return {};
  std::string out = "\n";
  out.append(static_cast<std::size_t>(indent), ' ');
  out += "enum: ";
  for (std::size_t i = 0; i < values->size(); ++i) {
    if (i >= kShortLimit) {
      out += ", ....";
      break;
    }
    if (i > 0) out += ", ";
    out += printed((*values)[i]);
  }
  return out;
}

std::string v3_enum_long(const Json* schema) {
  const Json* values = enum_values(schema);
  if (values == nullptr) return {};
  std::string out = "ENUM:";
  for (const Json& value : *values) out += "\n    " + printed(value);
  return out;
}

}  // namespace kctl::explain
