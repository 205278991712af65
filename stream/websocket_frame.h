// RFC 6455 framing for kctl's WebSocket client (and the unit tests'
// server): masked client frames, a parser that reassembles fragmented
// messages, the handshake's Sec-WebSocket-Key and Sec-WebSocket-Accept.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "client/result.h"

namespace kctl::stream::ws {

enum class Opcode : std::uint8_t { Continuation = 0, Text = 1, Binary = 2, Close = 8, Ping = 9, Pong = 10 };

constexpr std::uint16_t kCloseNormal = 1000;
constexpr std::uint16_t kCloseNoStatus = 1005;  // a close frame without a code

// One frame as a client sends it: FIN set, masked with `mask`.
std::string client_frame(Opcode opcode, std::string_view payload, std::uint32_t mask);

// A whole message (or a control frame) from the server.
struct Message {
  Opcode opcode = Opcode::Binary;
  std::string payload;
};

class FrameParser {
 public:
  void feed(std::string_view bytes) { buffer_.append(bytes); }
  // The next complete message or control frame; nullopt when more bytes are
  // needed. Malformed framing is an error.
  Result<std::optional<Message>> next();

 private:
  std::string buffer_;
  std::size_t offset_ = 0;
  std::optional<Message> fragmented_;  // a data message still awaiting its FIN frame
};

// The close code of a close frame's payload (1005 when it has none).
std::uint16_t close_code(std::string_view payload);

// base64(SHA-1(key + RFC 6455 GUID)): the Sec-WebSocket-Accept a server
// must answer to Sec-WebSocket-Key `key` (SHA-1 from libcrypto).
Result<std::string> accept_key(std::string_view key);

// A fresh Sec-WebSocket-Key: 16 random bytes, base64.
Result<std::string> new_client_key();

}  // namespace kctl::stream::ws
