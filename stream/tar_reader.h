// Reads a tar stream entry by entry without holding it in memory: ustar,
// GNU (long names 'L' and long link names 'K') and PAX ('x' per entry,
// 'g' for all that follow: path, linkpath, size, uid, gid, mtime). A header
// with a bad checksum, a malformed number, an oversized long name or a
// truncated stream is an error, never a guess.
#pragma once

#include <functional>
#include <optional>

#include "client/result.h"
#include "stream/tar_header.h"
#include "stream/tar_pax.h"

namespace kctl::stream::tar {

// Reads up to `n` bytes into `buf`; 0 means end of stream.
using ReadFn = std::function<Result<std::size_t>(char* buf, std::size_t n)>;

class TarReader {
 public:
  explicit TarReader(ReadFn read) : read_(std::move(read)) {}

  // The next member (skipping what is left of the current one's data);
  // nullopt at the end of the archive.
  Result<std::optional<Entry>> next();
  // Data of the current member; 0 once it is all read.
  Result<std::size_t> read_data(char* buf, std::size_t n);

  // Bytes taken from the stream so far.
  std::uint64_t offset() const { return offset_; }

 private:
  Result<> read_full(char* buf, std::size_t n);
  Result<> skip(std::uint64_t n);
  Result<std::string> read_body(std::uint64_t size);  // a long name or PAX body, with its padding
  Result<Entry> decode(const Block& b);

  ReadFn read_;
  std::uint64_t offset_ = 0;
  std::uint64_t remaining_ = 0;  // data of the current member not yet read
  std::uint64_t padding_ = 0;    // and its padding
  PaxRecords global_;
  bool done_ = false;
};

}  // namespace kctl::stream::tar
