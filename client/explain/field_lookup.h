// Follows a field path (spec, containers, image) down a resource's schema,
// as kubectl explain does: arrays, maps and references are passed through
// without using a path element, and a primitive or arbitrary value ends
// the walk even when path elements remain.
#pragma once

#include <string>
#include <vector>

#include "client/explain/schema.h"
#include "client/result.h"

namespace kctl::explain {

// The schema at `path`; `field "x" does not exist` when an object has no
// such field.
Result<const Schema*> lookup_field(const Schema& root, const std::vector<std::string>& path);

}  // namespace kctl::explain
