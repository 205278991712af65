// JSON text as Go's encoding/json MarshalIndent prints it (kubectl -o json):
// 4-space indent, "<", ">", "&" escaped as \u003c \u003e \u0026, integers
// without a fraction, empty objects and arrays as {} and [].
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace kctl::printers {

std::string to_go_json(const nlohmann::ordered_json& value, int indent = 4);

}  // namespace kctl::printers
