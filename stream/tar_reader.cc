#include "stream/tar_reader.h"

#include <algorithm>
#include <charconv>

namespace kctl::stream::tar {
namespace {

// Long names and PAX bodies larger than this are refused (Go: 1 MiB).
constexpr std::uint64_t kMaxMetaSize = 1 << 20;
// Sizes past this are corrupt, not real (and would overflow offsets).
constexpr std::uint64_t kMaxEntrySize = std::uint64_t{1} << 62;

Error corrupt(const std::string& what) { return make_error(ErrorKind::Internal, "tar: invalid header: " + what); }

std::uint64_t padding_for(std::uint64_t size) { return (kBlockSize - size % kBlockSize) % kBlockSize; }

std::optional<std::uint64_t> decimal(const std::string& s) {
  std::uint64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

// Applies PAX records (the global ones first, then the entry's own).
Result<> apply_pax(Entry& e, const PaxRecords& records) {
  for (const auto& [key, value] : records) {
    if (key == "path") {
      e.name = value;
    } else if (key == "linkpath") {
      e.linkname = value;
    } else if (key == "uname") {
      e.uname = value;
    } else if (key == "gname") {
      e.gname = value;
    } else if (key == "size" || key == "uid" || key == "gid") {
      auto v = decimal(value);
      if (!v || (key == "size" && *v > kMaxEntrySize) || (key != "size" && *v > UINT32_MAX))
        return corrupt("PAX " + key + " " + value);
      if (key == "size") e.size = *v;
      else if (key == "uid") e.uid = static_cast<std::uint32_t>(*v);
      else e.gid = static_cast<std::uint32_t>(*v);
    } else if (key == "mtime") {
      auto v = decimal(value.substr(0, value.find('.')));
      if (v) e.mtime = static_cast<std::int64_t>(std::min<std::uint64_t>(*v, INT64_MAX));
    }
  }
  return {};
}

}  // namespace

Result<> TarReader::read_full(char* buf, std::size_t n) {
  std::size_t got = 0;
  while (got < n) {
    auto r = read_(buf + got, n - got);
    if (!r) return r.take_error();
    if (*r == 0) return make_error(ErrorKind::Internal, "tar: unexpected EOF");
    got += *r;
    offset_ += *r;
  }
  return {};
}

Result<> TarReader::skip(std::uint64_t n) {
  char buf[64 * 1024];
  while (n > 0) {
    const std::size_t chunk = static_cast<std::size_t>(std::min<std::uint64_t>(n, sizeof buf));
    if (auto r = read_full(buf, chunk); !r) return r;
    n -= chunk;
  }
  return {};
}

Result<std::string> TarReader::read_body(std::uint64_t size) {
  if (size > kMaxMetaSize) return corrupt("extended header of " + std::to_string(size) + " bytes");
  std::string body(static_cast<std::size_t>(size), '\0');
  if (auto r = read_full(body.data(), body.size()); !r) return r.take_error();
  if (auto r = skip(padding_for(size)); !r) return r.take_error();
  return body;
}

Result<Entry> TarReader::decode(const Block& b) {
  if (!checksum_ok(b)) return corrupt("checksum mismatch");
  Entry e;
  e.type = b[field::kType.offset];
  e.name = parse_string(b, field::kName);
  if (is_posix_ustar(b)) {
    std::string prefix = parse_string(b, field::kPrefix);
    if (!prefix.empty()) e.name = prefix + "/" + e.name;
  }
  e.linkname = parse_string(b, field::kLinkname);
  e.uname = parse_string(b, field::kUname);
  e.gname = parse_string(b, field::kGname);
  auto mode = parse_number(b, field::kMode);
  auto uid = parse_number(b, field::kUid);
  auto gid = parse_number(b, field::kGid);
  auto size = parse_number(b, field::kSize);
  auto mtime = parse_number(b, field::kMtime);
  if (!mode || !uid || !gid || !mtime) return corrupt("malformed number in \"" + e.name + "\"");
  if (!size || *size > kMaxEntrySize) return corrupt("size field out of range in \"" + e.name + "\"");
  e.mode = static_cast<std::uint32_t>(*mode & 07777);
  e.uid = static_cast<std::uint32_t>(std::min<std::uint64_t>(*uid, UINT32_MAX));
  e.gid = static_cast<std::uint32_t>(std::min<std::uint64_t>(*gid, UINT32_MAX));
  e.size = *size;
  e.mtime = static_cast<std::int64_t>(std::min<std::uint64_t>(*mtime, INT64_MAX));
  return e;
}

Result<std::optional<Entry>> TarReader::next() {
  if (done_) return std::optional<Entry>{};
  if (auto r = skip(remaining_ + padding_); !r) return r.take_error();
  remaining_ = padding_ = 0;

  std::optional<std::string> long_name, long_link;
  PaxRecords local;
  for (;;) {
    Block b;
    // A clean end of stream before any header is an empty (or ended) archive.
    auto first = read_(b.data(), b.size());
    if (!first) return first.take_error();
    if (*first == 0) {
      if (long_name || long_link || !local.empty()) return make_error(ErrorKind::Internal, "tar: unexpected EOF");
      done_ = true;
      return std::optional<Entry>{};
    }
    offset_ += *first;
    if (*first < b.size()) {
      if (auto r = read_full(b.data() + *first, b.size() - *first); !r) return r.take_error();
    }
    if (is_zero_block(b)) {
      // The end: a second zero block (or the end of the stream).
      Block second;
      auto n = read_(second.data(), second.size());
      if (!n) return n.take_error();
      offset_ += *n;
      if (*n > 0 && *n < second.size()) {
        if (auto r = read_full(second.data() + *n, second.size() - *n); !r) return r.take_error();
      }
      if (*n > 0 && !is_zero_block(second)) return corrupt("a zero block followed by data");
      done_ = true;
      return std::optional<Entry>{};
    }
    auto decoded = decode(b);
    if (!decoded) return decoded.take_error();
    Entry e = std::move(*decoded);
    switch (e.type) {
      case type::kGnuLongName:
      case type::kGnuLongLink: {
        auto body = read_body(e.size);
        if (!body) return body.take_error();
        std::string text = body->substr(0, body->find('\0'));
        (e.type == type::kGnuLongName ? long_name : long_link) = std::move(text);
        continue;
      }
      case type::kPaxLocal:
      case type::kPaxGlobal: {
        auto body = read_body(e.size);
        if (!body) return body.take_error();
        auto records = parse_pax_records(*body);
        if (!records) return records.take_error();
        for (auto& [k, v] : *records) (e.type == type::kPaxLocal ? local : global_)[k] = v;
        continue;
      }
      default:
        break;
    }
    if (auto r = apply_pax(e, global_); !r) return r.take_error();
    if (auto r = apply_pax(e, local); !r) return r.take_error();
    if (long_name && local.count("path") == 0) e.name = *long_name;
    if (long_link && local.count("linkpath") == 0) e.linkname = *long_link;
    // Links, directories and devices carry no data whatever the size says
    // (as Go's reader), except what the archive really holds.
    const bool has_data = !(e.type == type::kHardLink || e.type == type::kSymlink || e.type == type::kDirectory ||
                            e.type == type::kCharDevice || e.type == type::kBlockDevice || e.type == type::kFifo);
    if (!has_data) e.size = 0;
    remaining_ = e.size;
    padding_ = padding_for(e.size);
    return std::optional<Entry>(std::move(e));
  }
}

Result<std::size_t> TarReader::read_data(char* buf, std::size_t n) {
  if (remaining_ == 0) return std::size_t{0};
  const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(n, remaining_));
  auto got = read_(buf, want);
  if (!got) return got.take_error();
  if (*got == 0) return make_error(ErrorKind::Internal, "tar: unexpected EOF");
  offset_ += *got;
  remaining_ -= *got;
  return *got;
}

}  // namespace kctl::stream::tar
