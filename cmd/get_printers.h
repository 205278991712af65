// Between get's generic path and its template printers (cmd/get_templates.cc).
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <vector>

#include "client/result.h"
#include "cmd/get_options.h"

namespace kctl::cmd {

// -o jsonpath..., custom-columns...
bool is_template_output(const std::string& output);

// kubectl's error for "-o jsonpath" or "-o custom-columns=" without a template.
Result<> check_template_given(const std::string& output);

// Prints collected items (or the one object when `single`): sorted by
// --sort-by, through the template or generic printer -o asks for. Items
// are moved out of `items`.
Result<> print_collected(const GetOptions& o, std::vector<nlohmann::json>& items, bool single, std::ostream& out);

}  // namespace kctl::cmd
