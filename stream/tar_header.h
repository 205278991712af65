// The 512-byte tar header block (POSIX ustar, as Go's archive/tar and GNU
// tar write it): field layout, octal and base-256 numbers, the checksum.
// Pure: bytes in, fields out.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "client/result.h"

namespace kctl::stream::tar {

constexpr std::size_t kBlockSize = 512;
using Block = std::array<char, kBlockSize>;

// Type flags this code knows by name.
namespace type {
constexpr char kRegular = '0';
constexpr char kRegularOld = '\0';
constexpr char kHardLink = '1';
constexpr char kSymlink = '2';
constexpr char kCharDevice = '3';
constexpr char kBlockDevice = '4';
constexpr char kDirectory = '5';
constexpr char kFifo = '6';
constexpr char kContiguous = '7';
constexpr char kPaxLocal = 'x';
constexpr char kPaxGlobal = 'g';
constexpr char kGnuLongName = 'L';
constexpr char kGnuLongLink = 'K';
}  // namespace type

// One archive member, after long names and PAX records are applied.
struct Entry {
  std::string name;
  std::string linkname;
  char type = type::kRegular;
  std::uint32_t mode = 0644;
  std::uint64_t size = 0;
  std::int64_t mtime = 0;
  std::uint32_t uid = 0, gid = 0;
  std::string uname, gname;

  bool is_regular() const { return type == type::kRegular || type == type::kRegularOld || type == type::kContiguous; }
  bool is_directory() const { return type == type::kDirectory; }
};

// Field offsets and widths of the ustar header.
struct Field {
  std::size_t offset, width;
};
namespace field {
constexpr Field kName{0, 100}, kMode{100, 8}, kUid{108, 8}, kGid{116, 8}, kSize{124, 12}, kMtime{136, 12},
    kChecksum{148, 8}, kType{156, 1}, kLinkname{157, 100}, kMagic{257, 6}, kVersion{263, 2}, kUname{265, 32},
    kGname{297, 32}, kDevMajor{329, 8}, kDevMinor{337, 8}, kPrefix{345, 155};
}  // namespace field

// The largest value an octal field of `width` bytes holds (width-1 digits
// and a NUL).
std::uint64_t max_octal(std::size_t width);

// Writes `value` as zero-padded octal with a trailing NUL; false if it does
// not fit.
bool put_octal(Block& b, Field f, std::uint64_t value);
// Copies `s` into the field (NUL-padded); false if it is too long.
bool put_string(Block& b, Field f, std::string_view s);

// A numeric field: octal (NUL/space terminated, leading spaces allowed) or
// GNU base-256 (high bit of the first byte). nullopt when malformed or
// negative.
std::optional<std::uint64_t> parse_number(const Block& b, Field f);
// A string field up to its first NUL.
std::string parse_string(const Block& b, Field f);

// Sets the checksum field of a filled-in header.
void put_checksum(Block& b);
// True if the stored checksum matches the unsigned or the signed sum (old
// tars summed signed chars; Go and GNU tar accept both).
bool checksum_ok(const Block& b);

bool is_zero_block(const Block& b);

// "ustar\0" "00": the POSIX format, whose prefix field extends the name.
bool is_posix_ustar(const Block& b);

}  // namespace kctl::stream::tar
