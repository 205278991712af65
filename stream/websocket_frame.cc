#include "stream/websocket_frame.h"

#include <yaml-cpp/yaml.h>

#include <cstring>

#include "client/crypto_library.h"

namespace kctl::stream::ws {
namespace {

constexpr std::string_view kAcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
constexpr std::size_t kMaxMessage = 64u << 20;  // the kubelet caps messages at 32 MiB

// XORs `data` with the 4-byte key, eight bytes at a time (stdin and cp
// uploads go through here byte for byte).
void apply_mask(char* data, std::size_t size, const unsigned char key[4]) {
  unsigned char wide[8];
  for (int i = 0; i < 8; ++i) wide[i] = key[i % 4];
  std::uint64_t word_key;
  std::memcpy(&word_key, wide, 8);
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, data + i, 8);
    w ^= word_key;
    std::memcpy(data + i, &w, 8);
  }
  for (; i < size; ++i) data[i] = static_cast<char>(data[i] ^ key[i % 4]);
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
  apply_mask(out.data() + start, payload.size(), key);
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
    if (masked) {
      const unsigned char key[4] = {static_cast<unsigned char>(mask >> 24), static_cast<unsigned char>(mask >> 16),
                                    static_cast<unsigned char>(mask >> 8), static_cast<unsigned char>(mask)};
      apply_mask(payload.data(), payload.size(), key);
    }
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

namespace {

std::string base64(std::string_view bytes) {
  return YAML::EncodeBase64(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

}  // namespace

Result<std::string> accept_key(std::string_view key) {
  auto crypto = client::crypto_library();
  if (!crypto) return crypto.take_error();
  const std::string input = std::string(key) + std::string(kAcceptGuid);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if ((*crypto)->digest(input.data(), input.size(), digest, &size, (*crypto)->sha1(), nullptr) != 1)
    return make_error(ErrorKind::Internal, "websocket: SHA-1 failed");
  return base64(std::string_view(reinterpret_cast<const char*>(digest), size));
}

Result<std::string> new_client_key() {
  auto crypto = client::crypto_library();
  if (!crypto) return crypto.take_error();
  unsigned char nonce[16];
  if ((*crypto)->rand_bytes(nonce, sizeof nonce) != 1) return make_error(ErrorKind::Internal, "websocket: no random bytes");
  return base64(std::string_view(reinterpret_cast<const char*>(nonce), sizeof nonce));
}

}  // namespace kctl::stream::ws
