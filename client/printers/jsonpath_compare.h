// The comparisons of JSONPath filters ([?(@.x < 3)]): Go text/template's
// eq/ne/lt/le/gt/ge as client-go uses them, with their errors.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "client/result.h"

namespace kctl::printers {

// `op` is the filter's operator text; an unknown one is an error. A nullptr
// operand is Go's invalid value.
Result<bool> compare_filter_values(const std::string& op, const nlohmann::json* left, const nlohmann::json* right);

}  // namespace kctl::printers
