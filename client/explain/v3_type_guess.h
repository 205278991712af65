// The type kubectl's v3 explain shows in angle brackets (the template's
// "typeGuess"): "string", "Object", "[]Container", "map[string]Quantity";
// a referenced object shows the last part of its schema name.
#pragma once

#include <string>

#include "client/explain/v3_render.h"

namespace kctl::explain {

// An empty `schema` makes kubectl's template fail: that is recorded in
// `render` (with only the innermost of the messages Go's template package
// nests around it) and the type is empty.
std::string v3_type_guess(V3Render& render, const Json* schema);

}  // namespace kctl::explain
