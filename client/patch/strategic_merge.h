// mergeMap of apimachinery's strategicpatch: a strategic merge patch
// applied to an object (the server's StrategicMergePatch), or two patches
// merged into one (the last step of CreateThreeWayMergePatch).
#pragma once

#include "client/patch/go_values.h"
#include "client/patch/patch_schema.h"
#include "client/result.h"

namespace kctl::patch {

struct MergeOptions {
  // Apply the parallel lists ($deleteFromPrimitiveList, $setElementOrder,
  // $retainKeys) instead of carrying them over: true when applying a patch.
  bool merge_parallel_list = false;
  // Drop null fields of the patch that match nothing: true when applying.
  bool ignore_unmatched_nulls = false;
};

// `original` is an object or null, `patch` an object.
Result<json> merge_map(json original, json patch, const PatchSchema& schema, const MergeOptions& options);

}  // namespace kctl::patch
