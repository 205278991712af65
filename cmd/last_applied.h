// The kubectl.kubernetes.io/last-applied-configuration annotation that
// client-side apply keeps on each object (kubectl's util/apply.go): the
// manifest as last applied, in Go's compact JSON (keys sorted, "<", ">"
// and "&" escaped) with a newline, which the next apply's three-way patch
// reads as the "original".
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <utility>

#include "client/result.h"

namespace kctl::cmd {

inline constexpr const char* kLastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration";

// The annotation's value for `object`: the object's JSON without the
// annotation itself ("annotations": {} stays when it had no others).
std::string last_applied_value(const nlohmann::json& object);

// CreateApplyAnnotation (--save-config, apply's create): the annotation set
// to last_applied_value(object).
void set_last_applied(nlohmann::json& object);

// GetModifiedConfiguration(annotate=true): the object's JSON with the
// annotation set, as apply sends it in the patch's "modified" side.
nlohmann::json modified_configuration(const nlohmann::json& object);

// GetOriginalConfiguration: the live object's annotation parsed; null when
// it has none (an empty original).
Result<nlohmann::json> original_configuration(const nlohmann::json& live);

// editor.GetApplyPatch (set-last-applied, edit-last-applied): `manifest`'s
// JSON, as Go's encoder writes it with its newline, and the JSON merge
// patch that sets it as the annotation.
std::pair<std::string, nlohmann::json> last_applied_patch(const nlohmann::json& manifest);

}  // namespace kctl::cmd
