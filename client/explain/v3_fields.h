// The FIELDS list of kubectl's v3 explain page (the template's "fieldList"
// and "fieldDetail"): each property of an object, with its type, -required-
// and enum values, then either its description or, with --recursive, the
// fields below it, indented two spaces a level. Arrays, maps and allOf
// lists are looked through; a reference already followed on the way down
// is not followed again.
#pragma once

#include <string>

#include "client/explain/v3_render.h"

namespace kctl::explain {

std::string v3_field_list(V3Render& render, const Json* schema, int level, const RefHistory& history);

}  // namespace kctl::explain
