// Small text helpers of kubectl's v3 explain template.
#pragma once

#include <string>

#include "client/explain/openapi_v3_schema.h"

namespace kctl::explain {

// The template's "indent": `amount` spaces before the text and after each
// of its line breaks (so a trailing break leaves an indented empty line).
std::string v3_indent(const std::string& text, int amount);

// A value as the template prints it: strings as they are, other values in
// Go's %v.
std::string v3_printed(const Json& value);

}  // namespace kctl::explain
