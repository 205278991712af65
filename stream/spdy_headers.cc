#include "stream/spdy_headers.h"

#include <zlib.h>

#include "stream/big_endian.h"
#include "stream/spdy_dictionary.h"

namespace kctl::stream::spdy {
namespace {

constexpr std::size_t kMaxHeaderBlock = 1 << 20;  // far above what Kubernetes sends

Error header_block_error(const std::string& what) {
  return make_error(ErrorKind::Internal, "spdy: invalid header block: " + what);
}

const Bytef* dictionary_bytes() { return reinterpret_cast<const Bytef*>(spdy3_dictionary().data()); }

}  // namespace

std::string encode_header_block(const HeaderBlock& headers) {
  std::string out;
  put_u32(out, static_cast<std::uint32_t>(headers.size()));
  for (const auto& [name, value] : headers) {
    put_u32(out, static_cast<std::uint32_t>(name.size()));
    out += name;
    put_u32(out, static_cast<std::uint32_t>(value.size()));
    out += value;
  }
  return out;
}

Result<HeaderBlock> decode_header_block(std::string_view in) {
  std::size_t pos = 0;
  auto u32 = [&](std::uint32_t& v) {
    if (in.size() - pos < 4) return false;
    v = get_u32(in, pos);
    pos += 4;
    return true;
  };
  auto str = [&](std::string& s) {
    std::uint32_t n = 0;
    if (!u32(n) || in.size() - pos < n) return false;
    s.assign(in.substr(pos, n));
    pos += n;
    return true;
  };
  std::uint32_t count = 0;
  if (!u32(count)) return header_block_error("truncated count");
  HeaderBlock block;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::string name, value;
    if (!str(name) || !str(value)) return header_block_error("truncated name or value");
    if (name.empty()) return header_block_error("empty header name");
    for (const auto& [n, v] : block)
      if (n == name) return header_block_error("duplicate header " + name);
    block.emplace_back(std::move(name), std::move(value));
  }
  if (pos != in.size()) return header_block_error("trailing bytes");
  return block;
}

struct HeaderCompressor::Impl {
  z_stream z{};
  bool ok = false;
  ~Impl() {
    if (ok) deflateEnd(&z);
  }
};

HeaderCompressor::HeaderCompressor() : impl_(std::make_unique<Impl>()) {
  // Level 9 and the dictionary, as spdystream does (its zlib header is 78 f9).
  impl_->ok = deflateInit(&impl_->z, Z_BEST_COMPRESSION) == Z_OK &&
              deflateSetDictionary(&impl_->z, dictionary_bytes(),
                                   static_cast<uInt>(spdy3_dictionary().size())) == Z_OK;
}

HeaderCompressor::~HeaderCompressor() = default;

Result<std::string> HeaderCompressor::compress(const HeaderBlock& headers) {
  if (!impl_->ok) return make_error(ErrorKind::Internal, "spdy: zlib deflate init failed");
  std::string plain = encode_header_block(headers);
  std::string out;
  z_stream& z = impl_->z;
  z.next_in = reinterpret_cast<Bytef*>(plain.data());
  z.avail_in = static_cast<uInt>(plain.size());
  unsigned char buf[4096];
  do {
    z.next_out = buf;
    z.avail_out = sizeof buf;
    if (deflate(&z, Z_SYNC_FLUSH) == Z_STREAM_ERROR) return make_error(ErrorKind::Internal, "spdy: deflate failed");
    out.append(reinterpret_cast<char*>(buf), sizeof buf - z.avail_out);
  } while (z.avail_out == 0);
  return out;
}

struct HeaderDecompressor::Impl {
  z_stream z{};
  bool ok = false;
  ~Impl() {
    if (ok) inflateEnd(&z);
  }
};

HeaderDecompressor::HeaderDecompressor() : impl_(std::make_unique<Impl>()) {
  impl_->ok = inflateInit(&impl_->z) == Z_OK;
}

HeaderDecompressor::~HeaderDecompressor() = default;

Result<HeaderBlock> HeaderDecompressor::decompress(std::string_view block) {
  if (!impl_->ok) return make_error(ErrorKind::Internal, "spdy: zlib inflate init failed");
  z_stream& z = impl_->z;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(block.data()));
  z.avail_in = static_cast<uInt>(block.size());
  std::string plain;
  unsigned char buf[4096];
  while (z.avail_in > 0) {
    z.next_out = buf;
    z.avail_out = sizeof buf;
    int rc = inflate(&z, Z_SYNC_FLUSH);
    if (rc == Z_NEED_DICT) {
      if (inflateSetDictionary(&z, dictionary_bytes(), static_cast<uInt>(spdy3_dictionary().size())) != Z_OK)
        return header_block_error("wrong compression dictionary");
      continue;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) return header_block_error(z.msg != nullptr ? z.msg : "inflate failed");
    plain.append(reinterpret_cast<char*>(buf), sizeof buf - z.avail_out);
    if (plain.size() > kMaxHeaderBlock) return header_block_error("header block too large");
    if (rc == Z_BUF_ERROR && z.avail_out != 0) break;  // no progress possible
  }
  // Output zlib still holds back for this block.
  for (;;) {
    z.next_out = buf;
    z.avail_out = sizeof buf;
    int rc = inflate(&z, Z_SYNC_FLUSH);
    plain.append(reinterpret_cast<char*>(buf), sizeof buf - z.avail_out);
    if (rc != Z_OK || z.avail_out != 0) break;
  }
  if (z.avail_in != 0) return header_block_error("compressed length does not match the frame");
  return decode_header_block(plain);
}

}  // namespace kctl::stream::spdy
