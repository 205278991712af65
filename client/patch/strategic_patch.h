// Strategic merge patches as kubectl's client-side apply computes them
// (apimachinery's strategicpatch.CreateThreeWayMergePatch) and as the API
// server applies them (StrategicMergePatch). Pure functions on JSON values;
// the patch metadata of each field comes from a PatchSchema (the server's
// OpenAPI v2 definitions).
#pragma once

#include <nlohmann/json.hpp>

#include "client/patch/patch_schema.h"
#include "client/result.h"

namespace kctl::patch {

// The patch that turns `current` (the live object) into `modified` (the
// manifest being applied) while deleting what `original` (the
// last-applied-configuration) had and `modified` no longer has; fields
// changed by others and absent from `modified` and `original` are left
// alone. Null documents count as {}. Only overwrite=true (kubectl apply's
// behaviour) is supported; false is an error.
Result<nlohmann::json> create_three_way_merge_patch(const nlohmann::json& original, const nlohmann::json& modified,
                                                    const nlohmann::json& current, const PatchSchema& schema,
                                                    bool overwrite = true);

// The patch that turns `original` into `modified` (CreateTwoWayMergePatch).
Result<nlohmann::json> create_two_way_merge_patch(const nlohmann::json& original, const nlohmann::json& modified,
                                                  const PatchSchema& schema);

// `patch` applied to `original`, directives included ($patch,
// $setElementOrder, $deleteFromPrimitiveList, $retainKeys), as the API
// server's StrategicMergePatch does.
Result<nlohmann::json> strategic_merge_patch(const nlohmann::json& original, const nlohmann::json& patch,
                                             const PatchSchema& schema);

}  // namespace kctl::patch
