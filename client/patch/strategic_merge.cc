#include "client/patch/strategic_merge.h"

#include <vector>

#include "client/patch/directives.h"
#include "client/patch/list_order.h"
#include "client/patch/patch_errors.h"

namespace kctl::patch {

namespace {

// What the caller's Go slice of the original list shows after mergeSlice
// worked on it: deletions shift its items left in place, and appended items
// land in the freed places (the API server's live lists have no spare
// capacity), so later ordering steps see that order.
struct AliasedList {
  json items;
  std::size_t length;
  void erase(std::size_t index) {
    for (std::size_t i = index; i + 1 < length; ++i) items[i] = items[i + 1];
    --length;
  }
  void append(const json& v) {
    if (length < items.size()) items[length++] = v;
    else length = items.size() + 1;  // reallocated: no longer visible
  }
};

Result<json> merge_slice(json original, json patch, const PatchSchema& schema, const std::string& merge_key,
                         const MergeOptions& options, bool is_delete_list, json* caller_view = nullptr);

// applyRetainKeysDirective: clear the fields of `original` the patch's
// $retainKeys list does not name.
Result<> apply_retain_keys(json& original, json& patch, const MergeOptions& options) {
  auto it = patch.find(kRetainKeysDirective);
  if (it == patch.end()) return {};
  json retain = std::move(*it);
  patch.erase(it);
  if (!options.merge_parallel_list) {
    auto in_original = original.find(kRetainKeysDirective);
    if (in_original == original.end()) {
      original[kRetainKeysDirective] = std::move(retain);
    } else if (!go_deep_equal(*in_original, retain)) {
      return patch_error(go_string(*in_original) + " and " + go_string(retain) +
                         " are not deep equal: this may happen when calculating the 3-way diff patch");
    }
    return {};
  }
  if (!retain.is_array()) return bad_retain_keys_format_error();
  auto retained = [&](const std::string& key) {
    for (const json& k : retain)
      if (k.is_string() && k.get_ref<const std::string&>() == key) return true;
    return false;
  };
  for (auto p = patch.begin(); p != patch.end(); ++p) {
    if (p->is_null() || has_prefix(p.key(), kDeleteFromPrimitiveListPrefix) || has_prefix(p.key(), kSetElementOrderPrefix))
      continue;
    if (!retained(p.key())) return bad_retain_keys_format_error();
  }
  std::vector<std::string> cleared;
  for (auto o = original.begin(); o != original.end(); ++o)
    if (!retained(o.key())) cleared.push_back(o.key());
  for (const auto& key : cleared) original.erase(key);
  return {};
}

// validatePatchWithSetOrderList: the patch's items keep the relative order
// of the $setElementOrder list and are all in it.
Result<> validate_patch_with_set_order(const json& patch_list, const json& set_order, const std::string& merge_key) {
  if (set_order.empty() || patch_list.empty()) return {};
  json items = json::array();
  for (const json& v : patch_list) {
    if (!merge_key.empty()) {
      if (!v.is_object()) return bad_arg_type_error(kGoMapType, v);
      auto directive = v.find(kDirectiveMarker);
      if (directive != v.end() && *directive == kDeleteDirective) continue;
    }
    items.push_back(v);
  }
  std::size_t pi = 0, si = 0;
  while (pi < items.size() && si < set_order.size()) {
    if (items[pi].is_object() && items[pi].contains(kDirectiveMarker)) {
      ++pi;
      continue;
    }
    bool equal;
    if (merge_key.empty()) {
      equal = go_equal(items[pi], set_order[si]);
    } else {
      const json &l = items[pi], &r = set_order[si];
      if (!l.is_object()) return bad_arg_type_error(kGoMapType, l);
      if (!r.is_object()) return bad_arg_type_error(kGoMapType, r);
      if (!l.contains(merge_key)) return no_merge_key_error(l, merge_key);
      if (!r.contains(merge_key)) return no_merge_key_error(r, merge_key);
      equal = go_equal(l[merge_key], r[merge_key]);
    }
    if (equal) ++pi;
    ++si;
  }
  if (pi < items.size() && si >= set_order.size())
    return patch_error("The order in patch list:\n" + go_string(patch_list) + "\n doesn't match " +
                       std::string(kSetElementOrderPrefix) + " list:\n" + go_string(set_order) + "\n");
  return {};
}

// mergePatchIntoOriginal: each $setElementOrder list with its list, merged
// and put in order (or, when not applying, carried over to `original`).
Result<> merge_ordered_lists(json& original, json& patch, const PatchSchema& schema, const MergeOptions& options) {
  std::vector<std::string> keys;
  for (auto it = patch.begin(); it != patch.end(); ++it)
    if (has_prefix(it.key(), kSetElementOrderPrefix)) keys.push_back(it.key());
  for (const std::string& key : keys) {
    json set_order = std::move(patch[key]);
    patch.erase(key);
    if (!options.merge_parallel_list) {
      auto existing = original.find(key);
      if (existing == original.end()) original[key] = set_order;
      else if (!go_deep_equal(*existing, set_order)) return bad_set_element_order_format_error();
    }
    if (!set_order.is_array()) return bad_arg_type_error(kGoSliceType, set_order);
    auto field = directive_field(key, kSetElementOrderPrefix);
    if (!field) return field.take_error();
    auto o = original.find(*field);
    auto p = patch.find(*field);
    const bool in_original = o != original.end(), in_patch = p != patch.end();
    json original_list = json::array(), patch_list = json::array();
    if (in_original) {
      if (!o->is_array()) return bad_arg_type_error(kGoSliceType, *o);
      original_list = *o;
    }
    if (in_patch) {
      if (!p->is_array()) return bad_arg_type_error(kGoSliceType, *p);
      patch_list = *p;
    }
    auto lookup = schema.lookup_slice(*field);
    if (!lookup) return lookup.take_error();
    auto strategy = split_patch_strategy(lookup->meta.strategies);
    if (!strategy) return strategy.take_error();
    const std::string& merge_key = lookup->meta.merge_key;
    if (auto valid = validate_patch_with_set_order(patch_list, set_order, merge_key); !valid) return valid.take_error();

    json merged;
    if (!in_original && !in_patch) continue;
    if (in_original && !in_patch) {
      merged = original_list;
    } else if (!in_original) {
      merged = patch_list;
    } else if (strategy->strategy == kMergeDirective) {
      json original_view;
      auto m = merge_slice(original_list, patch_list, lookup->schema, merge_key, options, false, &original_view);
      if (!m) return m.take_error();
      merged = std::move(*m);
      original_list = std::move(original_view);
    } else {
      merged = patch_list;
    }

    Partition parts;
    if (merge_key.empty()) {
      parts = partition_primitives(merged, set_order);
    } else {
      auto p2 = partition_maps(merged, set_order, merge_key);
      if (!p2) return p2.take_error();
      parts = std::move(*p2);
    }
    auto kind = slice_element_type({&original_list, &patch_list});
    if (!kind) return kind.take_error();
    auto both = normalize_element_order(std::move(parts.present), std::move(parts.absent), set_order, original_list,
                                        merge_key, *kind);
    if (!both) return both.take_error();
    original[*field] = std::move(*both);
    patch.erase(*field);
  }
  return {};
}

// mergeSliceWithSpecialElements: "$patch: delete" items remove their
// entries from `original`, "$patch: replace" makes the rest of the patch
// the whole list.
Result<> apply_special_elements(json& original, json& patch, const std::string& merge_key, AliasedList& view) {
  json plain = json::array();
  bool replace = false;
  for (json& v : patch) {
    auto directive = v.find(kDirectiveMarker);
    if (directive == v.end()) {
      plain.push_back(std::move(v));
      continue;
    }
    if (*directive == kDeleteDirective) {
      auto value = v.find(merge_key);
      if (value == v.end()) return no_merge_key_error(v, merge_key);
      while (true) {
        auto found = find_map_by_key(original, merge_key, *value);
        if (!found) return found.take_error();
        if (*found < 0) break;
        original.erase(static_cast<std::size_t>(*found));
        view.erase(static_cast<std::size_t>(*found));
      }
    } else if (*directive == kReplaceDirective) {
      replace = true;
    } else if (*directive == kMergeDirective) {
      return patch_error("merging lists cannot yet be specified in the patch");
    } else {
      return bad_patch_type_error(*directive, v);
    }
  }
  if (replace) {
    original = std::move(plain);
    patch = json::array();
  } else {
    patch = std::move(plain);
  }
  return {};
}

// mergeSliceWithoutSpecialElements: patch maps merged into the original
// map with the same merge key, or appended.
Result<> merge_keyed_elements(json& original, const json& patch, const std::string& merge_key,
                              const PatchSchema& schema, const MergeOptions& options, AliasedList& view) {
  for (const json& v : patch) {
    auto value = v.find(merge_key);
    if (value == v.end()) return no_merge_key_error(v, merge_key);
    auto found = find_map_by_key(original, merge_key, *value);
    if (!found) return found.take_error();
    if (*found < 0) {
      original.push_back(v);
      view.append(v);
      continue;
    }
    auto index = static_cast<std::size_t>(*found);
    auto merged = merge_map(std::move(original[index]), v, schema, options);
    if (!merged) return merged.take_error();
    original[index] = std::move(*merged);
  }
  return {};
}

json delete_from_slice(const json& current, const json& to_delete) {
  json out = json::array();
  for (const json& v : current) {
    bool deleted = false;
    for (const json& d : to_delete) deleted = deleted || go_equal(v, d);
    if (!deleted) out.push_back(v);
  }
  return out;
}

Result<json> merge_slice(json original, json patch, const PatchSchema& schema, const std::string& merge_key,
                         const MergeOptions& options, bool is_delete_list, json* caller_view) {
  AliasedList view{original, original.size()};
  if (caller_view != nullptr) *caller_view = original;
  if (original.empty() && patch.empty()) return original;
  auto kind = slice_element_type({&original, &patch});
  if (!kind) return kind.take_error();
  json merged;
  if (*kind != GoType::Map) {
    if (options.merge_parallel_list && is_delete_list) return delete_from_slice(original, patch);
    merged = original;
    for (const json& v : patch) merged.push_back(v);
    merged = deduplicate_scalars(std::move(merged));
  } else {
    if (merge_key.empty()) return patch_error("cannot merge lists without merge key for " + schema.name());
    if (auto special = apply_special_elements(original, patch, merge_key, view); !special) return special.take_error();
    merged = original;
    if (auto keyed = merge_keyed_elements(merged, patch, merge_key, schema, options, view); !keyed)
      return keyed.take_error();
    if (caller_view != nullptr) *caller_view = view.items;
  }
  Partition parts;
  if (merge_key.empty()) {
    parts = partition_primitives(merged, patch);
  } else {
    auto p = partition_maps(merged, patch, merge_key);
    if (!p) return p.take_error();
    parts = std::move(*p);
  }
  return normalize_element_order(std::move(parts.present), std::move(parts.absent), patch, original, merge_key, *kind);
}

// One field of the patch merged into `original`.
Result<> merge_field(json& original, std::string key, json patch_value, const PatchSchema& schema,
                     const MergeOptions& options) {
  bool is_delete_list = false;
  if (has_prefix(key, kDeleteFromPrimitiveListPrefix)) {
    if (!options.merge_parallel_list) {
      original[key] = std::move(patch_value);
      return {};
    }
    auto field = directive_field(key, kDeleteFromPrimitiveListPrefix);
    if (!field) return field.take_error();
    key = std::move(*field);
    is_delete_list = true;
  }
  if (patch_value.is_null()) {
    original.erase(key);
    if (options.ignore_unmatched_nulls) return {};
  }
  auto current = original.find(key);
  if (current == original.end() || go_type(*current) != go_type(patch_value)) {
    if (!is_delete_list) {
      if (options.ignore_unmatched_nulls) discard_null_fields(patch_value);
      original[key] = std::move(patch_value);
    }
    return {};
  }
  if (current->is_object()) {
    auto lookup = schema.lookup_struct(key);
    if (!lookup) return lookup.take_error();
    auto strategy = split_patch_strategy(lookup->meta.strategies);
    if (!strategy) return strategy.take_error();
    if (strategy->strategy == kReplaceDirective) {
      *current = std::move(patch_value);
      return {};
    }
    auto merged = merge_map(std::move(*current), std::move(patch_value), lookup->schema, options);
    if (!merged) return merged.take_error();
    original[key] = std::move(*merged);
    return {};
  }
  if (current->is_array()) {
    auto lookup = schema.lookup_slice(key);
    if (!lookup) return lookup.take_error();
    auto strategy = split_patch_strategy(lookup->meta.strategies);
    if (!strategy) return strategy.take_error();
    if (strategy->strategy != kMergeDirective) {
      *current = std::move(patch_value);
      return {};
    }
    auto merged = merge_slice(std::move(*current), std::move(patch_value), lookup->schema, lookup->meta.merge_key,
                              options, is_delete_list);
    if (!merged) return merged.take_error();
    original[key] = std::move(*merged);
    return {};
  }
  *current = std::move(patch_value);
  return {};
}

}  // namespace

Result<json> merge_map(json original, json patch, const PatchSchema& schema, const MergeOptions& options) {
  if (auto directive = patch.find(kDirectiveMarker); directive != patch.end()) {
    if (*directive == kReplaceDirective) {
      patch.erase(kDirectiveMarker);
      return patch;
    }
    if (*directive == kDeleteDirective) return json::object();
    return bad_patch_type_error(*directive, patch);
  }
  if (original.is_null()) original = json::object();
  if (auto retained = apply_retain_keys(original, patch, options); !retained) return retained.take_error();
  if (auto ordered = merge_ordered_lists(original, patch, schema, options); !ordered) return ordered.take_error();
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    if (auto merged = merge_field(original, it.key(), std::move(*it), schema, options); !merged)
      return merged.take_error();
  }
  return original;
}

}  // namespace kctl::patch
