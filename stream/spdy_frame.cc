#include "stream/spdy_frame.h"

#include "stream/big_endian.h"

namespace kctl::stream::spdy {
namespace {

constexpr std::uint16_t kVersion = 3;
constexpr std::uint32_t kStreamIdMask = 0x7fffffff;
constexpr std::size_t kMaxFrameLength = 0xffffff;

// Control frame: 0x80 0x03, type, flags, 24-bit length, then the payload.
std::string control_frame(FrameType type, std::uint8_t flags, std::string_view payload) {
  std::string out;
  out += static_cast<char>(0x80 | (kVersion >> 8));
  out += static_cast<char>(kVersion & 0xff);
  auto t = static_cast<std::uint16_t>(type);
  out += static_cast<char>(t >> 8);
  out += static_cast<char>(t & 0xff);
  std::uint32_t len = static_cast<std::uint32_t>(payload.size());
  out += static_cast<char>(flags);
  out += static_cast<char>(len >> 16);
  out += static_cast<char>(len >> 8);
  out += static_cast<char>(len);
  out += payload;
  return out;
}

Error protocol_error(const std::string& what) { return make_error(ErrorKind::Internal, "spdy: " + what); }

}  // namespace

Result<std::string> FrameWriter::syn_stream(std::uint32_t stream_id, const HeaderBlock& headers, std::uint8_t flags) {
  auto block = compressor_.compress(headers);
  if (!block) return block.take_error();
  std::string payload;
  put_u32(payload, stream_id & kStreamIdMask);
  put_u32(payload, 0);  // associated-to-stream-id
  payload += '\0';      // priority 0 (3 bits) and unused bits
  payload += '\0';      // slot
  payload += *block;
  return control_frame(FrameType::SynStream, flags, payload);
}

Result<std::string> FrameWriter::syn_reply(std::uint32_t stream_id, const HeaderBlock& headers, std::uint8_t flags) {
  auto block = compressor_.compress(headers);
  if (!block) return block.take_error();
  std::string payload;
  put_u32(payload, stream_id & kStreamIdMask);
  payload += *block;
  return control_frame(FrameType::SynReply, flags, payload);
}

std::string FrameWriter::data(std::uint32_t stream_id, std::string_view payload, bool fin) {
  std::string out;
  append_data(out, stream_id, payload, fin);
  return out;
}

void FrameWriter::append_data(std::string& out, std::uint32_t stream_id, std::string_view payload, bool fin) {
  put_u32(out, stream_id & kStreamIdMask);
  std::uint32_t len = static_cast<std::uint32_t>(payload.size());
  out += static_cast<char>(fin ? kFlagFin : 0);
  out += static_cast<char>(len >> 16);
  out += static_cast<char>(len >> 8);
  out += static_cast<char>(len);
  out += payload;
}

std::string FrameWriter::rst_stream(std::uint32_t stream_id, RstStatus status) {
  std::string payload;
  put_u32(payload, stream_id & kStreamIdMask);
  put_u32(payload, static_cast<std::uint32_t>(status));
  return control_frame(FrameType::RstStream, 0, payload);
}

std::string FrameWriter::ping(std::uint32_t id) {
  std::string payload;
  put_u32(payload, id);
  return control_frame(FrameType::Ping, 0, payload);
}

std::string FrameWriter::goaway(std::uint32_t last_good_stream_id, std::uint32_t status) {
  std::string payload;
  put_u32(payload, last_good_stream_id & kStreamIdMask);
  put_u32(payload, status);
  return control_frame(FrameType::GoAway, 0, payload);
}

std::string FrameWriter::window_update(std::uint32_t stream_id, std::uint32_t delta) {
  std::string payload;
  put_u32(payload, stream_id & kStreamIdMask);
  put_u32(payload, delta & kStreamIdMask);
  return control_frame(FrameType::WindowUpdate, 0, payload);
}

std::string FrameWriter::settings(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& entries) {
  std::string payload;
  put_u32(payload, static_cast<std::uint32_t>(entries.size()));
  for (const auto& [id, value] : entries) {
    put_u32(payload, id & 0xffffff);  // flags 0, 24-bit id
    put_u32(payload, value);
  }
  return control_frame(FrameType::Settings, 0, payload);
}

Result<std::optional<Frame>> FrameReader::next() {
  std::string_view in(buffer_);
  in.remove_prefix(offset_);
  if (in.size() < 8) return std::optional<Frame>{};
  std::size_t length = (std::size_t{static_cast<unsigned char>(in[5])} << 16) |
                       (std::size_t{static_cast<unsigned char>(in[6])} << 8) | static_cast<unsigned char>(in[7]);
  if (length > kMaxFrameLength) return protocol_error("frame too large");
  if (in.size() < 8 + length) return std::optional<Frame>{};
  const bool is_control = (static_cast<unsigned char>(in[0]) & 0x80) != 0;
  const std::uint8_t flags = static_cast<std::uint8_t>(in[4]);
  std::string_view payload = in.substr(8, length);
  Result<Frame> frame = Frame{};
  if (is_control) {
    std::uint16_t type = static_cast<std::uint16_t>((static_cast<unsigned char>(in[2]) << 8) | static_cast<unsigned char>(in[3]));
    frame = control(type, flags, payload);
  } else {
    frame->type = FrameType::Data;
    frame->flags = flags;
    frame->stream_id = get_u32(in, 0) & kStreamIdMask;
    if (frame->stream_id == 0) return protocol_error("data frame on stream 0");
    frame->data.assign(payload);
  }
  if (!frame) return frame.take_error();
  offset_ += 8 + length;
  // Drop consumed bytes now and then, not on every frame.
  if (offset_ > 65536 && offset_ * 2 > buffer_.size()) {
    buffer_.erase(0, offset_);
    offset_ = 0;
  }
  return std::optional<Frame>(std::move(*frame));
}

Result<Frame> FrameReader::control(std::uint16_t type, std::uint8_t flags, std::string_view p) {
  Frame f;
  f.flags = flags;
  auto need = [&](std::size_t n) { return p.size() >= n; };
  switch (type) {
    case 1: {  // SYN_STREAM
      if (!need(10)) return protocol_error("short SYN_STREAM");
      f.type = FrameType::SynStream;
      f.stream_id = get_u32(p, 0) & kStreamIdMask;
      f.associated_to = get_u32(p, 4) & kStreamIdMask;
      auto h = decompressor_.decompress(p.substr(10));
      if (!h) return h.take_error();
      f.headers = std::move(*h);
      break;
    }
    case 2:    // SYN_REPLY
    case 8: {  // HEADERS
      if (!need(4)) return protocol_error("short SYN_REPLY/HEADERS");
      f.type = type == 2 ? FrameType::SynReply : FrameType::Headers;
      f.stream_id = get_u32(p, 0) & kStreamIdMask;
      auto h = decompressor_.decompress(p.substr(4));
      if (!h) return h.take_error();
      f.headers = std::move(*h);
      break;
    }
    case 3:  // RST_STREAM
      if (p.size() != 8) return protocol_error("RST_STREAM length must be 8");
      f.type = FrameType::RstStream;
      f.stream_id = get_u32(p, 0) & kStreamIdMask;
      f.status = get_u32(p, 4);
      if (f.stream_id == 0 || f.status == 0) return protocol_error("invalid RST_STREAM");
      break;
    case 4: {  // SETTINGS
      if (!need(4)) return protocol_error("short SETTINGS");
      f.type = FrameType::Settings;
      std::uint32_t count = get_u32(p, 0);
      if (p.size() != 4 + std::size_t{count} * 8) return protocol_error("SETTINGS length mismatch");
      for (std::uint32_t i = 0; i < count; ++i)
        f.settings.emplace_back(get_u32(p, 4 + i * 8) & 0xffffff, get_u32(p, 8 + i * 8));
      break;
    }
    case 6:  // PING
      if (p.size() != 4) return protocol_error("PING length must be 4");
      f.type = FrameType::Ping;
      f.ping_id = get_u32(p, 0);
      break;
    case 7:  // GOAWAY
      if (p.size() != 8) return protocol_error("GOAWAY length must be 8");
      f.type = FrameType::GoAway;
      f.last_good_stream_id = get_u32(p, 0) & kStreamIdMask;
      f.status = get_u32(p, 4);
      break;
    case 9:  // WINDOW_UPDATE
      if (p.size() != 8) return protocol_error("WINDOW_UPDATE length must be 8");
      f.type = FrameType::WindowUpdate;
      f.stream_id = get_u32(p, 0) & kStreamIdMask;
      f.delta = get_u32(p, 4) & kStreamIdMask;
      break;
    default:
      return protocol_error("unknown control frame type " + std::to_string(type));
  }
  return f;
}

}  // namespace kctl::stream::spdy
