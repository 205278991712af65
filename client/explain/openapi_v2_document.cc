#include "client/explain/openapi_v2_document.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace kctl::explain {
namespace {

using nlohmann::json;

constexpr std::string_view kDefinitionPrefix = "#/definitions/";

Error schema_error(const std::string& path, const std::string& what) {
  return make_error(ErrorKind::Internal, path.empty() ? "SchemaError: " + what : "SchemaError(" + path + "): " + what);
}

std::string string_field(const json& s, const char* key) {
  auto it = s.find(key);
  return it != s.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "type" is a string or a list of strings.
std::vector<std::string> types_of(const json& s) {
  std::vector<std::string> types;
  auto it = s.find("type");
  if (it == s.end()) return types;
  if (it->is_string()) types.push_back(it->get<std::string>());
  else if (it->is_array())
    for (const json& t : *it)
      if (t.is_string()) types.push_back(t.get<std::string>());
  return types;
}

// Turns JSON definitions into Schema trees, following kube-openapi's
// ParseSchema decisions (and its errors) so that the same documents parse.
class SchemaParser {
 public:
  explicit SchemaParser(const std::map<std::string, Schema>& definitions) : definitions_(definitions) {}

  Result<std::unique_ptr<Schema>> parse(const json& s, const std::string& path) {
    auto node = std::make_unique<Schema>();
    node->description = string_field(s, "description");
    node->patch_strategy = string_field(s, "x-kubernetes-patch-strategy");
    node->patch_merge_key = string_field(s, "x-kubernetes-patch-merge-key");
    if (std::string ref = string_field(s, "$ref"); !ref.empty()) {
      if (auto r = parse_reference(s, ref, path, *node); !r) return r.take_error();
      return node;
    }
    std::vector<std::string> types = types_of(s);
    Result<> parsed;
    if (types.empty()) {
      // Older servers leave "type" out of objects; with no properties
      // either, the value may be anything.
      if (s.contains("properties")) parsed = parse_kind(s, path, *node);
      else node->kind = SchemaKind::Arbitrary;
    } else if (types.size() > 1) {
      return schema_error(path, "definitions with multiple types aren't supported");
    } else if (types[0] == "object") {
      parsed = s.contains("properties") ? parse_kind(s, path, *node) : parse_map(s, path, *node);
    } else if (types[0] == "array") {
      parsed = parse_array(s, path, *node);
    } else {
      parsed = parse_primitive(types[0], path, *node);
    }
    if (!parsed) return parsed.take_error();
    return node;
  }

 private:
  Result<> parse_reference(const json& s, const std::string& ref, const std::string& path, Schema& node) {
    auto props = s.find("properties");
    if (props != s.end() && props->is_object() && !props->empty())
      return schema_error(path, "unallowed embedded type definition");
    if (!types_of(s).empty()) return schema_error(path, "definition reference can't have a type");
    if (ref.rfind(kDefinitionPrefix, 0) != 0)
      return schema_error(path, "unallowed reference to non-definition \"" + ref + "\"");
    node.kind = SchemaKind::Reference;
    node.reference = ref.substr(kDefinitionPrefix.size());
    if (!definitions_.contains(node.reference))
      return schema_error(path, "unknown model in reference: \"" + node.reference + "\"");
    return {};
  }

  Result<> parse_kind(const json& s, const std::string& path, Schema& node) {
    node.kind = SchemaKind::Kind;
    const json& props = s["properties"];
    if (props.is_object()) {
      for (const auto& [name, value] : props.items()) {
        auto field = parse(value, path + "." + name);
        if (!field) return field.take_error();
        node.fields[name] = std::move(*field);
      }
    }
    if (auto req = s.find("required"); req != s.end() && req->is_array())
      for (const json& r : *req)
        if (r.is_string()) node.required.push_back(r.get<std::string>());
    return {};
  }

  Result<> parse_map(const json& s, const std::string& path, Schema& node) {
    node.kind = SchemaKind::Map;
    auto extra = s.find("additionalProperties");
    if (extra == s.end() || !extra->is_object()) {
      // No element schema (or a boolean): any value, described like the map.
      node.element = std::make_unique<Schema>();
      node.element->description = node.description;
      return {};
    }
    auto element = parse(*extra, path);
    if (!element) return element.take_error();
    node.element = std::move(*element);
    return {};
  }

  Result<> parse_array(const json& s, const std::string& path, Schema& node) {
    node.kind = SchemaKind::Array;
    const json* item = nullptr;
    if (auto items = s.find("items"); items != s.end()) {
      if (items->is_object()) item = &*items;
      else if (items->is_array() && items->size() == 1) item = &(*items)[0];
    }
    if (item == nullptr) return schema_error(path, "array should have exactly one sub-item");
    auto element = parse(*item, path);
    if (!element) return element.take_error();
    node.element = std::move(*element);
    return {};
  }

  static Result<> parse_primitive(const std::string& type, const std::string& path, Schema& node) {
    if (type != "string" && type != "number" && type != "integer" && type != "boolean")
      return schema_error(path, "Unknown primitive type: \"" + type + "\"");
    node.kind = SchemaKind::Primitive;
    node.primitive_type = type;
    return {};
  }

  const std::map<std::string, Schema>& definitions_;
};

std::vector<GroupVersionKind> kinds_of(const json& definition) {
  std::vector<GroupVersionKind> kinds;
  auto ext = definition.find("x-kubernetes-group-version-kind");
  if (ext == definition.end() || !ext->is_array()) return kinds;
  for (const json& e : *ext) {
    if (!e.is_object()) continue;
    auto group = e.find("group"), version = e.find("version"), kind = e.find("kind");
    if (group == e.end() || version == e.end() || kind == e.end() || !group->is_string() ||
        !version->is_string() || !kind->is_string())
      continue;
    if (!kind->get_ref<const std::string&>().empty())
      kinds.push_back({group->get<std::string>(), version->get<std::string>(), kind->get<std::string>()});
  }
  return kinds;
}

// Points every Reference node at its definition.
void link_references(Schema& node, const std::map<std::string, Schema>& definitions) {
  if (node.kind == SchemaKind::Reference) node.target = &definitions.at(node.reference);
  for (auto& [name, field] : node.fields) link_references(*field, definitions);
  if (node.element) link_references(*node.element, definitions);
}

bool is_field_validation_query(const json& param) {
  return param.is_object() && string_field(param, "in") == "query" && string_field(param, "name") == "fieldValidation";
}

// The x-kubernetes-group-version-kind of an operation (one object).
std::optional<GroupVersionKind> patch_kind(const json& operation) {
  auto ext = operation.find("x-kubernetes-group-version-kind");
  if (ext == operation.end() || !ext->is_object()) return std::nullopt;
  return GroupVersionKind{string_field(*ext, "group"), string_field(*ext, "version"), string_field(*ext, "kind")};
}

// Of each PATCH operation, whether it takes fieldValidation, by its kind.
std::map<GroupVersionKind, bool> patch_operations(const json& doc) {
  std::map<GroupVersionKind, bool> kinds;
  // The document's shared parameters that are the fieldValidation query
  // parameter, by the reference operations name them with.
  std::set<std::string> shared;
  if (auto params = doc.find("parameters"); params != doc.end() && params->is_object())
    for (const auto& [name, p] : params->items())
      if (is_field_validation_query(p)) shared.insert("#/parameters/" + name);
  auto paths = doc.find("paths");
  if (paths == doc.end() || !paths->is_object()) return kinds;
  for (const auto& [path, item] : paths->items()) {
    auto patch = item.find("patch");
    if (patch == item.end() || !patch->is_object()) continue;
    auto gvk = patch_kind(*patch);
    if (!gvk) continue;
    bool takes = false;
    if (auto params = patch->find("parameters"); params != patch->end() && params->is_array())
      for (const json& p : *params)
        takes = takes || is_field_validation_query(p) || shared.contains(string_field(p, "$ref"));
    // kubectl stops at the first path of the kind.
    kinds.try_emplace(*gvk, takes);
  }
  return kinds;
}

}  // namespace

bool Schema::is_required(const std::string& field) const {
  return std::find(required.begin(), required.end(), field) != required.end();
}

Result<OpenApiV2Document> OpenApiV2Document::parse(std::string_view json_text) {
  // Prune "paths" while parsing: it is most of the document, and only its
  // PATCH operations' kinds and parameters are read.
  std::string top_key;
  json::parser_callback_t prune_paths = [&top_key](int depth, json::parse_event_t event, json& parsed) {
    if (event != json::parse_event_t::key) return true;
    if (depth == 1) {
      top_key = parsed.get<std::string>();
      return true;
    }
    if (top_key != "paths") return true;
    if (depth == 3) return parsed == "patch";
    if (depth == 4) return parsed == "parameters" || parsed == "x-kubernetes-group-version-kind";
    return true;
  };
  json doc = json::parse(json_text.begin(), json_text.end(), prune_paths, false);
  if (doc.is_discarded() || !doc.is_object())
    return make_error(ErrorKind::Internal, "failed to parse the OpenAPI v2 document");
  OpenApiV2Document result;
  result.patch_field_validation_ = patch_operations(doc);
  auto defs = doc.find("definitions");
  if (defs == doc.end() || !defs->is_object()) return result;
  // Every name first, so that references can be checked while parsing.
  for (const auto& [name, value] : defs->items()) result.definitions_.try_emplace(name);
  SchemaParser parser(result.definitions_);
  for (auto& [name, value] : defs->items()) {
    auto parsed = parser.parse(value, name);
    if (!parsed) return parsed.take_error();
    result.definitions_[name] = std::move(**parsed);
    // Definitions are visited in name order, so the last claim wins.
    for (GroupVersionKind& gvk : kinds_of(value)) result.resources_[gvk] = name;
  }
  for (auto& [name, definition] : result.definitions_) link_references(definition, result.definitions_);
  return result;
}

std::optional<bool> OpenApiV2Document::patch_takes_field_validation(const GroupVersionKind& gvk) const {
  auto it = patch_field_validation_.find(gvk);
  if (it == patch_field_validation_.end()) return std::nullopt;
  return it->second;
}

const Schema* OpenApiV2Document::lookup_resource(const GroupVersionKind& gvk) const {
  auto it = resources_.find(gvk);
  return it == resources_.end() ? nullptr : definition(it->second);
}

std::string OpenApiV2Document::resource_definition_name(const GroupVersionKind& gvk) const {
  auto it = resources_.find(gvk);
  return it == resources_.end() ? std::string() : it->second;
}

const Schema* OpenApiV2Document::definition(const std::string& name) const {
  auto it = definitions_.find(name);
  return it == definitions_.end() ? nullptr : &it->second;
}

}  // namespace kctl::explain
