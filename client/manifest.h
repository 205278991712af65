// Decoding manifests (-f): YAML with several documents, or JSON objects,
// into API objects as kubectl's YAMLOrJSONDecoder reads them; a `kind:
// List` is flattened into its items.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
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

// Checks a document as it was read, before it is decoded or flattened
// (kubectl's schema validation).
using DocumentCheck = std::function<Result<>(const nlohmann::json& document)>;

struct CheckedManifest {
  std::vector<ManifestObject> objects;  // the documents before a refused one
  // The check's refusal, as kubectl words it ("error validating \"f.yaml\":
  // ..."); it ends the source, as kubectl reads no further.
  std::optional<Error> refused;
};

// decode_manifest with each document passed to `check` (when set) first.
Result<CheckedManifest> decode_checked_manifest(std::string_view text, const std::string& source,
                                                const DocumentCheck& check);

}  // namespace kctl::client
