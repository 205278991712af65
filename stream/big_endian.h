// Network byte order helpers for the SPDY codec.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kctl::stream {

inline void put_u32(std::string& out, std::uint32_t v) {
  out += static_cast<char>(v >> 24);
  out += static_cast<char>(v >> 16);
  out += static_cast<char>(v >> 8);
  out += static_cast<char>(v);
}

// Reads 4 bytes at `at`; the caller checks the length.
inline std::uint32_t get_u32(std::string_view in, std::size_t at) {
  return (std::uint32_t{static_cast<unsigned char>(in[at])} << 24) |
         (std::uint32_t{static_cast<unsigned char>(in[at + 1])} << 16) |
         (std::uint32_t{static_cast<unsigned char>(in[at + 2])} << 8) |
         std::uint32_t{static_cast<unsigned char>(in[at + 3])};
}

}  // namespace kctl::stream
