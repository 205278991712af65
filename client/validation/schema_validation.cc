#include "client/validation/schema_validation.h"

#include "client/validation/validation_errors.h"

namespace kctl::validation {
namespace {

using explain::Schema;
using explain::SchemaKind;
using nlohmann::json;

// The type name kube-openapi gives a decoded value: Go's json decoding
// (integers as int64, other numbers as float64) seen through reflect.
std::string value_kind(const json& v) {
  if (v.is_boolean()) return "boolean";
  if (v.is_number_integer()) return "integer";  // signed and unsigned
  if (v.is_number_float()) return "number";
  if (v.is_string()) return "string";
  if (v.is_array()) return "array";
  return "map";
}

// Whether a primitive of kind `actual` fits a primitive schema: kubectl
// lets any primitive be a string and an integer be a number, nothing else.
bool primitive_fits(const std::string& expected, const std::string& actual) {
  if (expected == "string") return true;
  if (expected == "integer") return actual == "integer" || actual == "number";
  return expected == actual;
}

class ModelValidator {
 public:
  std::vector<std::string> errors;

  // One value at `path` against `schema` (at `schema_path`).
  void visit(const json& value, const std::string& path, const Schema& schema, const std::string& schema_path) {
    switch (schema.kind) {
      case SchemaKind::Reference:
        // The definition itself, under its own name.
        if (schema.target != nullptr) visit(value, path, *schema.target, schema.reference);
        return;
      case SchemaKind::Arbitrary:
        return;
      case SchemaKind::Primitive:
        if (value.is_object() || value.is_array() || !primitive_fits(schema.primitive_type, value_kind(value)))
          add(path, invalid_type(schema_path, schema.primitive_type, value_kind(value)));
        return;
      case SchemaKind::Array:
        if (value.is_array()) return visit_array(value, path, schema, schema_path);
        add(path, invalid_type(schema_path, "array", value_kind(value)));
        return;
      case SchemaKind::Map:
      case SchemaKind::Kind:
        if (value.is_array()) {
          add(path, invalid_type(schema_path, "map", "array"));
        } else if (!value.is_object()) {
          add(path, invalid_type(schema_path, "map", value_kind(value)));
        } else if (schema.kind == SchemaKind::Map) {
          visit_map(value, path, schema, schema_path);
        } else {
          visit_kind(value, path, schema, schema_path);
        }
        return;
    }
  }

 private:
  void add(const std::string& path, const std::string& message) { errors.push_back(validation_error(path, message)); }

  void visit_array(const json& value, const std::string& path, const Schema& schema, const std::string& schema_path) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      const std::string item_path = path + "[" + std::to_string(i) + "]";
      if (value[i].is_null()) {
        add(path, invalid_object_type(item_path, "nil"));
        continue;
      }
      visit(value[i], item_path, *schema.element, schema_path);
    }
  }

  // Keys in sorted order (nlohmann's objects are, as Go sorts them).
  void visit_map(const json& value, const std::string& path, const Schema& schema, const std::string& schema_path) {
    for (const auto& [key, v] : value.items()) {
      const std::string field_path = path + "." + key;
      if (v.is_null()) {
        errors.push_back(invalid_object_type(field_path, "nil"));  // not a ValidationError
        continue;
      }
      visit(v, field_path, *schema.element, schema_path);
    }
  }

  void visit_kind(const json& value, const std::string& path, const Schema& schema, const std::string& schema_path) {
    for (const auto& [key, v] : value.items()) {
      if (v.is_null()) continue;
      auto field = schema.fields.find(key);
      if (field == schema.fields.end()) {
        add(path, unknown_field(schema_path, key));
        continue;
      }
      visit(v, path + "." + key, *field->second, schema_path + "." + key);
    }
    for (const auto& required : schema.required) {
      auto it = value.find(required);
      if (it == value.end() || it->is_null()) add(path, missing_required_field(schema_path, required));
    }
  }
};

// schema.ParseGroupVersion: "" and "/" are empty, "v1" a version alone,
// "g/v" both; more slashes are an error.
bool parse_group_version(const std::string& text, explain::GroupVersionKind& gvk, std::string& error) {
  if (text.empty() || text == "/") return true;
  const auto slash = text.find('/');
  if (slash == std::string::npos) {
    gvk.version = text;
    return true;
  }
  if (text.find('/', slash + 1) != std::string::npos) {
    error = "unexpected GroupVersion string: " + text;
    return false;
  }
  gvk.group = text.substr(0, slash);
  gvk.version = text.substr(slash + 1);
  return true;
}

std::vector<std::string> validate_resource(const json& object, const explain::GroupVersionKind& gvk,
                                           const explain::OpenApiV2Document& openapi) {
  const Schema* schema = openapi.lookup_resource(gvk);
  if (schema == nullptr) return {};  // nothing known of the kind: not validated
  return validate_model(object, *schema, openapi.resource_definition_name(gvk), gvk.kind);
}

std::vector<std::string> validate_list(const json& list, const explain::OpenApiV2Document& openapi) {
  auto items = list.find("items");
  if (items == list.end() || !items->is_array()) return {"invalid object to validate"};
  std::vector<std::string> errors;
  for (const json& item : *items) {
    ObjectKind kind = object_kind(item);
    auto more = kind.errors.empty() ? validate_resource(item, kind.gvk, openapi) : std::move(kind.errors);
    errors.insert(errors.end(), more.begin(), more.end());
  }
  return errors;
}

}  // namespace

ObjectKind object_kind(const json& document) {
  ObjectKind result;
  if (!document.is_object()) {
    result.errors.push_back("invalid object to validate");
    return result;
  }
  auto api_version = document.find("apiVersion");
  if (api_version == document.end() || api_version->is_null()) {
    result.errors.push_back("apiVersion not set");
  } else if (!api_version->is_string()) {
    result.errors.push_back("apiVersion isn't string type");
  } else if (std::string error; !parse_group_version(api_version->get<std::string>(), result.gvk, error)) {
    result.errors.push_back(error);
  }
  auto kind = document.find("kind");
  if (kind == document.end() || kind->is_null()) result.errors.push_back("kind not set");
  else if (!kind->is_string()) result.errors.push_back("kind isn't string type");
  else result.gvk.kind = kind->get<std::string>();
  if (!result.errors.empty()) result.gvk = {};
  return result;
}

std::vector<std::string> validate_model(const json& value, const Schema& schema, const std::string& schema_path,
                                        const std::string& name) {
  if (value.is_null()) return {invalid_object_type(name, "nil")};
  ModelValidator validator;
  validator.visit(value, name, schema, schema_path);
  return std::move(validator.errors);
}

std::vector<std::string> validate_document(const json& document, const explain::OpenApiV2Document& openapi) {
  ObjectKind kind = object_kind(document);
  if (!kind.errors.empty()) return std::move(kind.errors);
  if (kind.gvk == explain::GroupVersionKind{"", "v1", "List"}) return validate_list(document, openapi);
  return validate_resource(document, kind.gvk, openapi);
}

}  // namespace kctl::validation
