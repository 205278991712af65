// kubectl's plugin lookup (HandlePluginCommand): the longest name first,
// dashes inside a word as underscores, kctl's prefix before kubectl's, no
// flags before the name, and PATH searched as Go's exec.LookPath does.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "cmd/plugin_commands.h"

using namespace kctl;
using namespace kctl::cmd;
namespace fs = std::filesystem;

namespace {

struct PluginDirs {
  fs::path root;
  PluginDirs() {
    char tmpl[] = "/tmp/kctl-plugin-test.XXXXXX";
    root = ::mkdtemp(tmpl);
    fs::create_directories(root / "a");
    fs::create_directories(root / "b");
  }
  ~PluginDirs() { fs::remove_all(root); }
  std::string path_env() const { return (root / "a").string() + ":" + (root / "b").string(); }
  void add(const std::string& dir, const std::string& name, bool executable = true) const {
    const fs::path p = root / dir / name;
    std::ofstream(p) << "#!/bin/sh\n";
    ::chmod(p.c_str(), executable ? 0755 : 0644);
  }
};

PluginCall found(const Result<std::optional<PluginCall>>& r) {
  REQUIRE(r);
  REQUIRE(r->has_value());
  return **r;
}

}  // namespace

TEST_CASE("plugins: the longest name that exists, the rest as arguments") {
  PluginDirs d;
  d.add("a", "kubectl-foo");
  d.add("b", "kubectl-foo-bar");
  const PluginCall call = found(find_plugin({"foo", "bar", "baz", "--x", "y"}, 1, d.path_env()));
  CHECK(call.path == (d.root / "b" / "kubectl-foo-bar").string());
  CHECK(call.args == std::vector<std::string>{"baz", "--x", "y"});
  CHECK(found(find_plugin({"foo", "baz"}, 1, d.path_env())).args == std::vector<std::string>{"baz"});
}

TEST_CASE("plugins: dashes inside a word become underscores") {
  PluginDirs d;
  d.add("a", "kubectl-foo_bar");
  CHECK(found(find_plugin({"foo-bar", "x"}, 1, d.path_env())).path == (d.root / "a" / "kubectl-foo_bar").string());
}

TEST_CASE("plugins: kctl's own before kubectl's, in any PATH directory") {
  PluginDirs d;
  d.add("a", "kubectl-hello");
  d.add("b", "kctl-hello");
  CHECK(found(find_plugin({"hello"}, 1, d.path_env())).path == (d.root / "b" / "kctl-hello").string());
}

TEST_CASE("plugins: none, not executable, or too short a name for create") {
  PluginDirs d;
  d.add("a", "kubectl-plain", false);
  d.add("a", "kubectl-create");
  auto none = find_plugin({"plain"}, 1, d.path_env());
  REQUIRE(none);
  CHECK_FALSE(none->has_value());
  // kubectl create foo must not run kubectl-create.
  auto create = find_plugin({"create", "foo"}, 2, d.path_env());
  REQUIRE(create);
  CHECK_FALSE(create->has_value());
}

TEST_CASE("plugins: a flag before the name is kubectl's error") {
  auto r = find_plugin({"--context", "x", "hello"}, 1, "/nonexistent");
  REQUIRE_FALSE(r);
  CHECK(r.error().message == "flags cannot be placed before plugin name: --context");
}

TEST_CASE("look_path: directories and files without an execute bit are skipped; empty entries are .") {
  PluginDirs d;
  fs::create_directories(d.root / "a" / "tool");
  d.add("b", "tool");
  CHECK(look_path("tool", d.path_env()) == (d.root / "b" / "tool").string());
  CHECK_FALSE(look_path("missing", d.path_env()).has_value());
}
