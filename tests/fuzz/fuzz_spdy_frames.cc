// SPDY/3.1 frames as a server sends them (exec, attach, cp, port-forward),
// fed in pieces: framing, control-frame payloads and the zlib-compressed
// header blocks (with SPDY's dictionary) decoded by one session's reader.
#include "stream/spdy_frame.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kctl::stream::spdy::FrameReader reader;
  kctl::fuzz::feed_in_pieces(kctl::fuzz::as_text(data, size), [&](std::string_view piece) {
    reader.feed(piece);
    for (;;) {
      auto frame = reader.next();
      if (!frame) return false;  // fatal for the session: stop, as it does
      if (!*frame) return true;  // needs more bytes
    }
  });
  return 0;
}
