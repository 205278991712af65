// kubectl's RelaxedJSONPathExpression (custom-columns and --sort-by fields):
// "a.b", ".a.b", "{a.b}" and "{.a.b}" all become "{.a.b}".
#pragma once

#include <string>
#include <string_view>

#include "client/result.h"

namespace kctl::printers {

// An empty field stays empty. Error: kubectl's "unexpected path string, ...".
Result<std::string> relaxed_jsonpath(std::string_view field);

}  // namespace kctl::printers
