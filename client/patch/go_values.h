// The Go semantics the strategic merge patch code relies on, for JSON values
// as apimachinery's json.Unmarshal decodes them into interface{}: maps,
// slices, strings, int64 (integral literals), float64, bool and nil.
// Equality, "%v" ordering and de-duplication follow Go's, including the
// quirks the patch algorithms' output depends on.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <string>

#include "client/result.h"

namespace kctl::patch {

using nlohmann::json;

enum class GoType { Map, Slice, String, Int64, Float64, Bool, Nil };

GoType go_type(const json& v);

// Go's interface ==: the same dynamic type and value (int64 1 != float64 1).
// Maps and slices (which Go cannot compare) are compared deeply.
bool go_equal(const json& a, const json& b);
// reflect.DeepEqual.
bool go_deep_equal(const json& a, const json& b);

// fmt.Sprintf("%v", v).
std::string go_string(const json& v);

// strategicpatch's sortScalars: sort.Sort by "%v" with a less that is
// "<=" (sort.StringsAreSorted of the pair).
json sort_scalars(json list);
// strategicpatch's deduplicateScalars: removing a duplicate moves the last
// element into its place.
json deduplicate_scalars(json list);
// sortMapsBasedOnField: sort.Sort by "%v" of each map's `field`.
json sort_maps_by_field(json list, const std::string& field);

// Null fields removed from the objects of `v`, also inside lists
// (strategicpatch's discardNullValuesFromPatch, json-patch's pruneNulls).
void discard_null_fields(json& v);

// sliceElementType: the one type of every element of the lists; an error
// for lists of lists, mixed types or no elements at all.
Result<GoType> slice_element_type(std::initializer_list<const json*> lists);

// Go's sort.SliceStable (insertion sort of blocks of 20, then SymMerge),
// step for step, so that an inconsistent less gives Go's order.
void go_stable_sort(std::ptrdiff_t n, const std::function<bool(std::ptrdiff_t, std::ptrdiff_t)>& less,
                    const std::function<void(std::ptrdiff_t, std::ptrdiff_t)>& swap);

}  // namespace kctl::patch
