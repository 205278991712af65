// kubectl's client-side schema validation of one manifest document against
// the server's OpenAPI v2 definitions (kubectl's SchemaValidation over
// kube-openapi's ValidateModel): the errors, in kubectl's words and order.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "client/explain/openapi_v2_document.h"
#include "client/explain/schema.h"

namespace kctl::validation {

// kubectl's getObjectKind: the document's group, version and kind, or the
// errors that stop it ("apiVersion not set", "kind isn't string type", ...).
struct ObjectKind {
  explain::GroupVersionKind gvk;
  std::vector<std::string> errors;
};
ObjectKind object_kind(const nlohmann::json& document);

// ValidateModel: `value` against `schema`, whose definition path is
// `schema_path` ("io.k8s.api.apps.v1.Deployment"); `name` starts the
// object paths ("Deployment" gives "Deployment.spec.replicas").
std::vector<std::string> validate_model(const nlohmann::json& value, const explain::Schema& schema,
                                        const std::string& schema_path, const std::string& name);

// The errors of a whole document: its kind's errors, each item of a v1
// List, or the model of its kind; none for a kind without a definition.
std::vector<std::string> validate_document(const nlohmann::json& document,
                                           const explain::OpenApiV2Document& openapi);

}  // namespace kctl::validation
