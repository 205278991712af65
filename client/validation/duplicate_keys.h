// kubectl's NoDoubleKeySchema: a JSON manifest's metadata.labels and
// metadata.annotations must not repeat a key (a decoder would silently
// keep the last value).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kctl::validation {

// "duplicate key: K" for the first repeated key of the labels, then of the
// annotations, of one JSON document's text; none for text that is not JSON.
std::vector<std::string> duplicate_key_errors(std::string_view json_text);

}  // namespace kctl::validation
