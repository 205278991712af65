// kubeconfig/parse: one kubeconfig document, with file, line and field path
// in every error.
#include <doctest/doctest.h>

#include <string>

#include "kubeconfig/parse.h"
#include "test_support.h"

namespace kctl::kubeconfig {
namespace {

constexpr const char* kOrigin = "/home/me/.kube/config";

TEST_CASE("parse: a valid file gives its clusters, users and contexts") {
  auto file = parse(R"(apiVersion: v1
kind: Config
current-context: dev
clusters:
- name: c1
  cluster:
    server: https://c1.example:6443
    insecure-skip-tls-verify: true
users:
- name: u1
  user:
    token: abc
    exec:
      command: get-token
      args: [--a, --b]
contexts:
- name: dev
  context:
    cluster: c1
    user: u1
    namespace: team
)",
                    kOrigin);
  REQUIRE(file.ok());
  CHECK(file->exists);
  CHECK(file->path == kOrigin);
  CHECK(file->root["current-context"].Scalar() == "dev");
  CHECK(file->root["clusters"][0]["cluster"]["server"].Scalar() == "https://c1.example:6443");
  CHECK(file->root["users"][0]["user"]["exec"]["args"].size() == 2);
  CHECK(file->root["contexts"][0]["context"]["namespace"].Scalar() == "team");
}

TEST_CASE("parse: an empty document is an existing file with an empty map") {
  const char* texts[] = {"", "\n\n", "# only a comment\n", "---\n"};
  for (const char* text : texts) {
    SUBCASE(("text: \"" + std::string(text) + "\"").c_str()) {
      auto file = parse(text, kOrigin);
      REQUIRE(file.ok());
      CHECK(file->exists);
      CHECK(file->root.IsMap());
      CHECK(file->root.size() == 0);
    }
  }
}

TEST_CASE("parse: a YAML syntax error names the file and the line") {
  // The text after the line number is yaml-cpp's, not go-yaml's; where both
  // name the same line (as kubectl does) the line is checked too.
  struct Row {
    const char* name;
    const char* text;
    const char* line;  // nullptr: any line
  };
  const Row rows[] = {
      {"map value in the wrong place", "apiVersion: v1\nkind: Config\n  users: x\n", "3"},
      {"second value on one line", "a: b: c\n", "1"},
      {"unclosed flow sequence", "apiVersion: v1\nclusters: [\n", nullptr},
      {"unclosed flow map", "a: {b: c\n", nullptr},
      {"list item in a map", "a: b\n- c\n", nullptr},
      {"undefined alias", "a: *nope\n", "1"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      auto file = parse(row.text, kOrigin);
      REQUIRE_FALSE(file.ok());
      CHECK(file.error().kind == ErrorKind::Config);
      const std::string& message = file.error().message;
      const std::string prefix = std::string("error loading config file \"") + kOrigin + "\": yaml: line ";
      REQUIRE_MESSAGE(message.rfind(prefix, 0) == 0, message);
      const std::string rest = message.substr(prefix.size());
      const std::string line = rest.substr(0, rest.find(':'));
      CHECK_MESSAGE(!line.empty(), message);
      CHECK_MESSAGE(line.find_first_not_of("0123456789") == std::string::npos, message);
      if (row.line != nullptr) CHECK_MESSAGE(line == row.line, message);
    }
  }
}

TEST_CASE("parse: a field of the wrong type names file, line and field path") {
  struct Row {
    const char* name;
    const char* text;
    const char* message;  // after `error loading config file "<origin>": `
  };
  const Row rows[] = {
      {"clusters is a string", "apiVersion: v1\nclusters: foo\n",
       "line 2: clusters: expected a list, got a string"},
      {"preferences is a list", "preferences:\n- a\n", "line 2: preferences: expected a map, got a list"},
      {"top level is a list", "- a\n- b\n", "line 1: (top level): expected a map, got a list"},
      {"token is a list", "users:\n- name: u\n  user:\n    token:\n    - a\n",
       "line 5: users[0].user.token: expected a string, got a list"},
      {"insecure-skip-tls-verify is not a bool",
       "clusters:\n- name: c\n  cluster:\n    server: https://x\n    insecure-skip-tls-verify: maybe\n",
       "line 5: clusters[0].cluster.insecure-skip-tls-verify: expected true or false, got a string"},
      {"second context is a string", "contexts:\n- name: a\n  context: {}\n- oops\n",
       "line 4: contexts[1]: expected a map, got a string"},
      {"entry without a name", "clusters:\n- cluster:\n    server: https://x\n",
       "line 2: clusters[0].name: expected a non-empty string, got a map"},
      {"cluster body is a list", "clusters:\n- name: c\n  cluster: [a]\n",
       "line 3: clusters[0].cluster: expected a map, got a list"},
      {"exec args is a string", "users:\n- name: u\n  user:\n    exec:\n      command: x\n      args: --flag\n",
       "line 6: users[0].user.exec.args: expected a list of strings, got a string"},
      {"exec args holds a map", "users:\n- name: u\n  user:\n    exec:\n      args:\n      - ok\n      - {a: b}\n",
       "line 7: users[0].user.exec.args[1]: expected a string, got a map"},
      {"as-groups holds a list", "users:\n- name: u\n  user:\n    as-groups: [[a]]\n",
       "line 4: users[0].user.as-groups[0]: expected a string, got a list"},
      {"context namespace is a map", "contexts:\n- name: x\n  context:\n    namespace: {a: 1}\n",
       "line 4: contexts[0].context.namespace: expected a string, got a map"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      auto file = parse(row.text, kOrigin);
      REQUIRE_FALSE(file.ok());
      CHECK(file.error().kind == ErrorKind::Config);
      CHECK(file.error().message == std::string("error loading config file \"") + kOrigin + "\": " + row.message);
    }
  }
}

TEST_CASE("parse: null values and YAML 1.1 booleans are accepted") {
  auto file = parse(R"(clusters:
- name: c
  cluster:
    server: https://x
    insecure-skip-tls-verify: yes
    disable-compression: off
    proxy-url:
users: ~
)",
                    kOrigin);
  CHECK(file.ok());
}

TEST_CASE("read_file: a missing file is not an error but does not exist") {
  test::TempDir dir;
  auto file = read_file(dir.file("absent"));
  REQUIRE(file.ok());
  CHECK_FALSE(file->exists);
  CHECK(file->path == dir.file("absent"));
  CHECK(file->root.IsMap());
}

TEST_CASE("read_file: reads and parses a file, with its path in errors") {
  test::TempDir dir;
  SUBCASE("valid") {
    test::write_text(dir.file("config"), "current-context: x\n");
    auto file = read_file(dir.file("config"));
    REQUIRE(file.ok());
    CHECK(file->exists);
    CHECK(file->root["current-context"].Scalar() == "x");
  }
  SUBCASE("invalid") {
    test::write_text(dir.file("config"), "\n\nclusters: 3\n");
    auto file = read_file(dir.file("config"));
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().message == "error loading config file \"" + dir.file("config") +
                                      "\": line 3: clusters: expected a list, got a string");
  }
}

}  // namespace
}  // namespace kctl::kubeconfig
