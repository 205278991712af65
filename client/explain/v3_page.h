// The body of kubectl's v3 explain page below the KIND/VERSION header (the
// template's "output"): the field path is followed through properties,
// array items, map values and allOf alternatives; the page of the field it
// ends at is its FIELD line (when there is a path), its DESCRIPTION (the
// descriptions of the schema and of what it refers to) and its FIELDS.
// Empty when the path leads nowhere.
#pragma once

#include <span>
#include <string>

#include "client/explain/v3_fields.h"

namespace kctl::explain {

std::string v3_page(V3Render& render, const Json* schema, std::span<const std::string> path,
                    const RefHistory& history);

}  // namespace kctl::explain
