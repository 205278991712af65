#include "tests/unit/websocket_frame.h"

#include <array>

namespace kctl::stream::ws {
namespace {

constexpr std::string_view kAcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
constexpr std::size_t kMaxMessage = 64u << 20;  // the kubelet caps messages at 32 MiB

std::uint32_t rotl(std::uint32_t v, int n) { return (v << n) | (v >> (32 - n)); }

// SHA-1 (FIPS 180-4); only used for the handshake's accept key, so kctl
// needs no crypto library of its own.
std::array<unsigned char, 20> sha1(std::string_view data) {
  std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::string msg(data);
  const std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
  msg.push_back(static_cast<char>(0x80));
  while (msg.size() % 64 != 56) msg.push_back('\0');
  for (int i = 7; i >= 0; --i) msg.push_back(static_cast<char>((bits >> (i * 8)) & 0xff));
  for (std::size_t chunk = 0; chunk < msg.size(); chunk += 64) {
    std::uint32_t w[80];
    for (int i = 0; i < 16; ++i) {
      const auto* p = reinterpret_cast<const unsigned char*>(msg.data() + chunk + 4 * i);
      w[i] = (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
    }
    for (int i = 16; i < 80; ++i) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
      std::uint32_t f, k;
      if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999;
      else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1;
      else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
      else f = b ^ c ^ d, k = 0xCA62C1D6;
      std::uint32_t t = rotl(a, 5) + f + e + k + w[i];
      e = d, d = c, c = rotl(b, 30), b = a, a = t;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
  }
  std::array<unsigned char, 20> out{};
  for (int i = 0; i < 20; ++i) out[i] = static_cast<unsigned char>(h[i / 4] >> (24 - 8 * (i % 4)));
  return out;
}

bool is_control(Opcode op) { return static_cast<std::uint8_t>(op) >= 8; }

}  // namespace

std::string client_frame(Opcode opcode, std::string_view payload, std::uint32_t mask) {
  std::string out;
  out.reserve(payload.size() + 14);
  out.push_back(static_cast<char>(0x80 | static_cast<std::uint8_t>(opcode)));
  const std::uint64_t n = payload.size();
  if (n < 126) {
    out.push_back(static_cast<char>(0x80 | n));
  } else if (n <= 0xffff) {
    out.push_back(static_cast<char>(0x80 | 126));
    for (int i = 1; i >= 0; --i) out.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
  } else {
    out.push_back(static_cast<char>(0x80 | 127));
    for (int i = 7; i >= 0; --i) out.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
  }
  const unsigned char key[4] = {static_cast<unsigned char>(mask >> 24), static_cast<unsigned char>(mask >> 16),
                                static_cast<unsigned char>(mask >> 8), static_cast<unsigned char>(mask)};
  out.append(reinterpret_cast<const char*>(key), 4);
  const std::size_t start = out.size();
  out.append(payload);
  for (std::size_t i = 0; i < payload.size(); ++i) out[start + i] = static_cast<char>(out[start + i] ^ key[i % 4]);
  return out;
}

Result<std::optional<Message>> FrameParser::next() {
  while (true) {
    std::string_view b = std::string_view(buffer_).substr(offset_);
    if (b.size() < 2) break;
    const auto* p = reinterpret_cast<const unsigned char*>(b.data());
    const bool fin = (p[0] & 0x80) != 0;
    if ((p[0] & 0x70) != 0) return make_error(ErrorKind::Connection, "websocket: RSV bits set without a negotiated extension");
    const auto opcode = static_cast<Opcode>(p[0] & 0x0f);
    const bool masked = (p[1] & 0x80) != 0;
    std::uint64_t len = p[1] & 0x7f;
    std::size_t header = 2;
    if (len == 126 || len == 127) {
      const std::size_t bytes = len == 126 ? 2 : 8;
      if (b.size() < header + bytes) break;
      len = 0;
      for (std::size_t i = 0; i < bytes; ++i) len = (len << 8) | p[header + i];
      header += bytes;
    }
    if (len > kMaxMessage) return make_error(ErrorKind::Connection, "websocket: message too large");
    std::uint32_t mask = 0;
    if (masked) {
      if (b.size() < header + 4) break;
      mask = (std::uint32_t{p[header]} << 24) | (std::uint32_t{p[header + 1]} << 16) |
             (std::uint32_t{p[header + 2]} << 8) | p[header + 3];
      header += 4;
    }
    if (b.size() < header + len) break;
    std::string payload(b.substr(header, static_cast<std::size_t>(len)));
    if (masked)
      for (std::size_t i = 0; i < payload.size(); ++i)
        payload[i] = static_cast<char>(payload[i] ^ static_cast<char>(mask >> (24 - 8 * (i % 4))));
    offset_ += header + static_cast<std::size_t>(len);
    if (offset_ > 65536 && offset_ * 2 > buffer_.size()) {
      buffer_.erase(0, offset_);
      offset_ = 0;
    }
    if (is_control(opcode)) {
      if (!fin || len > 125) return make_error(ErrorKind::Connection, "websocket: invalid control frame");
      if (opcode != Opcode::Close && opcode != Opcode::Ping && opcode != Opcode::Pong)
        return make_error(ErrorKind::Connection, "websocket: unknown opcode " + std::to_string(static_cast<int>(opcode)));
      return std::optional<Message>(Message{opcode, std::move(payload)});
    }
    if (opcode == Opcode::Continuation) {
      if (!fragmented_) return make_error(ErrorKind::Connection, "websocket: continuation after FIN");
      fragmented_->payload += payload;
      if (fragmented_->payload.size() > kMaxMessage) return make_error(ErrorKind::Connection, "websocket: message too large");
    } else if (opcode == Opcode::Text || opcode == Opcode::Binary) {
      if (fragmented_) return make_error(ErrorKind::Connection, "websocket: data before FIN");
      fragmented_ = Message{opcode, std::move(payload)};
    } else {
      return make_error(ErrorKind::Connection, "websocket: unknown opcode " + std::to_string(static_cast<int>(opcode)));
    }
    if (fin) {
      std::optional<Message> done = std::move(fragmented_);
      fragmented_.reset();
      return done;
    }
  }
  if (offset_ == buffer_.size()) {
    buffer_.clear();
    offset_ = 0;
  }
  return std::optional<Message>();
}

std::uint16_t close_code(std::string_view payload) {
  if (payload.size() < 2) return kCloseNoStatus;
  return static_cast<std::uint16_t>((static_cast<unsigned char>(payload[0]) << 8) | static_cast<unsigned char>(payload[1]));
}

std::string base64_encode(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const std::uint32_t v = (std::uint32_t{static_cast<unsigned char>(bytes[i])} << 16) |
                            (std::uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8) |
                            static_cast<unsigned char>(bytes[i + 2]);
    for (int s = 18; s >= 0; s -= 6) out.push_back(kAlphabet[(v >> s) & 63]);
  }
  if (i < bytes.size()) {
    std::uint32_t v = std::uint32_t{static_cast<unsigned char>(bytes[i])} << 16;
    if (i + 1 < bytes.size()) v |= std::uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8;
    out.push_back(kAlphabet[(v >> 18) & 63]);
    out.push_back(kAlphabet[(v >> 12) & 63]);
    out.push_back(i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=');
    out.push_back('=');
  }
  return out;
}

std::string accept_key(std::string_view key) {
  auto digest = sha1(std::string(key) + std::string(kAcceptGuid));
  return base64_encode(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

}  // namespace kctl::stream::ws
