#include "client/patch/strategic_patch.h"

#include "client/patch/patch_errors.h"
#include "client/patch/strategic_diff.h"
#include "client/patch/strategic_merge.h"

namespace kctl::patch {

namespace {

// A document as json.Unmarshal into a map reads it: null is {}, anything
// but an object is an invalid document.
Result<json> as_map(const json& doc) {
  if (doc.is_null()) return json::object();
  if (!doc.is_object()) return bad_json_doc_error();
  return doc;
}

}  // namespace

Result<json> create_three_way_merge_patch(const json& original, const json& modified, const json& current,
                                          const PatchSchema& schema, bool overwrite) {
  if (!overwrite) return patch_error("three-way merge patches are only computed with overwrite=true");
  auto o = as_map(original), m = as_map(modified), c = as_map(current);
  if (!o || !m || !c) return bad_json_doc_error();
  // The changes and additions from current to modified, plus the
  // deletions from original to modified, merged into one patch.
  DiffOptions delta_options;
  delta_options.ignore_deletions = true;
  delta_options.set_element_order = true;
  auto delta = diff_maps(*c, *m, schema, delta_options);
  if (!delta) return delta.take_error();
  DiffOptions deletions_options;
  deletions_options.set_element_order = true;
  deletions_options.ignore_changes_and_additions = true;
  auto deletions = diff_maps(*o, *m, schema, deletions_options);
  if (!deletions) return deletions.take_error();
  return merge_map(std::move(*deletions), std::move(*delta), schema, MergeOptions{});
}

Result<json> create_two_way_merge_patch(const json& original, const json& modified, const PatchSchema& schema) {
  auto o = as_map(original), m = as_map(modified);
  if (!o || !m) return bad_json_doc_error();
  DiffOptions options;
  options.set_element_order = true;
  return diff_maps(*o, *m, schema, options);
}

Result<json> strategic_merge_patch(const json& original, const json& patch, const PatchSchema& schema) {
  auto o = as_map(original), p = as_map(patch);
  if (!o || !p) return bad_json_doc_error();
  MergeOptions options;
  options.merge_parallel_list = true;
  options.ignore_unmatched_nulls = true;
  return merge_map(std::move(*o), std::move(*p), schema, options);
}

}  // namespace kctl::patch
