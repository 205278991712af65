// Decoding manifests (-f): YAML with several documents, or JSON objects,
// into API objects as kubectl's YAMLOrJSONDecoder reads them; a `kind:
// List` is flattened into its items.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "client/result.h"

namespace kctl::client {

struct ManifestObject {
  nlohmann::json object;
  std::string source;  // the file (or "STDIN") it came from
};

// `source` names the input in errors. Empty documents are skipped; an
// object without apiVersion or kind is kubectl's decode error.
Result<std::vector<ManifestObject>> decode_manifest(std::string_view text, const std::string& source);

}  // namespace kctl::client
