// kubectl get -o custom-columns=... and -o custom-columns-file=...: the
// column specs and the cells of one object's row.
#pragma once

#include <nlohmann/json.hpp>

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "client/printers/jsonpath.h"
#include "client/result.h"

namespace kctl::printers {

struct CustomColumns {
  std::vector<std::string> headers;
  std::vector<std::string> fields;  // the relaxed templates, "{.metadata.name}"
  std::vector<JsonPath> paths;      // parsed, missing keys allowed
};

// "NAME:.metadata.name,NS:.metadata.namespace". Errors are kubectl's: an
// empty spec, a part without ':', a bad field (relaxed_jsonpath), then a
// template that does not parse (client-go's text; kubectl reports that one
// only when it prints the first object).
Result<CustomColumns> parse_custom_columns(std::string_view spec);

// The template file: a line of headers, then a line of field specs, both
// separated by whitespace.
Result<CustomColumns> read_custom_columns_file(std::istream& in);

// One row's cells for one object: "<none>" when a column finds nothing,
// several values joined by ",", each as Go's fmt.Sprint prints it with
// ESC and CR made visible ("^[", "\r").
Result<std::vector<std::string>> custom_columns_row(const CustomColumns& columns, const nlohmann::json& object);

}  // namespace kctl::printers
