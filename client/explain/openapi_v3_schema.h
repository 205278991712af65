// Reading an OpenAPI v3 document the way kubectl's explain template does:
// the document stays a JSON tree, a missing key reads as nothing, and a
// condition is Go template truth (no empty strings, lists or maps).
#pragma once

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <string_view>

namespace kctl::explain {

using Json = nlohmann::json;

// Go template truth of a value: false for null, false, 0, "" and empty
// lists and maps.
bool truthy(const Json* value);

// value[key] when value is an object that has it; null otherwise.
const Json* member(const Json* value, std::string_view key);

// The schema a "#/components/schemas/Name" reference names in `document`;
// null for anything else (kubectl's resolveRef).
const Json* resolve_ref(const Json* ref, const Json& document);

// `schema`'s "$ref" resolved, or `schema` itself.
const Json* resolved(const Json* schema, const Json& document);

// The additionalProperties schema of a map, null for `true`/`false`.
const Json* map_values(const Json* schema);

// The "$ref" strings seen on the way down; the template stops at a
// reference it has already followed.
using RefHistory = std::set<std::string>;

// `schema`'s "$ref", or "" when it has none.
std::string ref_of(const Json* schema);

}  // namespace kctl::explain
