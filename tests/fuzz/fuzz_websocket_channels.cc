// WebSocket messages from the server (exec/attach/cp over v4/v5): RFC 6455
// framing with fragments and control frames, then the channel byte, v5's
// CLOSE signal, and the status on the error channel, read as v4/v5 JSON
// and as v1-v3 text.
#include "stream/channel_protocol.h"
#include "stream/websocket_frame.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kctl::stream;
  ws::FrameParser parser;
  kctl::fuzz::feed_in_pieces(kctl::fuzz::as_text(data, size), [&](std::string_view piece) {
    parser.feed(piece);
    for (;;) {
      auto message = parser.next();
      if (!message) return false;
      if (!*message) return true;
      const auto& m = **message;
      if (m.opcode == ws::Opcode::Close) {
        (void)ws::close_code(m.payload);
        continue;
      }
      auto channel = parse_channel_message(m.payload);
      if (channel && !channel->is_close && channel->channel == static_cast<std::uint8_t>(Channel::Error)) {
        (void)decode_error_channel(channel->payload, true);
        (void)decode_error_channel(channel->payload, false);
      }
    }
  });
  return 0;
}
