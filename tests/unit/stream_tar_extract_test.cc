// kctl cp's extraction against a hostile corpus (kubectl's TestUntar cases
// and the spec's): nothing may land outside the destination, whatever the
// member names, links, types or symlinks already in place.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "stream/tar_extract.h"
#include "tar_test_support.h"
#include "test_support.h"

namespace kctl::stream::tar {
namespace {

using test::file_member;
using test::make_tar;
using test::typed_member;

struct Outcome {
  Result<ExtractStats> stats = ExtractStats{};
  std::string warnings;
};

Outcome run(const std::string& archive, const std::string& prefix, const std::string& dest) {
  Outcome o;
  TarReader reader(test::string_source(archive, 100));
  ExtractOptions opts;
  opts.prefix = prefix;
  opts.dest = dest;
  opts.symlink_hint = "(hint)";
  opts.warn = [&o](const std::string& line) { o.warnings += line; };
  o.stats = extract(reader, opts);
  return o;
}

// Every path under `root`, relative, sorted.
std::vector<std::string> tree(const std::string& root) {
  std::vector<std::string> out;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
       it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    out.push_back(std::filesystem::relative(it->path(), root).string());
  std::sort(out.begin(), out.end());
  return out;
}

bool exists(const std::string& p) {
  struct stat st {};
  return ::lstat(p.c_str(), &st) == 0;
}

TEST_CASE("extract: a normal tree lands under dest, prefix stripped") {
  test::TempDir t;
  const std::string dest = t.file("out");
  auto o = run(make_tar({typed_member("tmp/src/", type::kDirectory), file_member("tmp/src/a.txt", "A"),
                         typed_member("tmp/src/empty/", type::kDirectory), file_member("tmp/src/sub/b.txt", "B")}),
               "tmp/src", dest);
  REQUIRE(o.stats.ok());
  CHECK(o.warnings.empty());
  CHECK(test::read_text(dest + "/a.txt") == "A");
  CHECK(test::read_text(dest + "/sub/b.txt") == "B");
  CHECK(tree(dest) == std::vector<std::string>{"a.txt", "empty", "sub", "sub/b.txt"});
  CHECK(o.stats->files == 2);
  CHECK(o.stats->declared_bytes == 2);
  CHECK(o.stats->written_bytes == 2);
}

TEST_CASE("extract: a single file becomes dest itself, made with its parents") {
  test::TempDir t;
  auto o = run(make_tar({file_member("etc/hostname", "h\n")}), "etc/hostname", t.file("x/y/got"));
  REQUIRE(o.stats.ok());
  CHECK(test::read_text(t.file("x/y/got")) == "h\n");
  auto dir = run(make_tar({file_member("etc/hostname", "h\n")}), "etc/hostname", t.path());
  REQUIRE(!dir.stats.ok());
  CHECK(dir.stats.error().message == "open " + t.path() + ": is a directory");
}

TEST_CASE("extract: hostile member names never leave dest") {
  test::TempDir t;
  const std::string dest = t.file("a/b/dest");
  auto o = run(make_tar({file_member("../../evil", "1"), file_member("../../../../../../../../tmp/evil2", "2"),
                         file_member("a/../../b", "3"), file_member("x/../../../up", "4"),
                         file_member("/abs/evil", "5"), file_member("..\\..\\bs-evil", "6"),
                         file_member("ok\\sub\\file", "7"), file_member("./fine", "8")}),
               "", dest);
  REQUIRE(o.stats.ok());
  CHECK(o.warnings ==
        "warning: file \"" + t.file("a/evil") + "\" is outside target destination, skipping\n"
        "warning: file \"/tmp/evil2\" is outside target destination, skipping\n"
        "warning: file \"" + t.file("a/b/b") + "\" is outside target destination, skipping\n"
        "warning: file \"" + t.file("a/up") + "\" is outside target destination, skipping\n"
        "warning: file \"" + t.file("a/bs-evil") + "\" is outside target destination, skipping\n");
  // Absolute names are re-rooted under dest; backslashes are separators.
  CHECK(tree(t.path()) == std::vector<std::string>{"a", "a/b", "a/b/dest", "a/b/dest/abs", "a/b/dest/abs/evil",
                                                   "a/b/dest/fine", "a/b/dest/ok", "a/b/dest/ok/sub",
                                                   "a/b/dest/ok/sub/file"});
  CHECK(!exists("/tmp/evil2"));
}

TEST_CASE("extract: symlinks are never created, so link/passwd stays inside") {
  test::TempDir t;
  const std::string dest = t.file("dest");
  auto o = run(make_tar({typed_member("link", type::kSymlink, "/etc"), file_member("link/passwd", "pwned"),
                         typed_member("l2", type::kSymlink, "../.."), file_member("l2/escape", "x")}),
               "", dest);
  REQUIRE(o.stats.ok());
  CHECK(o.warnings == "warning: skipping symlink: \"" + dest + "/link\" -> \"/etc\" (hint)\n"
                      "warning: skipping symlink: \"" + dest + "/l2\" -> \"../..\"\n");
  // "link" is an ordinary directory now.
  CHECK(test::read_text(dest + "/link/passwd") == "pwned");
  struct stat st {};
  REQUIRE(::lstat((dest + "/link").c_str(), &st) == 0);
  CHECK(S_ISDIR(st.st_mode));
  CHECK(test::read_text(dest + "/l2/escape") == "x");
}

TEST_CASE("extract: a symlink already at the destination is not followed") {
  test::TempDir t;
  const std::string dest = t.file("dest");
  std::filesystem::create_directories(t.file("outside"));
  std::filesystem::create_directories(dest);
  REQUIRE(::symlink(t.file("outside").c_str(), (dest + "/sub").c_str()) == 0);
  REQUIRE(::symlink(t.file("outside/target").c_str(), (dest + "/file").c_str()) == 0);
  auto o = run(make_tar({file_member("sub/x", "through dir link"), file_member("file", "through file link"),
                         typed_member("sub", type::kDirectory)}),
               "", dest);
  REQUIRE(o.stats.ok());
  CHECK(tree(t.file("outside")).empty());
  CHECK(o.warnings == "warning: file \"" + dest + "/sub/x\" is behind the symlink \"" + dest +
                          "/sub\", skipping\n"
                          "warning: file \"" + dest + "/file\" is a symlink, skipping\n"
                          "warning: directory \"" + dest + "/sub\" is a symlink, skipping\n");
}

TEST_CASE("extract: hard links, devices and FIFOs are skipped") {
  test::TempDir t;
  const std::string dest = t.file("dest");
  auto o = run(make_tar({typed_member("hl", type::kHardLink, "/etc/passwd"), typed_member("dev", type::kCharDevice),
                         typed_member("fifo", type::kFifo), file_member("kept", "k")}),
               "", dest);
  REQUIRE(o.stats.ok());
  CHECK(o.warnings == "warning: skipping hard link: \"" + dest + "/hl\" -> \"/etc/passwd\"\n"
                      "warning: skipping special file: \"" + dest + "/dev\"\n"
                      "warning: skipping special file: \"" + dest + "/fifo\"\n");
  CHECK(tree(dest) == std::vector<std::string>{"kept"});
}

TEST_CASE("extract: a member without the expected prefix fails the copy") {
  test::TempDir t;
  auto o = run(make_tar({file_member("tmp/src/a", "a"), file_member("etc/passwd", "x")}), "tmp/src", t.file("d"));
  REQUIRE(!o.stats.ok());
  CHECK(o.stats.error().message == "tar contents corrupted");
  CHECK(!exists(t.file("d/passwd")));
}

TEST_CASE("extract: corrupt archives stop the copy with the reader's error") {
  test::TempDir t;
  std::string bytes = make_tar({file_member("a", "aaaa"), file_member("b", "bbbb")});
  bytes[kBlockSize * 2 + 10] ^= 1;  // b's header
  auto o = run(bytes, "", t.file("d"));
  REQUIRE(!o.stats.ok());
  CHECK(o.stats.error().message == "tar: invalid header: checksum mismatch");
  auto cut = run(make_tar({file_member("a", std::string(5000, 'a'))}).substr(0, 3000), "", t.file("e"));
  REQUIRE(!cut.stats.ok());
  CHECK(cut.stats.error().message == "tar: unexpected EOF");
}

}  // namespace
}  // namespace kctl::stream::tar
