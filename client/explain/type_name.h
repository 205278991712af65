// The type kubectl explain shows in angle brackets: "string", "Object",
// "[]Object", "map[string]string"; empty for an arbitrary value.
#pragma once

#include <string>

#include "client/explain/schema.h"

namespace kctl::explain {

std::string type_name(const Schema& schema);

}  // namespace kctl::explain
