#include "client/validation/field_validation_support.h"

namespace kctl::validation {

using nlohmann::json;

namespace {

std::string string_at(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool names_kind(const json& operation, const explain::GroupVersionKind& gvk) {
  auto ext = operation.find("x-kubernetes-group-version-kind");
  if (ext == operation.end() || !ext->is_object()) return false;
  return string_at(*ext, "group") == gvk.group && string_at(*ext, "version") == gvk.version &&
         string_at(*ext, "kind") == gvk.kind;
}

}  // namespace

bool v3_patch_takes_field_validation(const json& gv_document, const explain::GroupVersionKind& gvk) {
  auto paths = gv_document.find("paths");
  if (paths == gv_document.end() || !paths->is_object()) return false;
  for (const auto& [path, item] : paths->items()) {
    auto patch = item.find("patch");
    if (patch == item.end() || !patch->is_object() || !names_kind(*patch, gvk)) continue;
    auto params = patch->find("parameters");
    if (params == patch->end() || !params->is_array()) return false;
    for (const json& p : *params)
      if (p.is_object() && string_at(p, "name") == "fieldValidation") return true;
    return false;
  }
  return false;
}

std::string v3_group_version_path(const explain::GroupVersionKind& gvk) {
  return gvk.group.empty() ? "api/" + gvk.version : "apis/" + gvk.group + "/" + gvk.version;
}

}  // namespace kctl::validation
