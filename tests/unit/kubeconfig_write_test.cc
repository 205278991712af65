// kubeconfig/write: atomic saves that keep mode, links and unknown fields.
#include <doctest/doctest.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <string>

#include "kubeconfig/parse.h"
#include "kubeconfig/write.h"
#include "test_support.h"

namespace kctl::kubeconfig {
namespace {

namespace fs = std::filesystem;

File parsed(const std::string& text, const std::string& path = "/k/config") {
  auto file = parse(text, path);
  REQUIRE(file.ok());
  return *file;
}

TEST_CASE("write_file_atomic: replaces the content and keeps the file's mode") {
  test::TempDir dir;
  const std::string path = dir.file("config");
  test::write_text(path, "old\n");
  REQUIRE(::chmod(path.c_str(), 0640) == 0);
  REQUIRE(write_file_atomic(path, "new\n").ok());
  CHECK(test::read_text(path) == "new\n");
  CHECK(test::file_mode(path) == 0640);
}

TEST_CASE("write_file_atomic: a new file is created 0600, with its directories") {
  test::TempDir dir;
  const std::string path = dir.file("a/b/config");
  REQUIRE(write_file_atomic(path, "x: 1\n").ok());
  CHECK(test::read_text(path) == "x: 1\n");
  CHECK(test::file_mode(path) == 0600);
}

TEST_CASE("write_file_atomic: leaves no temporary file behind") {
  test::TempDir dir;
  REQUIRE(write_file_atomic(dir.file("config"), "a").ok());
  REQUIRE(write_file_atomic(dir.file("config"), "b").ok());
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("write_file_atomic: writes through a symlink and keeps the link") {
  test::TempDir dir;
  const std::string target = dir.file("real-config");
  const std::string link = dir.file("config");
  test::write_text(target, "old\n");
  REQUIRE(::chmod(target.c_str(), 0604) == 0);
  REQUIRE(::symlink(target.c_str(), link.c_str()) == 0);

  REQUIRE(write_file_atomic(link, "new\n").ok());
  CHECK(fs::is_symlink(link));
  CHECK(fs::read_symlink(link) == target);
  CHECK(test::read_text(target) == "new\n");
  CHECK(test::file_mode(target) == 0604);
}

TEST_CASE("write_file_atomic: a failure names the path and leaves the old file intact") {
  // Tests may run as root, so a read-only directory would not stop us; a
  // parent that is a regular file does.
  test::TempDir dir;
  const std::string blocker = dir.file("not-a-dir");
  test::write_text(blocker, "I am a file\n");
  SUBCASE("parent is a file") {
    const std::string path = blocker + "/config";
    auto r = write_file_atomic(path, "new\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find(path) != std::string::npos);
    CHECK(test::read_text(blocker) == "I am a file\n");
  }
  SUBCASE("old file kept when writing the new content fails") {
    // A file size limit makes write(2) fail with EFBIG even for root.
    const std::string path = dir.file("config");
    test::write_text(path, "old\n");
    struct rlimit saved{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    auto* saved_handler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = saved;
    tiny.rlim_cur = 16;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &tiny) == 0);
    auto r = write_file_atomic(path, std::string(4096, 'x'));
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, saved_handler);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "error writing " + path + ": File too large");
    CHECK(test::read_text(path) == "old\n");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) ++entries;
    CHECK(entries == 2);  // the blocker and the old file: no temporary file left
  }
  SUBCASE("old file kept when the temporary file cannot be renamed over it") {
    // A directory where the file should be: rename(2) of a file over a
    // non-empty directory fails after the temporary file was written.
    const std::string path = dir.file("config");
    fs::create_directory(path);
    test::write_text(path + "/keep", "kept\n");
    auto r = write_file_atomic(path, "new\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find(path) != std::string::npos);
    CHECK(test::read_text(path + "/keep") == "kept\n");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) ++entries;
    CHECK(entries == 2);  // the blocker and the directory: no temporary file left
  }
}

TEST_CASE("serialize: kubectl's layout, keeping fields kctl does not know") {
  const File file = parsed(R"(kind: Config
apiVersion: v1
clusters:
- name: c
  cluster:
    server: https://c
    future-field: {nested: [1, 2]}
current-context: c
x-vendor: keep me
)");
  CHECK(serialize(file) == R"(apiVersion: v1
clusters:
- cluster:
    future-field:
      nested:
      - 1
      - 2
    server: https://c
  name: c
contexts: null
current-context: c
kind: Config
preferences: {}
users: null
x-vendor: keep me
)");
}

TEST_CASE("serialize: an empty file gets kubectl's skeleton") {
  CHECK(serialize(parsed("")) == R"(apiVersion: v1
clusters: null
contexts: null
current-context: ""
kind: Config
preferences: {}
users: null
)");
}

TEST_CASE("serialize: scalars keep their YAML type") {
  const File file = parsed(R"(clusters:
- name: c
  cluster:
    insecure-skip-tls-verify: true
    server: "123"
    quoted-bool: "true"
)");
  const std::string text = serialize(file);
  CHECK(text.find("    insecure-skip-tls-verify: true\n") != std::string::npos);
  CHECK(text.find("    server: \"123\"\n") != std::string::npos);
  CHECK(text.find("    quoted-bool: \"true\"\n") != std::string::npos);
}

TEST_CASE("edit_entry: finds the named entry or appends a new one") {
  File file = parsed("users:\n- name: a\n  user: {token: t}\n");
  SUBCASE("existing entry") {
    YAML::Node body = edit_entry(file, Section::Users, "a");
    body["token"] = "changed";
    CHECK(file.root["users"].size() == 1);
    CHECK(file.root["users"][0]["user"]["token"].Scalar() == "changed");
  }
  SUBCASE("new entry") {
    YAML::Node body = edit_entry(file, Section::Users, "b");
    body["token"] = "new";
    REQUIRE(file.root["users"].size() == 2);
    CHECK(file.root["users"][1]["name"].Scalar() == "b");
    CHECK(file.root["users"][1]["user"]["token"].Scalar() == "new");
  }
  SUBCASE("section absent") {
    YAML::Node body = edit_entry(file, Section::Contexts, "ctx");
    body["cluster"] = "c";
    REQUIRE(file.root["contexts"].IsSequence());
    CHECK(file.root["contexts"][0]["context"]["cluster"].Scalar() == "c");
  }
  SUBCASE("entry with a null body") {
    File null_body = parsed("clusters:\n- name: c\n  cluster:\n");
    edit_entry(null_body, Section::Clusters, "c")["server"] = "https://s";
    CHECK(null_body.root["clusters"][0]["cluster"]["server"].Scalar() == "https://s");
  }
}

TEST_CASE("remove_entry: drops the named entry only") {
  File file = parsed("contexts:\n- name: a\n  context: {}\n- name: b\n  context: {}\n");
  SUBCASE("present") {
    CHECK(remove_entry(file, Section::Contexts, "a"));
    REQUIRE(file.root["contexts"].size() == 1);
    CHECK(file.root["contexts"][0]["name"].Scalar() == "b");
  }
  SUBCASE("absent") {
    CHECK_FALSE(remove_entry(file, Section::Contexts, "zzz"));
    CHECK(file.root["contexts"].size() == 2);
  }
  SUBCASE("no such section") { CHECK_FALSE(remove_entry(file, Section::Users, "a")); }
}

TEST_CASE("save: writes the file an edit belongs to") {
  test::TempDir dir;
  test::write_text(dir.file("a"), "users:\n- name: in-a\n  user: {token: a}\n");
  test::write_text(dir.file("b"), "current-context: x\nusers:\n- name: in-b\n  user: {token: b}\n");
  test::FakeEnv env{{"KUBECONFIG", dir.file("a") + ":" + dir.file("b")}};
  const LoadingRules rules = make_loading_rules("", env.lookup());
  auto config = load(rules);
  REQUIRE(config.ok());

  CHECK(file_for_entry(*config, rules, Section::Users, "in-b") == 1);
  CHECK(file_for_entry(*config, rules, Section::Users, "brand-new") == 0);
  CHECK(file_for_current_context(*config, rules) == 1);

  std::size_t index = file_for_entry(*config, rules, Section::Users, "in-b");
  edit_entry(config->files[index], Section::Users, "in-b")["token"] = "rotated";
  REQUIRE(save(*config, index).ok());
  auto reread = read_file(dir.file("b"));
  REQUIRE(reread.ok());
  CHECK(reread->root["users"][0]["user"]["token"].Scalar() == "rotated");
  CHECK(reread->root["current-context"].Scalar() == "x");
}

}  // namespace
}  // namespace kctl::kubeconfig
