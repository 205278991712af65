// Parsing a JSON document while leaving out the subtrees nobody will read.
// A page of 500 pods as a server table is 1.6 MB, and 83% of each row is
// the object's managedFields: not building those into a DOM halves the
// client's work per page. The text is still lexed in full (and so still
// validated); only the allocations for the pruned values are saved.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kctl::client {

// A path of object keys from the document's root; "*" stands for any
// array index. {"items", "*", "metadata", "managedFields"} prunes every
// list item's managedFields.
using JsonPath = std::vector<std::string>;

// The document without the values at `pruned` (at most 32 paths), or
// nullopt when `text` is not valid JSON.
std::optional<nlohmann::json> parse_json_pruned(std::string_view text, const std::vector<JsonPath>& pruned);

// Where managedFields sit in an object, a list of objects and a server
// table of objects (rows[].object).
const std::vector<JsonPath>& managed_fields_paths();

}  // namespace kctl::client
