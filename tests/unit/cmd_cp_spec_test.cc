// kubectl cp's file specs and path rules (cp_test.go's cases).
#include <doctest/doctest.h>

#include "cmd/cp_progress.h"
#include "cmd/cp_spec.h"
#include "stream/go_path.h"

namespace kctl::cmd {
namespace {

TEST_CASE("cp spec: [[namespace/]pod:]path") {
  auto s = parse_file_spec("ns/pod:/tmp/x/");
  REQUIRE(s.ok());
  CHECK(s->pod_namespace == "ns");
  CHECK(s->pod_name == "pod");
  CHECK(s->file == "/tmp/x");
  s = parse_file_spec("pod:c:\\dir\\f");
  REQUIRE(s.ok());
  CHECK(s->file == "c:/dir/f");
  s = parse_file_spec("local/dir/");
  REQUIRE(s.ok());
  CHECK(!s->remote());
  CHECK(s->file == "local/dir");
  for (const char* bad : {":foo", "a/b/c:foo"}) {
    auto e = parse_file_spec(bad);
    REQUIRE(!e.ok());
    CHECK(e.error().message == "filespec must match the canonical format: [[namespace/]pod:]file/path");
  }
  s = parse_file_spec("pod:");
  REQUIRE(s.ok());
  CHECK(s->file.empty());
}

TEST_CASE("cp spec: the prefix a download's members must carry") {
  CHECK(download_prefix("/tmp/foo") == "tmp/foo");
  CHECK(download_prefix("/tmp/foo/") == "tmp/foo");
  CHECK(download_prefix("../../../tmp/foo") == "tmp/foo");
  CHECK(download_prefix("/") == "");
  CHECK(download_prefix("..") == "");
  CHECK(download_prefix("foo/../../bar") == "bar");
  CHECK(strip_path_shortcuts("../../..") == "");
}

TEST_CASE("cp spec: sh quoting for the resumable command") {
  CHECK(shell_quote("/tmp/a b") == "'/tmp/a b'");
  CHECK(shell_quote("it's") == "'it'\\''s'");
  CHECK(shell_quote("$(rm -rf /)") == "'$(rm -rf /)'");
}

TEST_CASE("go path: Clean, Join, Dir, Base") {
  using namespace stream::gopath;
  CHECK(clean("a//b/./c/..") == "a/b");
  CHECK(clean("/../a") == "/a");
  CHECK(clean("../a/..") == "..");
  CHECK(clean("") == ".");
  CHECK(join("dest", "/abs/x") == "dest/abs/x");
  CHECK(join("dest", "../../x") == "../x");
  CHECK(join("dest", "") == "dest");
  CHECK(dir("/tmp/x") == "/tmp");
  CHECK(dir("x") == ".");
  CHECK(dir("/x") == "/");
  CHECK(base("/tmp/x/") == "x");
  CHECK(base("") == ".");
}

TEST_CASE("cp progress line") {
  CHECK(CpProgress::render("f", 512, 0, 0) == "f  512 B");
  CHECK(CpProgress::render("f", 1 << 20, 4 << 20, 2) == "f  1.0 MiB / 4.0 MiB   25%  512.0 KiB/s");
}

}  // namespace
}  // namespace kctl::cmd
