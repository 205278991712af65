// The tar writer and reader: round trips (short reads included), Go's and
// GNU tar's formats for long names, GNU tar reading kctl's output, and
// corrupt headers refused.
#include <doctest/doctest.h>

#include <cstring>

#include "stream/tar_header.h"
#include "stream/tar_pax.h"
#include "tar_test_support.h"
#include "test_support.h"

namespace kctl::stream::tar {
namespace {

using test::file_member;
using test::make_tar;
using test::string_source;
using test::typed_member;

struct ReadBack {
  Entry entry;
  std::string data;
};

Result<std::vector<ReadBack>> read_all(const std::string& bytes, std::size_t chunk = 7) {
  TarReader r(string_source(bytes, chunk));
  std::vector<ReadBack> out;
  for (;;) {
    auto e = r.next();
    if (!e) return e.take_error();
    if (!*e) break;
    ReadBack rb{**e, {}};
    char buf[1000];
    for (;;) {
      auto n = r.read_data(buf, sizeof buf);
      if (!n) return n.take_error();
      if (*n == 0) break;
      rb.data.append(buf, *n);
    }
    out.push_back(std::move(rb));
  }
  return out;
}

const std::string kLongDir = std::string(120, 'd') + "/" + std::string(60, 'e');
const std::string kLongName = std::string(200, 'x') + "/" + std::string(150, 'y') + ".txt";

TEST_CASE("tar: what the writer writes, the reader reads back") {
  std::string big(70000, '\0');
  for (std::size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>(i * 7);
  auto bytes = make_tar({file_member("dir/a.txt", "hello\n"), file_member("empty", ""),
                         typed_member("dir/sub", type::kDirectory), typed_member("dir/link", type::kSymlink, "../a.txt"),
                         file_member(kLongDir + "/split.bin", big), file_member(kLongName, "long"),
                         file_member("caf\xc3\xa9", "utf-8")});
  CHECK(bytes.size() % kBlockSize == 0);
  auto all = read_all(bytes);
  REQUIRE(all.ok());
  REQUIRE(all->size() == 7);
  CHECK((*all)[0].entry.name == "dir/a.txt");
  CHECK((*all)[0].data == "hello\n");
  CHECK((*all)[1].data.empty());
  CHECK((*all)[2].entry.is_directory());
  CHECK((*all)[3].entry.type == type::kSymlink);
  CHECK((*all)[3].entry.linkname == "../a.txt");
  CHECK((*all)[4].entry.name == kLongDir + "/split.bin");
  CHECK((*all)[4].data == big);
  CHECK((*all)[5].entry.name == kLongName);  // through a PAX header
  CHECK((*all)[5].data == "long");
  CHECK((*all)[6].entry.name == "caf\xc3\xa9");
}

TEST_CASE("tar: a name that fits ustar's prefix field needs no PAX header") {
  auto bytes = make_tar({file_member(kLongDir + "/f", "x")});
  CHECK(bytes.size() == 4 * kBlockSize);  // header, data, two zero blocks
  auto split = split_ustar_name(kLongDir + "/f");
  REQUIRE(split.has_value());
  CHECK(split->first == std::string(120, 'd'));
  CHECK(split->second == std::string(60, 'e') + "/f");
  CHECK(!split_ustar_name(std::string(101, 'n')).has_value());
}

TEST_CASE("tar: PAX records carry their own length") {
  CHECK(format_pax_record("path", "a") == "9 path=a\n");
  const std::string v(91, 'v');  // 98 bytes plus two digits crosses to three
  auto r = format_pax_record("path", v);
  CHECK(r.substr(0, 4) == "101 ");
  CHECK(r.size() == 101);
  auto parsed = parse_pax_records(r + format_pax_record("size", "12"));
  REQUIRE(parsed.ok());
  CHECK(parsed->at("path") == v);
  CHECK(parsed->at("size") == "12");
  CHECK(!parse_pax_records("5 a=b\n").ok());
  CHECK(!parse_pax_records("x path=a\n").ok());
}

TEST_CASE("tar: GNU tar lists what kctl writes") {
  test::TempDir dir;
  auto bytes = make_tar({file_member("top/a.txt", "hello\n"), typed_member("top/empty", type::kDirectory),
                         typed_member("top/ln", type::kSymlink, "a.txt"), file_member(kLongName, "long")});
  test::write_text(dir.file("t.tar"), bytes);
  const std::string listing = test::run_command("tar -tvf " + dir.file("t.tar") + " 2>&1");
  CHECK(listing.find("top/a.txt") != std::string::npos);
  CHECK(listing.find("drwxr-xr-x") != std::string::npos);  // top/empty
  CHECK(listing.find("top/ln -> a.txt") != std::string::npos);
  CHECK(listing.find(kLongName) != std::string::npos);
  CHECK(listing.find("tar:") == std::string::npos);
  test::run_command("mkdir " + dir.file("x") + " && tar -xf " + dir.file("t.tar") + " -C " + dir.file("x"));
  CHECK(test::read_text(dir.file("x/" + kLongName)) == "long");
}

TEST_CASE("tar: the reader takes GNU tar's long names (GNU and PAX formats)") {
  test::TempDir dir;
  const std::string deep = "p" + std::string(110, 'q') + "/" + std::string(130, 'r');
  test::run_command("mkdir -p " + dir.file("src/" + deep) + " && printf data > " + dir.file("src/" + deep + "/f") +
                    " && ln -s " + std::string(150, 't') + " " + dir.file("src/l"));
  for (const char* format : {"gnu", "pax"}) {
    CAPTURE(format);
    test::run_command(std::string("tar --format=") + format + " -cf " + dir.file("a.tar") + " -C " + dir.file("src") +
                      " . 2>/dev/null");
    const std::string bytes = test::read_text(dir.file("a.tar"));
    REQUIRE(!bytes.empty());
    auto all = read_all(bytes, 4096);
    REQUIRE(all.ok());
    bool found_file = false, found_link = false;
    for (const auto& rb : *all) {
      if (rb.entry.name == "./" + deep + "/f") found_file = rb.data == "data";
      if (rb.entry.name == "./l") found_link = rb.entry.linkname == std::string(150, 't');
    }
    CHECK(found_file);
    CHECK(found_link);
  }
}

TEST_CASE("tar: corrupt headers are errors") {
  const std::string good = make_tar({file_member("a", "hello")});
  SUBCASE("bad checksum") {
    std::string bad = good;
    bad[0] = 'b';
    auto r = read_all(bad);
    REQUIRE(!r.ok());
    CHECK(r.error().message == "tar: invalid header: checksum mismatch");
  }
  SUBCASE("truncated header") {
    auto r = read_all(good.substr(0, 300));
    REQUIRE(!r.ok());
    CHECK(r.error().message == "tar: unexpected EOF");
  }
  SUBCASE("truncated data") {
    auto r = read_all(good.substr(0, kBlockSize + 2));
    REQUIRE(!r.ok());
    CHECK(r.error().message == "tar: unexpected EOF");
  }
  SUBCASE("huge size field (base-256)") {
    std::string bad = good;
    Block b;
    std::memcpy(b.data(), bad.data(), kBlockSize);
    std::memset(b.data() + field::kSize.offset, 0xFF, field::kSize.width);
    b[field::kSize.offset] = static_cast<char>(0x80);
    put_checksum(b);
    std::memcpy(bad.data(), b.data(), kBlockSize);
    auto r = read_all(bad);
    REQUIRE(!r.ok());
    CHECK(r.error().message == "tar: invalid header: size field out of range in \"a\"");
  }
  SUBCASE("non-octal digits") {
    std::string bad = good;
    Block b;
    std::memcpy(b.data(), bad.data(), kBlockSize);
    b[field::kMode.offset] = '9';
    put_checksum(b);
    std::memcpy(bad.data(), b.data(), kBlockSize);
    CHECK(!read_all(bad).ok());
  }
  SUBCASE("an oversized GNU long name") {
    auto huge = make_tar({file_member("x", "")});
    Block b{};
    put_string(b, field::kName, "././@LongLink");
    b[field::kType.offset] = type::kGnuLongName;
    put_octal(b, field::kMode, 0);
    put_octal(b, field::kUid, 0);
    put_octal(b, field::kGid, 0);
    put_octal(b, field::kMtime, 0);
    put_octal(b, field::kSize, 8u << 20);
    put_checksum(b);
    auto r = read_all(std::string(b.data(), kBlockSize) + huge);
    REQUIRE(!r.ok());
    CHECK(r.error().message.find("extended header of") != std::string::npos);
  }
  SUBCASE("an empty stream is an empty archive") {
    auto r = read_all("");
    REQUIRE(r.ok());
    CHECK(r->empty());
  }
}

TEST_CASE("tar: the writer refuses more or less data than the header declared") {
  std::string out;
  TarWriter w([&out](std::string_view d) -> Result<> {
    out.append(d);
    return {};
  });
  Entry e;
  e.name = "f";
  e.size = 3;
  REQUIRE(w.write_header(e).ok());
  CHECK(!w.write_data("four").ok());
  REQUIRE(w.write_data("ab").ok());
  auto r = w.close();
  REQUIRE(!r.ok());
  CHECK(r.error().message == "archive/tar: missed writing 1 bytes");
}

}  // namespace
}  // namespace kctl::stream::tar
