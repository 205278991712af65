#include "client/patch/strategic_diff.h"

#include "client/patch/directives.h"
#include "client/patch/list_order.h"
#include "client/patch/patch_errors.h"

namespace kctl::patch {

namespace {

void replace_if_not_equal(const std::string& key, const json& original, const json& modified, json& patch,
                          const DiffOptions& options) {
  if (!options.ignore_changes_and_additions && !go_deep_equal(original, modified)) patch[key] = modified;
}

// Whether `original` has a non-null field that `modified` lacks.
bool has_additional_new_field(const json& original, const json& modified) {
  for (auto it = original.begin(); it != original.end(); ++it)
    if (!it->is_null() && !modified.contains(it.key())) return true;
  return false;
}

struct ListDiff {
  json patch = json::array();
  json deletions = json::array();
  json order = json::array();
};

// The maps of two lists paired by merge key, after sorting both by it.
Result<ListDiff> diff_lists_of_maps(const json& original, const json& modified, const PatchSchema& schema,
                                    const std::string& merge_key, const DiffOptions& options) {
  ListDiff out;
  const json original_sorted = sort_maps_by_field(original, merge_key);
  const json modified_sorted = sort_maps_by_field(modified, merge_key);
  std::size_t oi = 0, mi = 0;
  while (oi < original_sorted.size() || mi < modified_sorted.size()) {
    const bool o_in = oi < original_sorted.size(), m_in = mi < modified_sorted.size();
    json o_key, m_key;
    std::string o_str, m_str;
    if (o_in) {
      const json& element = original_sorted[oi];
      auto it = element.find(merge_key);
      if (it == element.end()) return no_merge_key_error(element, merge_key);
      o_key = *it;
      o_str = go_string(o_key);
    }
    if (m_in) {
      const json& element = modified_sorted[mi];
      auto it = element.find(merge_key);
      if (it == element.end()) return no_merge_key_error(element, merge_key);
      m_key = *it;
      m_str = go_string(m_key);
    }
    if (o_in && m_in && o_str == m_str) {
      auto value = diff_maps(original_sorted[oi], modified_sorted[mi], schema, options);
      if (!value) return value.take_error();
      if (!value->empty()) {
        (*value)[merge_key] = m_key;
        out.patch.push_back(std::move(*value));
      }
      ++oi;
      ++mi;
    } else if (!o_in || (m_in && o_str > m_str)) {
      if (!options.ignore_changes_and_additions) out.patch.push_back(modified_sorted[mi]);
      ++mi;
    } else {
      if (!options.ignore_deletions) out.deletions.push_back({{merge_key, o_key}, {kDirectiveMarker, kDeleteDirective}});
      ++oi;
    }
  }
  return out;
}

struct ScalarDiff {
  json additions = json::array();
  json deletions = json::array();
  json original_sorted;
};

// Both lists sorted by "%v", then walked together.
ScalarDiff diff_lists_of_scalars(const json& original, const json& modified, const DiffOptions& options) {
  ScalarDiff out;
  out.original_sorted = sort_scalars(original);
  const json modified_sorted = sort_scalars(modified);
  const json& o = out.original_sorted;
  std::size_t oi = 0, mi = 0;
  while (oi < o.size() || mi < modified_sorted.size()) {
    const bool o_in = oi < o.size(), m_in = mi < modified_sorted.size();
    const std::string o_str = o_in ? go_string(o[oi]) : "", m_str = m_in ? go_string(modified_sorted[mi]) : "";
    if (o_in && m_in && o_str == m_str) {
      ++oi;
      ++mi;
    } else if (!o_in || (m_in && o_str > m_str)) {
      if (!options.ignore_changes_and_additions) out.additions.push_back(modified_sorted[mi]);
      ++mi;
    } else {
      if (!options.ignore_deletions) out.deletions.push_back(o[oi]);
      ++oi;
    }
  }
  out.deletions = deduplicate_scalars(std::move(out.deletions));
  return out;
}

Result<bool> is_order_same(const json& original, const json& modified, const std::string& merge_key) {
  if (original.size() != modified.size()) return false;
  for (std::size_t i = 0; i < modified.size(); ++i) {
    const json &o = original[i], &m = modified[i];
    if (merge_key.empty()) {
      if (!go_equal(o, m)) return false;
      continue;
    }
    if (!o.is_object()) return bad_arg_type_error(kGoMapType, o);
    if (!m.is_object()) return bad_arg_type_error(kGoMapType, m);
    auto ok = o.find(merge_key), mk = m.find(merge_key);
    if (ok == o.end()) return no_merge_key_error(o, merge_key);
    if (mk == m.end()) return no_merge_key_error(m, merge_key);
    if (!go_equal(*ok, *mk)) return false;
  }
  return true;
}

// diffLists: the additions and changes, the deletions of primitives and
// the $setElementOrder list of a merging list.
Result<ListDiff> diff_lists(const json& original, const json& modified, const PatchSchema& schema,
                            const std::string& merge_key, const DiffOptions& options) {
  ListDiff out;
  if (original.empty()) {
    if (!modified.empty() && !options.ignore_changes_and_additions) out.patch = modified;
    return out;
  }
  auto kind = slice_element_type({&original, &modified});
  if (!kind) return kind.take_error();
  if (*kind == GoType::Map) {
    auto diff = diff_lists_of_maps(original, modified, schema, merge_key, options);
    if (!diff) return diff.take_error();
    auto ordered = normalize_slice_order(std::move(diff->patch), modified, merge_key, *kind);
    if (!ordered) return ordered.take_error();
    auto same = is_order_same(original, modified, merge_key);
    if (!same) return same.take_error();
    out.patch = std::move(*ordered);
    for (json& d : diff->deletions) out.patch.push_back(std::move(d));
    const bool changed = !out.patch.empty();
    if (options.set_element_order && ((!options.ignore_changes_and_additions && (changed || !*same)) ||
                                      (!options.ignore_deletions && changed))) {
      for (const json& v : modified) {
        auto key = v.find(merge_key);
        out.order.push_back({{merge_key, key == v.end() ? json(nullptr) : *key}});
      }
    }
    return out;
  }
  ScalarDiff diff = diff_lists_of_scalars(original, modified, options);
  auto ordered = normalize_slice_order(std::move(diff.additions), modified, merge_key, *kind);
  if (!ordered) return ordered.take_error();
  out.patch = std::move(*ordered);
  out.deletions = std::move(diff.deletions);
  // Go sorts `original` in place before this comparison, so an unchanged
  // list that is not in "%v" order still gets a $setElementOrder list.
  if (options.set_element_order &&
      ((!options.ignore_deletions && !out.deletions.empty()) ||
       (!options.ignore_changes_and_additions && !go_deep_equal(diff.original_sorted, modified))))
    out.order = modified;
  return out;
}

Result<> handle_map_diff(const std::string& key, const json& original, const json& modified, json& patch,
                         const PatchSchema& schema, DiffOptions options) {
  auto lookup = schema.lookup_struct(key);
  if (!lookup) {
    if (go_deep_equal(original, modified)) return {};
    return lookup.take_error();
  }
  auto strategy = split_patch_strategy(lookup->meta.strategies);
  if (!strategy) return strategy.take_error();
  options.build_retain_keys_directive = strategy->retain_keys;
  if (strategy->strategy == kReplaceDirective) {
    if (!options.ignore_changes_and_additions) patch[key] = modified;
    return {};
  }
  auto value = diff_maps(original, modified, lookup->schema, options);
  if (!value) return value.take_error();
  if (!value->empty()) patch[key] = std::move(*value);
  return {};
}

Result<> handle_slice_diff(const std::string& key, const json& original, const json& modified, json& patch,
                           const PatchSchema& schema, DiffOptions options) {
  auto lookup = schema.lookup_slice(key);
  if (!lookup) {
    if (go_deep_equal(original, modified)) return {};
    return lookup.take_error();
  }
  auto strategy = split_patch_strategy(lookup->meta.strategies);
  if (!strategy) return strategy.take_error();
  if (strategy->strategy != kMergeDirective) {
    replace_if_not_equal(key, original, modified, patch, options);
    return {};
  }
  options.build_retain_keys_directive = strategy->retain_keys;
  auto diff = diff_lists(original, modified, lookup->schema, lookup->meta.merge_key, options);
  if (!diff) return diff.take_error();
  if (!diff->patch.empty()) patch[key] = std::move(diff->patch);
  if (!diff->deletions.empty())
    patch[std::string(kDeleteFromPrimitiveListPrefix) + "/" + key] = std::move(diff->deletions);
  if (!diff->order.empty()) patch[std::string(kSetElementOrderPrefix) + "/" + key] = std::move(diff->order);
  return {};
}

}  // namespace

Result<json> diff_maps(const json& original, const json& modified, const PatchSchema& schema, DiffOptions options) {
  json patch = json::object();
  json retain_keys = json::array();
  for (auto it = modified.begin(); it != modified.end(); ++it) {
    const std::string& key = it.key();
    const json& mv = *it;
    if (options.build_retain_keys_directive && !mv.is_null()) retain_keys.push_back(key);
    auto found = original.find(key);
    if (found == original.end()) {
      if (!options.ignore_changes_and_additions) patch[key] = mv;
      continue;
    }
    const json& ov = *found;
    if (key == kDirectiveMarker) {
      if (!ov.is_string() || !mv.is_string())
        return patch_error(std::string("invalid value for special key: ") + kDirectiveMarker);
      if (ov != mv) patch[key] = mv;
      continue;
    }
    if (go_type(ov) != go_type(mv)) {
      if (!options.ignore_changes_and_additions) patch[key] = mv;
      continue;
    }
    Result<> handled;
    if (ov.is_object()) handled = handle_map_diff(key, ov, mv, patch, schema, options);
    else if (ov.is_array()) handled = handle_slice_diff(key, ov, mv, patch, schema, options);
    else replace_if_not_equal(key, ov, mv, patch, options);
    if (!handled) return handled.take_error();
  }
  if (!options.ignore_deletions)
    for (auto it = original.begin(); it != original.end(); ++it)
      if (!modified.contains(it.key())) patch[it.key()] = nullptr;
  if (!retain_keys.empty() && (!patch.empty() || has_additional_new_field(original, modified)))
    patch[kRetainKeysDirective] = sort_scalars(std::move(retain_keys));
  return patch;
}

}  // namespace kctl::patch
