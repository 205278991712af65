// Go's fmt %v of a value decoded from JSON into interface{}, as kubectl's
// generic describer prints unstructured content: "<nil>", true, 3, 1.5,
// 1e+06, [a b], map[k:v].
#pragma once

#include <string>

#include "client/describe/json_access.h"

namespace kctl::describe {

std::string go_value(const json& v);
// strconv.FormatFloat(f, 'g', -1, 64) as %v uses it.
std::string go_float(double f);

}  // namespace kctl::describe
