// diffMaps of apimachinery's strategicpatch: the strategic merge patch
// from one object to another, with the options the two-way and three-way
// patches use.
#pragma once

#include "client/patch/go_values.h"
#include "client/patch/patch_schema.h"
#include "client/result.h"

namespace kctl::patch {

struct DiffOptions {
  bool set_element_order = false;             // emit $setElementOrder lists
  bool ignore_changes_and_additions = false;  // keep only deletions
  bool ignore_deletions = false;              // keep only changes and additions
  bool build_retain_keys_directive = false;   // set for retainKeys fields
};

// `original` and `modified` are objects.
Result<json> diff_maps(const json& original, const json& modified, const PatchSchema& schema, DiffOptions options);

}  // namespace kctl::patch
