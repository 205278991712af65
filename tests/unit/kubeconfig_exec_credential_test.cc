// kubeconfig/exec_credential: client-go credential plugins. Error texts are
// kubectl v1.32's for the same plugin output.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <chrono>
#include <cstdlib>
#include <string>

#include "kubeconfig/exec_credential.h"
#include "test_support.h"

namespace kctl::kubeconfig {
namespace {

using std::chrono::system_clock;

constexpr const char* kV1 = "client.authentication.k8s.io/v1";
constexpr const char* kPrefix = "Unable to connect to the server: getting credentials: ";

std::string credential_json(const std::string& status, const char* api_version = kV1) {
  return std::string(R"({"kind":"ExecCredential","apiVersion":")") + api_version + R"(","status":)" + status + "}";
}

ExecCredential parsed(const std::string& text) {
  auto cred = parse_exec_credential(text, kV1);
  REQUIRE_MESSAGE(cred.ok(), cred.error().message);
  return *cred;
}

long long epoch_seconds(system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

TEST_CASE("parse_exec_credential: a token") {
  ExecCredential cred = parsed(credential_json(R"({"token":"abc"})"));
  CHECK(cred.token == "abc");
  CHECK(cred.client_certificate_data.empty());
  CHECK_FALSE(cred.expiry.has_value());
  CHECK_FALSE(cred.expired(system_clock::now()));
}

TEST_CASE("parse_exec_credential: a client certificate and key") {
  ExecCredential cred = parsed(credential_json(R"({"clientCertificateData":"CERT PEM","clientKeyData":"KEY PEM"})"));
  CHECK(cred.token.empty());
  CHECK(cred.client_certificate_data == "CERT PEM");
  CHECK(cred.client_key_data == "KEY PEM");
}

TEST_CASE("parse_exec_credential: expirationTimestamp is RFC 3339") {
  struct Row {
    const char* timestamp;
    long long epoch;
  };
  const Row rows[] = {
      {"2030-01-02T03:04:05Z", 1893553445},
      {"2030-01-02T03:04:05.123456Z", 1893553445},
      {"2030-01-02T03:04:05+02:00", 1893546245},
      {"2030-01-02T01:04:05-00:00", 1893546245},
  };
  for (const Row& row : rows) {
    SUBCASE(row.timestamp) {
      ExecCredential cred =
          parsed(credential_json(std::string(R"({"token":"t","expirationTimestamp":")") + row.timestamp + "\"}"));
      REQUIRE(cred.expiry.has_value());
      CHECK(epoch_seconds(*cred.expiry) == row.epoch);
      CHECK(cred.expired(*cred.expiry));
      CHECK_FALSE(cred.expired(*cred.expiry - std::chrono::seconds(1)));
    }
  }
}

TEST_CASE("parse_exec_credential: errors in kubectl's words") {
  struct Row {
    const char* name;
    std::string output;
    const char* message;  // after kPrefix
  };
  const Row rows[] = {
      {"garbage", "garbage", "decoding stdout: couldn't get version/kind; json parse error"},
      {"not an object", "[1]", "decoding stdout: couldn't get version/kind; json parse error"},
      {"kind is a number", R"({"kind":1,"apiVersion":"client.authentication.k8s.io/v1"})",
       "decoding stdout: couldn't get version/kind; json parse error"},
      {"wrong kind", R"({"kind":"Foo","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"t"}})",
       "decoding stdout: no kind \"Foo\" is registered for version \"client.authentication.k8s.io/v1\" in scheme "
       "\"pkg/client/auth/exec/exec.go:62\""},
      {"wrong apiVersion", credential_json(R"({"token":"t"})", "client.authentication.k8s.io/v1beta1"),
       "exec plugin is configured to use API version client.authentication.k8s.io/v1, plugin returned version "
       "client.authentication.k8s.io/v1beta1"},
      {"no status", R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1"})",
       "exec plugin didn't return a status field"},
      {"null status", credential_json("null"), "exec plugin didn't return a status field"},
      {"empty status", credential_json("{}"), "exec plugin didn't return a token or cert/key pair"},
      {"certificate only", credential_json(R"({"clientCertificateData":"x"})"),
       "exec plugin returned only certificate or key, not both"},
      {"token and key only", credential_json(R"({"token":"t","clientKeyData":"x"})"),
       "exec plugin returned only certificate or key, not both"},
      {"token is a number", credential_json(R"({"token":5})"),
       "decoding stdout: json: cannot unmarshal number into Go struct field ExecCredentialStatus.status.token of "
       "type string"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      auto cred = parse_exec_credential(row.output, kV1);
      REQUIRE_FALSE(cred.ok());
      CHECK(cred.error().kind == ErrorKind::Connection);
      CHECK(cred.error().message == std::string(kPrefix) + row.message);
    }
  }
}

RestConfig exec_config(const std::string& command) {
  RestConfig rc;
  rc.server = "https://example:6443";
  ExecConfig exec;
  exec.command = command;
  exec.api_version = kV1;
  exec.interactive_mode = "Never";
  rc.exec = exec;
  return rc;
}

TEST_CASE("exec_info: the ExecCredential passed in KUBERNETES_EXEC_INFO") {
  RestConfig rc = exec_config("plugin");
  SUBCASE("without cluster info") {
    CHECK(exec_info(rc, false) ==
          R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":false}})");
  }
  SUBCASE("interactive") {
    CHECK(exec_info(rc, true) ==
          R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":true}})");
  }
  SUBCASE("with provideClusterInfo") {
    rc.exec->provide_cluster_info = true;
    rc.tls_server_name = "api.internal";
    rc.insecure = true;
    rc.cluster_ca_data_b64 = "Q0E=";
    rc.proxy_url = "http://proxy:3128";
    CHECK(exec_info(rc, false) ==
          R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"cluster":{)"
          R"("server":"https://example:6443","tls-server-name":"api.internal","insecure-skip-tls-verify":true,)"
          R"("certificate-authority-data":"Q0E=","proxy-url":"http://proxy:3128"},"interactive":false}})");
  }
  SUBCASE("provideClusterInfo with only a server") {
    rc.exec->provide_cluster_info = true;
    CHECK(exec_info(rc, false) ==
          R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"cluster":{)"
          R"("server":"https://example:6443"},"interactive":false}})");
  }
}

// A plugin script in a temporary directory.
class Plugin {
 public:
  explicit Plugin(const std::string& body) : path_(dir_.file("plugin.sh")) {
    test::write_text(path_, "#!/bin/sh\n" + body);
    REQUIRE(::chmod(path_.c_str(), 0755) == 0);
  }
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return dir_.file(name); }

 private:
  test::TempDir dir_;
  std::string path_;
};

TEST_CASE("run_exec_plugin: runs the command with its args, env and KUBERNETES_EXEC_INFO") {
  // The script records the environment exactly as it was exec'd with
  // (/proc/$$/environ, duplicates included) and answers with a token made
  // of its first argument and a configured variable.
  Plugin plugin(R"(tr '\0' '\n' < /proc/$$/environ > "$(dirname "$0")/environ"
printf '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"%s-%s"}}\n' "$1" "$KCTL_UNIT_EXEC_VAR"
)");
  REQUIRE(::setenv("KCTL_UNIT_EXEC_VAR", "inherited", 1) == 0);
  RestConfig rc = exec_config(plugin.path());
  rc.exec->args = {"arg1"};
  rc.exec->env = {{"KCTL_UNIT_EXEC_VAR", "configured"}, {"KCTL_UNIT_OTHER", "x=y"}};

  auto cred = run_exec_plugin(rc, /*stdin_is_terminal=*/false);
  ::unsetenv("KCTL_UNIT_EXEC_VAR");
  REQUIRE_MESSAGE(cred.ok(), cred.error().message);
  CHECK(cred->token == "arg1-configured");

  const std::string environ_text = "\n" + test::read_text(plugin.file("environ"));
  CHECK(environ_text.find("\nKUBERNETES_EXEC_INFO=" + exec_info(rc, false) + "\n") != std::string::npos);
  CHECK(environ_text.find("\nKCTL_UNIT_OTHER=x=y\n") != std::string::npos);
  CHECK(environ_text.find("\nKCTL_UNIT_EXEC_VAR=configured\n") != std::string::npos);
  // Overridden, not duplicated: a Go plugin reads the first value of a name.
  CHECK(environ_text.find("\nKCTL_UNIT_EXEC_VAR=inherited\n") == std::string::npos);
}

TEST_CASE("run_exec_plugin: a command that cannot run") {
  SUBCASE("not in PATH: not found, the help text and the installHint") {
    RestConfig rc = exec_config("kctl-unit-no-such-plugin");
    rc.exec->install_hint = "install it with: apt install plugin";
    auto cred = run_exec_plugin(rc, false);
    REQUIRE_FALSE(cred.ok());
    CHECK(cred.error().message == std::string(kPrefix) +
                                      "exec: executable kctl-unit-no-such-plugin not found\n\n"
                                      "It looks like you are trying to use a client-go credential plugin that is not "
                                      "installed.\n\n"
                                      "To learn more about this feature, consult the documentation available at:\n"
                                      "      https://kubernetes.io/docs/reference/access-authn-authz/authentication/"
                                      "#client-go-credential-plugins\n\n"
                                      "install it with: apt install plugin");
  }
  SUBCASE("without installHint") {
    auto cred = run_exec_plugin(exec_config("kctl-unit-no-such-plugin"), false);
    REQUIRE_FALSE(cred.ok());
    CHECK(cred.error().message.ends_with("#client-go-credential-plugins"));
  }
  SUBCASE("a path that does not exist") {
    test::TempDir dir;
    auto cred = run_exec_plugin(exec_config(dir.file("missing")), false);
    REQUIRE_FALSE(cred.ok());
    CHECK(cred.error().message ==
          std::string(kPrefix) + "exec: fork/exec " + dir.file("missing") + ": no such file or directory");
  }
}

TEST_CASE("run_exec_plugin: a failing plugin reports its exit code") {
  Plugin plugin("echo partial\nexit 7\n");
  auto cred = run_exec_plugin(exec_config(plugin.path()), false);
  REQUIRE_FALSE(cred.ok());
  CHECK(cred.error().message ==
        std::string(kPrefix) + "exec: executable " + plugin.path() + " failed with exit code 7");
}

TEST_CASE("run_exec_plugin: bad output is a decoding error") {
  Plugin plugin("echo not json\n");
  auto cred = run_exec_plugin(exec_config(plugin.path()), false);
  REQUIRE_FALSE(cred.ok());
  CHECK(cred.error().message == std::string(kPrefix) + "decoding stdout: couldn't get version/kind; json parse error");
}

TEST_CASE("run_exec_plugin: interactiveMode Always needs a terminal") {
  RestConfig rc = exec_config("unused");
  rc.exec->interactive_mode = "Always";
  auto cred = run_exec_plugin(rc, false);
  REQUIRE_FALSE(cred.ok());
  CHECK(cred.error().message ==
        std::string(kPrefix) + "exec plugin cannot support interactive mode: standard input is not a terminal");
}

}  // namespace
}  // namespace kctl::kubeconfig
