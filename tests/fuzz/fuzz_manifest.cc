// Manifest decoding for apply/create/delete -f: multi-document YAML and
// JSON (including JSON's duplicate-key check), errors naming the source.
#include "client/manifest.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto text = kctl::fuzz::as_text(data, size);
  auto objects = kctl::client::decode_manifest(text, "/fuzz/manifest.yaml");
  if (objects)
    for (const auto& o : *objects) (void)o.object.dump();
  (void)kctl::client::decode_checked_manifest(text, "/fuzz/manifest.yaml", {});
  return 0;
}
