#include "stream/tar_writer.h"

#include <algorithm>

#include "stream/tar_pax.h"

namespace kctl::stream::tar {
namespace {

bool ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c != '\0' && static_cast<unsigned char>(c) < 0x80; });
}

// The ASCII bytes of `s`, at most `width`: the stand-in name old readers see.
std::string ascii_prefix(std::string_view s, std::size_t width) {
  std::string out;
  for (char c : s)
    if (c != '\0' && static_cast<unsigned char>(c) < 0x80 && out.size() < width) out += c;
  return out;
}

// Fills the ustar fields that fit; the rest goes to `pax`.
Block ustar_block(const Entry& e, PaxRecords& pax) {
  Block b{};
  if (!ascii(e.name)) {
    pax["path"] = e.name;
  } else if (e.name.size() <= field::kName.width) {
    put_string(b, field::kName, e.name);
  } else if (auto split = split_ustar_name(e.name)) {
    put_string(b, field::kPrefix, split->first);
    put_string(b, field::kName, split->second);
  } else {
    pax["path"] = e.name;
  }
  if (pax.count("path") != 0) put_string(b, field::kName, ascii_prefix(e.name, field::kName.width));
  if (!ascii(e.linkname) || !put_string(b, field::kLinkname, e.linkname)) pax["linkpath"] = e.linkname;
  put_octal(b, field::kMode, e.mode & 07777);
  if (!put_octal(b, field::kUid, e.uid)) pax["uid"] = std::to_string(e.uid);
  if (!put_octal(b, field::kGid, e.gid)) pax["gid"] = std::to_string(e.gid);
  if (!put_octal(b, field::kSize, e.size)) pax["size"] = std::to_string(e.size);
  if (!put_octal(b, field::kMtime, e.mtime < 0 ? 0 : static_cast<std::uint64_t>(e.mtime)))
    pax["mtime"] = std::to_string(e.mtime);
  b[field::kType.offset] = e.type;
  put_string(b, field::kMagic, std::string_view("ustar\0", 6));
  put_string(b, field::kVersion, "00");
  if (ascii(e.uname) && !put_string(b, field::kUname, e.uname)) pax["uname"] = e.uname;
  if (ascii(e.gname) && !put_string(b, field::kGname, e.gname)) pax["gname"] = e.gname;
  put_octal(b, field::kDevMajor, 0);
  put_octal(b, field::kDevMinor, 0);
  return b;
}

// The name Go gives a PAX header: dir/PaxHeaders.0/base, cut to 100 bytes.
std::string pax_header_name(std::string_view name) {
  const auto slash = name.rfind('/');
  std::string dir = slash == std::string_view::npos ? "." : std::string(name.substr(0, slash));
  std::string base(slash == std::string_view::npos ? name : name.substr(slash + 1));
  return ascii_prefix((dir == "." ? "" : dir + "/") + "PaxHeaders.0/" + base, field::kName.width);
}

}  // namespace

std::optional<std::pair<std::string, std::string>> split_ustar_name(std::string_view name) {
  if (name.size() > field::kPrefix.width + 1 + field::kName.width) return std::nullopt;
  // The last '/' that leaves a prefix of at most 155 bytes and a non-empty
  // name of at most 100.
  for (std::size_t i = std::min(name.size() - 1, field::kPrefix.width); i > 0; --i) {
    if (name[i] != '/') continue;
    const std::size_t rest = name.size() - i - 1;
    if (rest == 0 || rest > field::kName.width) return std::nullopt;
    return std::pair{std::string(name.substr(0, i)), std::string(name.substr(i + 1))};
  }
  return std::nullopt;
}

Result<> TarWriter::write_block(const Block& b) { return write_(std::string_view(b.data(), b.size())); }

Result<> TarWriter::finish_entry() {
  if (remaining_ != 0)
    return make_error(ErrorKind::Internal, "archive/tar: missed writing " + std::to_string(remaining_) + " bytes");
  const std::size_t pad = (kBlockSize - written_ % kBlockSize) % kBlockSize;
  written_ = 0;
  if (pad == 0) return {};
  static constexpr char kZeros[kBlockSize] = {};
  return write_(std::string_view(kZeros, pad));
}

Result<> TarWriter::write_header(const Entry& e) {
  if (closed_) return make_error(ErrorKind::Internal, "archive/tar: write after close");
  if (auto r = finish_entry(); !r) return r;
  PaxRecords pax;
  Block b = ustar_block(e, pax);
  if (!pax.empty()) {
    std::string body;
    for (const auto& [k, v] : pax) body += format_pax_record(k, v);
    Entry header;
    header.name = pax_header_name(e.name);
    header.type = type::kPaxLocal;
    header.size = body.size();
    header.mtime = e.mtime;
    PaxRecords none;
    Block hb = ustar_block(header, none);
    put_checksum(hb);
    if (auto r = write_block(hb); !r) return r;
    remaining_ = body.size();
    if (auto r = write_data(body); !r) return r;
    if (auto r = finish_entry(); !r) return r;
  }
  put_checksum(b);
  if (auto r = write_block(b); !r) return r;
  remaining_ = (e.is_regular()) ? e.size : 0;
  return {};
}

Result<> TarWriter::write_data(std::string_view data) {
  if (data.size() > remaining_) return make_error(ErrorKind::Internal, "archive/tar: write too long");
  if (auto r = write_(data); !r) return r;
  remaining_ -= data.size();
  written_ += data.size();
  return {};
}

Result<> TarWriter::close() {
  if (closed_) return {};
  if (auto r = finish_entry(); !r) return r;
  closed_ = true;
  Block zero{};
  if (auto r = write_block(zero); !r) return r;
  return write_block(zero);
}

}  // namespace kctl::stream::tar
