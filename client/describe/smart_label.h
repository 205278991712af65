// kubectl's smartLabelFor: a JSON field name as a describe label
// ("apiVersion" -> "API Version", "podIPs" -> "Pod I Ps").
#pragma once

#include <string>

namespace kctl::describe {

std::string smart_label(const std::string& field);

}  // namespace kctl::describe
