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

// A document as it was read, before it is decoded or flattened.
struct ManifestDocument {
  nlohmann::json object;
  // The document's own text when the input is JSON, where kubectl looks
  // for duplicate keys (a YAML document's are a parse error); else empty.
  std::string json_text;
};

// Checks each document before it is decoded (kubectl's schema validation).
using DocumentCheck = std::function<Result<>(const ManifestDocument& document)>;

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
