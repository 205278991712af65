// kubeconfig/resolve: flags, environment and kubeconfig into a RestConfig.
#include <doctest/doctest.h>

#include <unistd.h>

#include <climits>
#include <string>

#include "kubeconfig/parse.h"
#include "kubeconfig/resolve.h"
#include "test_support.h"

namespace kctl::kubeconfig {
namespace {

constexpr const char* kConfigPath = "/home/me/.kube/config";

// Two contexts on two clusters; "dev" is current and sets a namespace.
constexpr const char* kTwoContexts = R"(current-context: dev
clusters:
- name: dev-cluster
  cluster:
    server: https://dev.example:6443/
    tls-server-name: dev.internal
    certificate-authority-data: aGVsbG8=
- name: prod-cluster
  cluster:
    server: prod.example
users:
- name: dev-user
  user:
    token: dev-token
- name: prod-user
  user:
    username: admin
    password: secret
contexts:
- name: dev
  context:
    cluster: dev-cluster
    user: dev-user
    namespace: dev-ns
- name: prod
  context:
    cluster: prod-cluster
    user: prod-user
)";

Config config_from(const std::string& text, const std::string& origin = kConfigPath) {
  auto file = parse(text, origin);
  REQUIRE(file.ok());
  return merge({*file});
}

RestConfig resolved(const Config& config, const Overrides& o, const test::FakeEnv& env = {}) {
  auto rc = resolve(config, o, env.lookup());
  REQUIRE_MESSAGE(rc.ok(), rc.error().message);
  return *rc;
}

TEST_CASE("resolve: the context is --context, else $KCTL_CONTEXT, else current-context") {
  const Config config = config_from(kTwoContexts);
  struct Row {
    const char* name;
    const char* flag;
    const char* env;
    std::string want_context;
    std::string want_server;
  };
  const Row rows[] = {
      {"current-context", "", nullptr, "dev", "https://dev.example:6443"},
      {"env over current-context", "", "prod", "prod", "https://prod.example"},
      {"flag over env", "dev", "prod", "dev", "https://dev.example:6443"},
      {"flag alone", "prod", nullptr, "prod", "https://prod.example"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      Overrides o;
      o.context = row.flag;
      test::FakeEnv env;
      if (row.env != nullptr) env.set("KCTL_CONTEXT", row.env);
      CHECK(effective_context(config, o, env.lookup()) == row.want_context);
      RestConfig rc = resolved(config, o, env);
      CHECK(rc.context_name == row.want_context);
      CHECK(rc.server == row.want_server);
    }
  }
}

TEST_CASE("resolve: the namespace is -n, else $KCTL_NAMESPACE, else the context's, else default") {
  const Config config = config_from(kTwoContexts);
  struct Row {
    const char* name;
    const char* context;
    const char* flag;
    const char* env;
    std::string want;
    bool overridden;
  };
  const Row rows[] = {
      {"context namespace", "", "", nullptr, "dev-ns", false},
      {"context without namespace", "prod", "", nullptr, "default", false},
      {"env over context", "", "", "from-env", "from-env", false},
      {"flag over env", "", "from-flag", "from-env", "from-flag", true},
      {"flag over context", "", "from-flag", nullptr, "from-flag", true},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      Overrides o;
      o.context = row.context;
      o.ns = row.flag;
      test::FakeEnv env;
      if (row.env != nullptr) env.set("KCTL_NAMESPACE", row.env);
      CHECK(resolve_namespace(config, o, env.lookup()) == row.want);
      RestConfig rc = resolved(config, o, env);
      CHECK(rc.ns == row.want);
      CHECK(rc.ns_overridden == row.overridden);
    }
  }
  SUBCASE("no kubeconfig at all") {
    CHECK(resolve_namespace(Config{}, Overrides{}, test::FakeEnv{}.lookup()) == "default");
  }
}

TEST_CASE("resolve: an unknown context, cluster or user named on purpose is an error") {
  const Config config = config_from(kTwoContexts);
  struct Row {
    const char* name;
    const char* context;
    const char* env_context;
    const char* cluster;
    const char* user;
    std::string message;
  };
  const Row rows[] = {
      {"--context", "x", nullptr, "", "", "context \"x\" does not exist"},
      {"$KCTL_CONTEXT", "", "gone", "", "", "context \"gone\" does not exist"},
      {"--cluster", "", nullptr, "nope", "", "cluster \"nope\" does not exist"},
      {"--user", "", nullptr, "", "nobody", "auth info \"nobody\" does not exist"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      Overrides o;
      o.context = row.context;
      o.cluster = row.cluster;
      o.user = row.user;
      test::FakeEnv env;
      if (row.env_context != nullptr) env.set("KCTL_CONTEXT", row.env_context);
      auto rc = resolve(config, o, env.lookup());
      REQUIRE_FALSE(rc.ok());
      CHECK(rc.error().kind == ErrorKind::Config);
      CHECK(rc.error().message == row.message);
    }
  }
}

TEST_CASE("resolve: a current-context that names no context is kubectl's configuration error") {
  const Config config = config_from("current-context: ghost\n");
  auto rc = resolve(config, Overrides{}, test::FakeEnv{}.lookup());
  REQUIRE_FALSE(rc.ok());
  CHECK(rc.error().kind == ErrorKind::InvalidConfig);
  CHECK(rc.error().message == "context was not found for specified context: ghost");
}

TEST_CASE("resolve: no current-context at all means localhost:8080, as kubectl") {
  const Config config = config_from("apiVersion: v1\n");
  RestConfig rc = resolved(config, Overrides{});
  CHECK(rc.context_name.empty());
  CHECK(rc.server == "http://localhost:8080");
  CHECK(rc.ns == "default");
}

TEST_CASE("resolve: server URLs are normalized") {
  struct Row {
    const char* flag;
    std::string want;
  };
  const Row rows[] = {
      {"", "https://dev.example:6443"},  // kubeconfig value, trailing slash dropped
      {"10.0.0.1:6443", "https://10.0.0.1:6443"},
      {"http://plain:8080///", "http://plain:8080"},
      {"https://host/prefix/", "https://host/prefix"},
  };
  const Config config = config_from(kTwoContexts);
  for (const Row& row : rows) {
    SUBCASE(row.want.c_str()) {
      Overrides o;
      o.server = row.flag;
      CHECK(resolved(config, o).server == row.want);
    }
  }
}

TEST_CASE("resolve: --server drops the kubeconfig's tls-server-name") {
  const Config config = config_from(kTwoContexts);
  SUBCASE("kubeconfig server keeps it") { CHECK(resolved(config, Overrides{}).tls_server_name == "dev.internal"); }
  SUBCASE("--server clears it") {
    Overrides o;
    o.server = "https://other:6443";
    RestConfig rc = resolved(config, o);
    CHECK(rc.server == "https://other:6443");
    CHECK(rc.tls_server_name.empty());
  }
  SUBCASE("--server with --tls-server-name") {
    Overrides o;
    o.server = "https://other:6443";
    o.tls_server_name = "named";
    CHECK(resolved(config, o).tls_server_name == "named");
  }
}

TEST_CASE("resolve: relative file paths are relative to the kubeconfig that names them") {
  const Config config = config_from(R"(current-context: c
clusters:
- name: c
  cluster:
    server: https://x
    certificate-authority: ca.crt
users:
- name: u
  user:
    client-certificate: certs/client.crt
    client-key: ./certs/../keys/client.key
    tokenFile: /abs/token
contexts:
- name: c
  context: {cluster: c, user: u}
)");
  RestConfig rc = resolved(config, Overrides{});
  CHECK(rc.ca_file == "/home/me/.kube/ca.crt");
  CHECK(rc.cert_file == "/home/me/.kube/certs/client.crt");
  CHECK(rc.key_file == "/home/me/.kube/keys/client.key");
  CHECK(rc.token_file == "/abs/token");
}

TEST_CASE("resolve: a relative tokenFile and exec command resolve against the kubeconfig") {
  const Config config = config_from(R"(current-context: c
users:
- name: with-token-file
  user:
    tokenFile: tokens/t
- name: with-exec
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./bin/get-token
      args: [--x]
      env:
      - {name: A, value: "1"}
- name: with-bare-exec
  user:
    exec:
      command: get-token
contexts:
- name: c
  context: {user: with-token-file}
)",
                                    "/etc/kube/config");
  struct Row {
    const char* user;
    std::string token_file;
    const char* command;
  };
  const Row rows[] = {
      {"with-token-file", "/etc/kube/tokens/t", nullptr},
      {"with-exec", "", "/etc/kube/bin/get-token"},
      {"with-bare-exec", "", "get-token"},  // looked up in PATH
  };
  for (const Row& row : rows) {
    SUBCASE(row.user) {
      Overrides o;
      o.user = row.user;
      RestConfig rc = resolved(config, o);
      CHECK(rc.token_file == row.token_file);
      if (row.command == nullptr) {
        CHECK_FALSE(rc.exec.has_value());
      } else {
        REQUIRE(rc.exec.has_value());
        CHECK(rc.exec->command == std::string(row.command));
        CHECK(rc.exec->user_name == std::string(row.user));
      }
    }
  }
}

TEST_CASE("resolve: a kubeconfig given by a relative path anchors at the working directory") {
  char cwd[PATH_MAX];
  REQUIRE(::getcwd(cwd, sizeof cwd) != nullptr);
  const std::string dir = std::string(cwd) == "/" ? "" : cwd;
  CHECK(resolve_path("ca.crt", "sub/config") == dir + "/sub/ca.crt");
  CHECK(resolve_path("/abs/ca.crt", "sub/config") == "/abs/ca.crt");
  CHECK(resolve_path("ca.crt", "") == "ca.crt");
}

TEST_CASE("resolve: a bearer token and basic auth together are an error") {
  struct Row {
    const char* name;
    const char* user_yaml;
    const char* token_flag;
    const char* username_flag;
  };
  const Row rows[] = {
      {"both in the kubeconfig", "{token: t, username: u, password: p}", "", ""},
      {"tokenFile and password", "{tokenFile: /t, password: p}", "", ""},
      {"--token with kubeconfig basic auth", "{username: u, password: p}", "flag-token", ""},
      {"--username with kubeconfig token", "{token: t}", "", "flag-user"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      const Config config = config_from(std::string("current-context: c\nusers:\n- name: u\n  user: ") +
                                        row.user_yaml + "\ncontexts:\n- name: c\n  context: {user: u}\n");
      Overrides o;
      o.token = row.token_flag;
      o.username = row.username_flag;
      auto rc = resolve(config, o, test::FakeEnv{}.lookup());
      REQUIRE_FALSE(rc.ok());
      CHECK(rc.error().message == "username/password or bearer token may be set, but not both");
    }
  }
}

TEST_CASE("resolve: a client certificate without its key is an error naming the user") {
  const Config config = config_from(
      "current-context: c\nusers:\n- name: half\n  user: {client-certificate: /c.crt}\n"
      "contexts:\n- name: c\n  context: {user: half}\n");
  auto rc = resolve(config, Overrides{}, test::FakeEnv{}.lookup());
  REQUIRE_FALSE(rc.ok());
  CHECK(rc.error().message ==
        "client-cert and client-key must both be specified for half to use the clientCert authentication method");
}

TEST_CASE("resolve: flags override the kubeconfig's credentials and TLS settings") {
  const Config config = config_from(kTwoContexts);
  SUBCASE("--token replaces the kubeconfig token") {
    Overrides o;
    o.token = "flag-token";
    CHECK(resolved(config, o).token == "flag-token");
  }
  SUBCASE("--insecure-skip-tls-verify drops the CA") {
    Overrides o;
    o.insecure_skip_tls_verify = true;
    RestConfig rc = resolved(config, o);
    CHECK(rc.insecure);
    CHECK(rc.ca_data.empty());
    CHECK(rc.ca_file.empty());
  }
  SUBCASE("--certificate-authority replaces CA data") {
    Overrides o;
    o.certificate_authority = "/flag/ca.crt";
    RestConfig rc = resolved(config, o);
    CHECK(rc.ca_file == "/flag/ca.crt");
    CHECK(rc.ca_data.empty());
  }
  SUBCASE("certificate-authority-data is base64-decoded") {
    RestConfig rc = resolved(config, Overrides{});
    CHECK(rc.ca_data == "hello");
    CHECK(rc.cluster_ca_data_b64 == "aGVsbG8=");
  }
  SUBCASE("impersonation") {
    Overrides o;
    o.as = "jane";
    o.as_groups = {"g1", "g2"};
    RestConfig rc = resolved(config, o);
    CHECK(rc.impersonate_user == "jane");
    CHECK(rc.impersonate_groups == std::vector<std::string>{"g1", "g2"});
  }
}

TEST_CASE("parse_request_timeout: kubectl's --request-timeout values") {
  struct Row {
    const char* text;
    long want_ms;
  };
  const Row rows[] = {
      {"", 0},          {"0", 0},           {"5s", 5000},   {"1m30s", 90000}, {"250ms", 250},
      {"3", 3000},      {"2h", 7200000},    {"1.5s", 1500}, {"1h1m1s", 3661000}, {"500us", 1},
  };
  for (const Row& row : rows) {
    SUBCASE(row.text) {
      auto ms = parse_request_timeout(row.text);
      REQUIRE(ms.ok());
      CHECK(*ms == row.want_ms);
    }
  }
}

TEST_CASE("parse_request_timeout: anything else is an error") {
  for (const char* text : {"abc", "5x", "-1", "s", "1m30"}) {
    SUBCASE(text) {
      auto ms = parse_request_timeout(text);
      REQUIRE_FALSE(ms.ok());
      CHECK(ms.error().message ==
            "Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a "
            "corresponding time unit (e.g. 1s | 2m | 3h)");
    }
  }
  SUBCASE("through resolve") {
    Overrides o;
    o.request_timeout = "abc";
    CHECK_FALSE(resolve(Config{}, o, test::FakeEnv{}.lookup()).ok());
  }
  SUBCASE("valid through resolve") {
    Overrides o;
    o.request_timeout = "1m30s";
    CHECK(resolved(Config{}, o).timeout_ms == 90000);
  }
}

TEST_CASE("resolve: in a pod without a kubeconfig the service account is used") {
  test::TempDir sa;
  test::write_text(sa.file("token"), "pod-token");
  test::write_text(sa.file("ca.crt"), "PEM");
  test::write_text(sa.file("namespace"), "pod-ns\n");
  test::FakeEnv env{{"KUBERNETES_SERVICE_HOST", "10.96.0.1"},
                    {"KUBERNETES_SERVICE_PORT", "443"},
                    {"KCTL_SERVICE_ACCOUNT_DIR", sa.path()}};

  SUBCASE("server, token, CA and namespace") {
    RestConfig rc = resolved(Config{}, Overrides{}, env);
    CHECK(rc.server == "https://10.96.0.1:443");
    CHECK(rc.token_file == sa.file("token"));
    CHECK(rc.ca_file == sa.file("ca.crt"));
    CHECK(rc.ns == "pod-ns");
  }
  SUBCASE("an IPv6 host is bracketed") {
    env.set("KUBERNETES_SERVICE_HOST", "fd00::1");
    CHECK(resolved(Config{}, Overrides{}, env).server == "https://[fd00::1]:443");
  }
  SUBCASE("-n wins over the pod's namespace") {
    Overrides o;
    o.ns = "other";
    CHECK(resolved(Config{}, o, env).ns == "other");
  }
  SUBCASE("$KCTL_NAMESPACE wins over the pod's namespace") {
    env.set("KCTL_NAMESPACE", "from-env");
    CHECK(resolved(Config{}, Overrides{}, env).ns == "from-env");
  }
  SUBCASE("a kubeconfig context wins over the pod") {
    RestConfig rc = resolved(config_from(kTwoContexts), Overrides{}, env);
    CHECK(rc.server == "https://dev.example:6443");
    CHECK(rc.ns == "dev-ns");
  }
  SUBCASE("--server wins over the pod") {
    Overrides o;
    o.server = "https://flag:6443";
    RestConfig rc = resolved(Config{}, o, env);
    CHECK(rc.server == "https://flag:6443");
    CHECK(rc.token_file.empty());
  }
  SUBCASE("no token file, no in-cluster config") {
    test::TempDir empty;
    env.set("KCTL_SERVICE_ACCOUNT_DIR", empty.path());
    RestConfig rc = resolved(Config{}, Overrides{}, env);
    CHECK(rc.server == "http://localhost:8080");
    CHECK(rc.ns == "default");
  }
  SUBCASE("no port, no in-cluster config") {
    test::FakeEnv host_only{{"KUBERNETES_SERVICE_HOST", "10.96.0.1"}, {"KCTL_SERVICE_ACCOUNT_DIR", sa.path()}};
    CHECK(resolved(Config{}, Overrides{}, host_only).server == "http://localhost:8080");
  }
}

}  // namespace
}  // namespace kctl::kubeconfig
