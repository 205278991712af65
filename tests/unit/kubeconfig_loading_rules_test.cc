// kubeconfig/loading_rules: which files are read and how they merge.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kubeconfig/loading_rules.h"
#include "kubeconfig/parse.h"
#include "test_support.h"

namespace kctl::kubeconfig {
namespace {

using Paths = std::vector<std::string>;

File parsed(const std::string& text, const std::string& path) {
  auto file = parse(text, path);
  REQUIRE(file.ok());
  return *file;
}

TEST_CASE("make_loading_rules: $KUBECONFIG is split on ':' without empties or repeats") {
  struct Row {
    const char* kubeconfig;
    Paths want;
  };
  const Row rows[] = {
      {"a:b::a", {"a", "b"}},
      {"/x/config", {"/x/config"}},
      {":/x:", {"/x"}},
      {"b:a:b:c", {"b", "a", "c"}},
  };
  for (const Row& row : rows) {
    SUBCASE(row.kubeconfig) {
      test::FakeEnv env{{"KUBECONFIG", row.kubeconfig}, {"HOME", "/home/me"}};
      LoadingRules rules = make_loading_rules("", env.lookup());
      CHECK(rules.precedence == row.want);
      CHECK(rules.explicit_path.empty());
    }
  }
}

TEST_CASE("make_loading_rules: without $KUBECONFIG the file is ~/.kube/config") {
  SUBCASE("unset") {
    test::FakeEnv env{{"HOME", "/home/me"}};
    CHECK(make_loading_rules("", env.lookup()).precedence == Paths{"/home/me/.kube/config"});
  }
  SUBCASE("empty") {
    test::FakeEnv env{{"HOME", "/root"}, {"KUBECONFIG", ""}};
    CHECK(make_loading_rules("", env.lookup()).precedence == Paths{"/root/.kube/config"});
  }
}

TEST_CASE("make_loading_rules: --kubeconfig is the explicit path") {
  test::FakeEnv env{{"KUBECONFIG", "a:b"}};
  LoadingRules rules = make_loading_rules("/etc/kc", env.lookup());
  CHECK(rules.explicit_path == "/etc/kc");
}

TEST_CASE("merge: the first file to define a name wins") {
  std::vector<File> files{
      parsed("clusters:\n- name: shared\n  cluster: {server: https://first}\n", "/a"),
      parsed("clusters:\n- name: shared\n  cluster: {server: https://second}\n"
             "- name: only-b\n  cluster: {server: https://b}\n",
             "/b"),
  };
  Config config = merge(std::move(files));
  REQUIRE(config.clusters.size() == 2);
  const Entry* shared = config.find(Section::Clusters, "shared");
  REQUIRE(shared != nullptr);
  CHECK(field(shared->body, "server") == "https://first");
  CHECK(shared->origin == "/a");
  const Entry* only_b = config.find(Section::Clusters, "only-b");
  REQUIRE(only_b != nullptr);
  CHECK(only_b->origin == "/b");
  CHECK(config.files.size() == 2);
}

TEST_CASE("merge: current-context comes from the first file that sets it") {
  struct Row {
    const char* name;
    const char* first;
    const char* second;
    std::string want;
    std::string origin;
  };
  const Row rows[] = {
      {"first sets it", "current-context: one\n", "current-context: two\n", "one", "/a"},
      {"first is empty", "current-context: \"\"\n", "current-context: two\n", "two", "/b"},
      {"first lacks it", "kind: Config\n", "current-context: two\n", "two", "/b"},
      {"neither", "kind: Config\n", "kind: Config\n", "", ""},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      Config config = merge({parsed(row.first, "/a"), parsed(row.second, "/b")});
      CHECK(config.current_context == row.want);
      CHECK(config.current_context_origin == row.origin);
    }
  }
}

TEST_CASE("load: missing files in $KUBECONFIG are skipped") {
  test::TempDir dir;
  test::write_text(dir.file("b"), "current-context: from-b\ncontexts:\n- name: from-b\n  context: {cluster: c}\n");
  test::FakeEnv env{{"KUBECONFIG", dir.file("missing") + ":" + dir.file("b")}};
  auto config = load(make_loading_rules("", env.lookup()));
  REQUIRE(config.ok());
  CHECK(config->current_context == "from-b");
  CHECK(config->contexts.size() == 1);
  REQUIRE(config->files.size() == 2);
  CHECK_FALSE(config->files[0].exists);
  CHECK(config->files[1].exists);
  CHECK_FALSE(config->explicit_file);
}

TEST_CASE("load: merges the files of $KUBECONFIG from disk") {
  test::TempDir dir;
  test::write_text(dir.file("a"), "users:\n- name: me\n  user: {token: from-a}\n");
  test::write_text(dir.file("b"), "current-context: ctx\nusers:\n- name: me\n  user: {token: from-b}\n");
  test::FakeEnv env{{"KUBECONFIG", dir.file("a") + ":" + dir.file("b")}};
  auto config = load(make_loading_rules("", env.lookup()));
  REQUIRE(config.ok());
  CHECK(config->current_context == "ctx");
  CHECK(config->current_context_origin == dir.file("b"));
  REQUIRE(config->users.size() == 1);
  CHECK(field(config->users[0].body, "token") == "from-a");
}

TEST_CASE("load: an explicit --kubeconfig must exist unless the caller may create it") {
  test::TempDir dir;
  LoadingRules rules;
  rules.explicit_path = dir.file("nope");
  SUBCASE("required") {
    auto config = load(rules);
    REQUIRE_FALSE(config.ok());
    CHECK(config.error().message == "stat " + dir.file("nope") + ": no such file or directory");
  }
  SUBCASE("allowed missing") {
    auto config = load(rules, /*allow_missing_explicit=*/true);
    REQUIRE(config.ok());
    CHECK(config->explicit_file);
    REQUIRE(config->files.size() == 1);
    CHECK_FALSE(config->files[0].exists);
  }
}

TEST_CASE("load: an unreadable file in $KUBECONFIG is an error naming it") {
  test::TempDir dir;
  test::write_text(dir.file("bad"), "clusters: {}\n");
  test::FakeEnv env{{"KUBECONFIG", dir.file("bad")}};
  auto config = load(make_loading_rules("", env.lookup()));
  REQUIRE_FALSE(config.ok());
  CHECK(config.error().message ==
        "error loading config file \"" + dir.file("bad") + "\": line 1: clusters: expected a list, got a map");
}

}  // namespace
}  // namespace kctl::kubeconfig
