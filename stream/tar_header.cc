#include "stream/tar_header.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace kctl::stream::tar {

std::uint64_t max_octal(std::size_t width) { return (std::uint64_t{1} << (3 * (width - 1))) - 1; }

bool put_octal(Block& b, Field f, std::uint64_t value) {
  if (value > max_octal(f.width)) return false;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*llo", static_cast<int>(f.width - 1), static_cast<unsigned long long>(value));
  std::memcpy(b.data() + f.offset, buf, f.width);  // the digits and snprintf's NUL
  return true;
}

bool put_string(Block& b, Field f, std::string_view s) {
  if (s.size() > f.width) return false;
  std::memset(b.data() + f.offset, 0, f.width);
  std::memcpy(b.data() + f.offset, s.data(), s.size());
  return true;
}

std::optional<std::uint64_t> parse_number(const Block& b, Field f) {
  const auto* p = reinterpret_cast<const unsigned char*>(b.data() + f.offset);
  if (p[0] & 0x80) {
    // Base-256: big-endian two's complement; 0xFF first means negative.
    if (p[0] == 0xFF) return std::nullopt;
    std::uint64_t v = p[0] & 0x7F;
    for (std::size_t i = 1; i < f.width; ++i) {
      if (v > (UINT64_MAX >> 8)) return std::nullopt;
      v = (v << 8) | p[i];
    }
    return v;
  }
  std::size_t i = 0;
  while (i < f.width && p[i] == ' ') ++i;
  std::uint64_t v = 0;
  bool digits = false;
  for (; i < f.width && p[i] != '\0' && p[i] != ' '; ++i) {
    if (p[i] < '0' || p[i] > '7') return std::nullopt;
    if (v > (UINT64_MAX >> 3)) return std::nullopt;
    v = (v << 3) | static_cast<std::uint64_t>(p[i] - '0');
    digits = true;
  }
  // Only terminators may follow the digits.
  for (; i < f.width; ++i)
    if (p[i] != '\0' && p[i] != ' ') return std::nullopt;
  if (!digits) return 0;  // an empty field is zero, as in Go's reader
  return v;
}

std::string parse_string(const Block& b, Field f) {
  const char* p = b.data() + f.offset;
  return std::string(p, strnlen(p, f.width));
}

namespace {

// The unsigned and the signed sum of the header with the checksum field
// counted as spaces.
std::pair<std::int64_t, std::int64_t> sums(const Block& b) {
  std::int64_t u = 0, s = 0;
  for (std::size_t i = 0; i < kBlockSize; ++i) {
    const bool in_field = i >= field::kChecksum.offset && i < field::kChecksum.offset + field::kChecksum.width;
    const char c = in_field ? ' ' : b[i];
    u += static_cast<unsigned char>(c);
    s += static_cast<signed char>(c);
  }
  return {u, s};
}

}  // namespace

void put_checksum(Block& b) {
  // Six octal digits, NUL, space: what Go and GNU tar write.
  char buf[32];
  std::snprintf(buf, sizeof buf, "%06llo", static_cast<unsigned long long>(sums(b).first));
  std::memcpy(b.data() + field::kChecksum.offset, buf, 6);
  b[field::kChecksum.offset + 6] = '\0';
  b[field::kChecksum.offset + 7] = ' ';
}

bool checksum_ok(const Block& b) {
  auto stored = parse_number(b, field::kChecksum);
  if (!stored) return false;
  auto [u, s] = sums(b);
  return static_cast<std::int64_t>(*stored) == u || static_cast<std::int64_t>(*stored) == s;
}

bool is_zero_block(const Block& b) {
  return std::all_of(b.begin(), b.end(), [](char c) { return c == '\0'; });
}

bool is_posix_ustar(const Block& b) {
  return std::memcmp(b.data() + field::kMagic.offset, "ustar\0", 6) == 0 &&
         std::memcmp(b.data() + field::kVersion.offset, "00", 2) == 0;
}

}  // namespace kctl::stream::tar
