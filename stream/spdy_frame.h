// SPDY/3.1 frames (draft 3.1, as moby/spdystream speaks them): encoding and
// incremental decoding of a byte stream, with no sockets involved. The same
// code serves a raw TLS connection and the port-forward WebSocket tunnel,
// whose messages carry arbitrary slices of the byte stream.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "client/result.h"
#include "stream/spdy_headers.h"

namespace kctl::stream::spdy {

enum class FrameType : std::uint16_t {
  Data = 0,  // not a control frame; used for Frame::type of data frames
  SynStream = 1,
  SynReply = 2,
  RstStream = 3,
  Settings = 4,
  Ping = 6,
  GoAway = 7,
  Headers = 8,
  WindowUpdate = 9,
};

constexpr std::uint8_t kFlagFin = 0x01;
constexpr std::uint8_t kFlagUnidirectional = 0x02;

// RST_STREAM status codes.
enum class RstStatus : std::uint32_t {
  ProtocolError = 1,
  InvalidStream = 2,
  RefusedStream = 3,
  UnsupportedVersion = 4,
  Cancel = 5,
  InternalError = 6,
  FlowControlError = 7,
  StreamInUse = 8,
  StreamAlreadyClosed = 9,
  FrameTooLarge = 11,
};

struct Frame {
  FrameType type = FrameType::Data;
  std::uint8_t flags = 0;
  std::uint32_t stream_id = 0;     // data, SYN_STREAM/REPLY, RST, HEADERS, WINDOW_UPDATE
  std::uint32_t associated_to = 0; // SYN_STREAM
  std::uint32_t status = 0;        // RST_STREAM, GOAWAY
  std::uint32_t last_good_stream_id = 0;  // GOAWAY
  std::uint32_t ping_id = 0;       // PING
  std::uint32_t delta = 0;         // WINDOW_UPDATE
  HeaderBlock headers;             // SYN_STREAM, SYN_REPLY, HEADERS
  std::string data;                // DATA
  std::vector<std::pair<std::uint32_t, std::uint32_t>> settings;  // SETTINGS: id, value

  bool fin() const { return (flags & kFlagFin) != 0; }
};

// Encodes frames; owns the outbound header compression context.
class FrameWriter {
 public:
  Result<std::string> syn_stream(std::uint32_t stream_id, const HeaderBlock& headers, std::uint8_t flags = 0);
  Result<std::string> syn_reply(std::uint32_t stream_id, const HeaderBlock& headers, std::uint8_t flags = 0);
  static std::string data(std::uint32_t stream_id, std::string_view payload, bool fin = false);
  // The same frame appended to `out` (the session's output queue: no copy in between).
  static void append_data(std::string& out, std::uint32_t stream_id, std::string_view payload, bool fin = false);
  static std::string rst_stream(std::uint32_t stream_id, RstStatus status);
  static std::string ping(std::uint32_t id);
  static std::string goaway(std::uint32_t last_good_stream_id, std::uint32_t status = 0);
  static std::string window_update(std::uint32_t stream_id, std::uint32_t delta);
  static std::string settings(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& entries);

 private:
  HeaderCompressor compressor_;
};

// Decodes a byte stream into frames; owns the inbound decompression context.
// Errors are fatal for the session, as they are for spdystream.
class FrameReader {
 public:
  void feed(std::string_view bytes) { buffer_.append(bytes); }
  // The next complete frame, nullopt when more bytes are needed.
  Result<std::optional<Frame>> next();
  std::size_t buffered() const { return buffer_.size(); }

 private:
  Result<Frame> control(std::uint16_t type, std::uint8_t flags, std::string_view payload);
  std::string buffer_;
  std::size_t offset_ = 0;  // consumed bytes at the front of buffer_
  HeaderDecompressor decompressor_;
};

}  // namespace kctl::stream::spdy
