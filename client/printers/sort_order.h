// kubectl get --sort-by: the order of objects by the value a JSONPath field
// finds in each (kubectl/pkg/cmd/get/sorter.go).
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>
#include <vector>

#include "client/result.h"

namespace kctl::printers {

// Positions into `objects` in sorted order (RuntimeSort, used for -o json,
// yaml, name, jsonpath, custom-columns): `field` is relaxed first (its error
// returned as is), must be found in at least one object ("couldn't find any
// field with path \"{.x}\" in the list of objects"); objects without the
// value sort first; numbers compare as numbers, strings as quantities when
// both parse as one, else in byte order. Values of different or
// unsortable types are kubectl's fatal "Field {.x} in
// *unstructured.Unstructured is an unsortable type: ..." (which kubectl
// prints through klog and exits 1). No objects: no error.
Result<std::vector<std::size_t>> sort_order(const std::vector<const nlohmann::json*>& objects, std::string_view field);

// The same for the server's table rows (TableSorter, used for the default
// table output): a field relaxed_jsonpath rejects is used as given, a parse
// error reads "sorting error: <text>", and one row or none is left as is.
Result<std::vector<std::size_t>> sort_table_rows_order(const std::vector<const nlohmann::json*>& row_objects,
                                                       std::string_view field);

}  // namespace kctl::printers
