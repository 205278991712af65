// JSON merge patches (RFC 7386), which kubectl apply sends for kinds it
// has no strategic merge metadata for (custom resources):
// apimachinery's jsonmergepatch.CreateThreeWayJSONMergePatch on top of
// evanphx/json-patch's CreateMergePatch and MergePatch.
#pragma once

#include <nlohmann/json.hpp>

#include "client/result.h"

namespace kctl::patch {

// The merge patch that turns `original` into `modified` (objects): changed
// and added fields with their new values, removed fields as null, lists
// replaced whole.
nlohmann::json create_merge_patch(const nlohmann::json& original, const nlohmann::json& modified);

// RFC 7386: `patch` applied to `target`.
nlohmann::json apply_merge_patch(const nlohmann::json& target, const nlohmann::json& patch);

// The additions and changes from `current` to `modified` plus the
// deletions from `original` to `modified`; a conflict between the two is
// an error. Null documents count as {}.
Result<nlohmann::json> create_three_way_json_merge_patch(const nlohmann::json& original,
                                                         const nlohmann::json& modified,
                                                         const nlohmann::json& current);

// kubectl's preconditions on that patch: apiVersion, kind and
// metadata.name must not change ("precondition failed for: ...").
Result<> check_identity_unchanged(const nlohmann::json& patch);

}  // namespace kctl::patch
