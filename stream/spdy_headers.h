// SPDY/3 name/value header blocks: the uncompressed layout (32-bit counts
// and lengths) and the per-direction zlib contexts with the SPDY/3
// dictionary (one deflate stream for all we send, one inflate stream for
// all we receive, each block flushed with Z_SYNC_FLUSH).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "client/result.h"

namespace kctl::stream::spdy {

// Names are lower-case; several values of one name are joined with NUL.
using HeaderBlock = std::vector<std::pair<std::string, std::string>>;

std::string encode_header_block(const HeaderBlock& headers);
Result<HeaderBlock> decode_header_block(std::string_view bytes);

class HeaderCompressor {
 public:
  HeaderCompressor();
  ~HeaderCompressor();
  HeaderCompressor(const HeaderCompressor&) = delete;
  HeaderCompressor& operator=(const HeaderCompressor&) = delete;

  // The compressed block for a frame; the first one starts with the zlib header.
  Result<std::string> compress(const HeaderBlock& headers);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class HeaderDecompressor {
 public:
  HeaderDecompressor();
  ~HeaderDecompressor();
  HeaderDecompressor(const HeaderDecompressor&) = delete;
  HeaderDecompressor& operator=(const HeaderDecompressor&) = delete;

  // Inflates one frame's block; all of it must be consumed (spdystream
  // treats a length mismatch as fatal, and so does kctl).
  Result<HeaderBlock> decompress(std::string_view block);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kctl::stream::spdy
