// Parses kubectl's JSONPath templates as client-go's util/jsonpath parser
// does, with its error texts ("unclosed action", "unterminated array", ...).
#pragma once

#include <string_view>

#include "client/printers/jsonpath_node.h"
#include "client/result.h"

namespace kctl::printers {

// The template's root List: Text nodes and one List per {action}.
Result<JsonPathNode> parse_jsonpath_template(std::string_view text);

}  // namespace kctl::printers
