// Between get's generic path and its template printers (cmd/get_templates.cc).
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <vector>

#include "client/printers/custom_columns.h"
#include "client/printers/jsonpath.h"
#include "client/result.h"
#include "cmd/get_options.h"

namespace kctl::cmd {

// -o jsonpath..., custom-columns...
bool is_template_output(const std::string& output);

// kubectl's error for "-o jsonpath" or "-o custom-columns=" without a template.
Result<> check_template_given(const std::string& output);

// -o jsonpath=T / jsonpath-file=F: the parsed template and its text.
struct JsonPathOutput {
  printers::JsonPath path;
  std::string text;
};
Result<JsonPathOutput> jsonpath_output(const GetOptions& o);

// What kubectl's JSONPathPrinter writes for `data`, or its error text.
Result<> print_jsonpath(const JsonPathOutput& output, const nlohmann::json& data, std::ostream& out);

// -o custom-columns=SPEC / custom-columns-file=F, parsed.
Result<printers::CustomColumns> custom_columns_output(const GetOptions& o);

// Prints collected items (or the one object when `single`): sorted by
// --sort-by, through the template or generic printer -o asks for. Items
// are moved out of `items`.
Result<> print_collected(const GetOptions& o, std::vector<nlohmann::json>& items, bool single, std::ostream& out);

}  // namespace kctl::cmd
