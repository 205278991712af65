// Whether the server checks fields itself: kubectl's QueryParamVerifier
// (OpenAPI v3, falling back to v2) asks whether a kind's PATCH operation
// takes the fieldValidation query parameter. When it does, kubectl sends
// fieldValidation=Strict|Warn|Ignore and validates nothing itself.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "client/explain/schema.h"

namespace kctl::validation {

// In one OpenAPI v3 group-version document: whether the first PATCH
// operation of `gvk` takes fieldValidation (false when none is of `gvk`).
bool v3_patch_takes_field_validation(const nlohmann::json& gv_document, const explain::GroupVersionKind& gvk);

// The /openapi/v3 path of the group-version document of `gvk`:
// "api/v1", "apis/apps/v1".
std::string v3_group_version_path(const explain::GroupVersionKind& gvk);

// The kind kubectl never asks about: a v1 List is always checked here.
inline bool is_v1_list(const explain::GroupVersionKind& gvk) {
  return gvk == explain::GroupVersionKind{"", "v1", "List"};
}

}  // namespace kctl::validation
