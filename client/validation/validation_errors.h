// The texts of kube-openapi's proto/validation errors and of Go's error
// aggregates (k8s.io/apimachinery/pkg/util/errors), as kubectl prints
// them when a manifest fails client-side schema validation.
#pragma once

#include <string>
#include <vector>

namespace kctl::validation {

// "invalid type for <schema path>: got "<actual>", expected "<expected>"".
std::string invalid_type(const std::string& schema_path, const std::string& expected, const std::string& actual);
// "unknown field "<field>" in <schema path>".
std::string unknown_field(const std::string& schema_path, const std::string& field);
// "missing required field "<field>" in <schema path>".
std::string missing_required_field(const std::string& schema_path, const std::string& field);
// "unknown object type "<type>" in <object path>" (a null where a value is needed).
std::string invalid_object_type(const std::string& object_path, const std::string& type);
// "ValidationError(<object path>): <message>".
std::string validation_error(const std::string& object_path, const std::string& message);

// An aggregate's Error(): the messages with duplicates dropped; one alone
// as it is, several as "[a, b]". Empty when there are none.
std::string aggregate_message(const std::vector<std::string>& messages);

}  // namespace kctl::validation
