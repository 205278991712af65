// The value of a Kubernetes resource quantity ("100m", "5Gi", "1e3"), for
// --sort-by, which orders two strings by quantity when both parse as one.
#pragma once

#include <optional>
#include <string_view>

namespace kctl::printers {

// nullopt when resource.ParseQuantity would reject the text.
std::optional<long double> parse_quantity(std::string_view text);

}  // namespace kctl::printers
