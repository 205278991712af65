// The enum values kubectl's v3 explain shows (the template's
// "extractEnum"): after a field's type in a field list, at most four and
// then ", ....":
//   color	<string>
//   enum: "", Red, Green, Blue, ....
// and all of them, one a line, under the FIELD line of a field's own page.
// An empty string shows as "".
#pragma once

#include <string>

#include "client/explain/openapi_v3_schema.h"

namespace kctl::explain {

// "\n" + indent + "enum: a, b"; empty without enum values.
std::string v3_enum_short(const Json* schema, int indent);

// "ENUM:" + "\n    a" for each value; empty without enum values.
std::string v3_enum_long(const Json* schema);

}  // namespace kctl::explain
