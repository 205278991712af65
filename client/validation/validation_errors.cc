#include "client/validation/validation_errors.h"

#include <set>

#include "client/go_quote.h"

namespace kctl::validation {

using client::go_quote;

std::string invalid_type(const std::string& schema_path, const std::string& expected, const std::string& actual) {
  return "invalid type for " + schema_path + ": got " + go_quote(actual) + ", expected " + go_quote(expected);
}

std::string unknown_field(const std::string& schema_path, const std::string& field) {
  return "unknown field " + go_quote(field) + " in " + schema_path;
}

std::string missing_required_field(const std::string& schema_path, const std::string& field) {
  return "missing required field " + go_quote(field) + " in " + schema_path;
}

std::string invalid_object_type(const std::string& object_path, const std::string& type) {
  return "unknown object type " + go_quote(type) + " in " + object_path;
}

std::string validation_error(const std::string& object_path, const std::string& message) {
  return "ValidationError(" + object_path + "): " + message;
}

std::string aggregate_message(const std::vector<std::string>& messages) {
  std::set<std::string> seen;
  std::string joined;
  for (const auto& m : messages) {
    if (!seen.insert(m).second) continue;
    if (seen.size() > 1) joined += ", ";
    joined += m;
  }
  return seen.size() > 1 ? "[" + joined + "]" : joined;
}

}  // namespace kctl::validation
