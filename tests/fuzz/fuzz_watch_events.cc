// The watch stream decoder (get -w, wait, rollout status, debug's attach
// wait): newline-delimited events fed in pieces, ERROR events turned into
// their Status error, the handler stopping now and then.
#include "client/watch_decoder.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kctl::client::WatchEventDecoder decoder;
  std::size_t events = 0;
  const kctl::client::WatchHandler handler = [&](const std::string& type, const nlohmann::json& object) {
    (void)object.dump();
    return !(type == "DELETED" && ++events % 3 == 0);
  };
  kctl::fuzz::feed_in_pieces(kctl::fuzz::as_text(data, size), [&](std::string_view piece) {
    auto fed = decoder.feed(piece, handler);
    return fed && *fed;
  });
  return 0;
}
