// kubeconfig/view: `config view` as kubectl prints it. The expected texts
// are kubectl v1.32's output for the same kubeconfig
// (`kubectl --kubeconfig F config view [-o json] [--raw] [--minify]`).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "client/printers/go_json.h"
#include "client/printers/go_yaml.h"
#include "kubeconfig/loading_rules.h"
#include "kubeconfig/parse.h"
#include "kubeconfig/view.h"

namespace kctl::kubeconfig {
namespace {

// Unsorted names, secrets, an unknown field and a v1beta1 exec plugin
// without interactiveMode.
constexpr const char* kKubeconfig = R"(apiVersion: v1
kind: Config
current-context: b-ctx
preferences: {}
clusters:
- name: zeta
  cluster:
    server: https://z
    certificate-authority-data: Q0E=
    extra-unknown: 1
- name: alpha
  cluster:
    server: https://a
    insecure-skip-tls-verify: true
    tls-server-name: a.internal
users:
- name: u-exec
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: get-token
      args: [x]
- name: u-basic
  user:
    username: admin
    password: pw
    token: tok
    client-certificate-data: Q0VSVA==
    client-key-data: S0VZ
contexts:
- name: b-ctx
  context:
    cluster: alpha
    user: u-basic
    namespace: ns1
- name: a-ctx
  context:
    cluster: zeta
    user: u-exec
)";

Config kubeconfig(const char* text = kKubeconfig) {
  auto file = parse(text, "/k/config");
  REQUIRE(file.ok());
  return merge({*file});
}

nlohmann::ordered_json viewed(const ViewOptions& options, const char* text = kKubeconfig) {
  auto doc = view(kubeconfig(text), options);
  REQUIRE_MESSAGE(doc.ok(), doc.error().message);
  return *doc;
}

TEST_CASE("view: JSON in clientcmd's field order, sorted by name, secrets redacted") {
  const std::string kubectl_output = R"({
    "kind": "Config",
    "apiVersion": "v1",
    "preferences": {},
    "clusters": [
        {
            "name": "alpha",
            "cluster": {
                "server": "https://a",
                "tls-server-name": "a.internal",
                "insecure-skip-tls-verify": true
            }
        },
        {
            "name": "zeta",
            "cluster": {
                "server": "https://z",
                "certificate-authority-data": "DATA+OMITTED"
            }
        }
    ],
    "users": [
        {
            "name": "u-basic",
            "user": {
                "client-certificate-data": "DATA+OMITTED",
                "client-key-data": "DATA+OMITTED",
                "token": "REDACTED",
                "username": "admin",
                "password": "REDACTED"
            }
        },
        {
            "name": "u-exec",
            "user": {
                "exec": {
                    "command": "get-token",
                    "args": [
                        "x"
                    ],
                    "env": null,
                    "apiVersion": "client.authentication.k8s.io/v1beta1",
                    "provideClusterInfo": false,
                    "interactiveMode": "IfAvailable"
                }
            }
        }
    ],
    "contexts": [
        {
            "name": "a-ctx",
            "context": {
                "cluster": "zeta",
                "user": "u-exec"
            }
        },
        {
            "name": "b-ctx",
            "context": {
                "cluster": "alpha",
                "user": "u-basic",
                "namespace": "ns1"
            }
        }
    ],
    "current-context": "b-ctx"
})";
  CHECK(printers::to_go_json(viewed({})) == kubectl_output);
}

TEST_CASE("view: --raw shows secrets and data") {
  const std::string kubectl_output = R"(apiVersion: v1
clusters:
- cluster:
    insecure-skip-tls-verify: true
    server: https://a
    tls-server-name: a.internal
  name: alpha
contexts:
- context:
    cluster: alpha
    namespace: ns1
    user: u-basic
  name: b-ctx
current-context: b-ctx
kind: Config
preferences: {}
users:
- name: u-basic
  user:
    client-certificate-data: Q0VSVA==
    client-key-data: S0VZ
    password: pw
    token: tok
    username: admin
)";
  ViewOptions options;
  options.raw = true;
  options.minify = true;
  CHECK(printers::to_go_yaml(viewed(options)) == kubectl_output);

  options.minify = false;
  const auto doc = viewed(options);
  CHECK(doc["clusters"][1]["cluster"]["certificate-authority-data"] == "Q0E=");
}

TEST_CASE("view: redaction replaces each secret field") {
  struct Row {
    const char* field;
    std::string redacted;
    std::string raw;
  };
  const Row rows[] = {
      {"client-certificate-data", "DATA+OMITTED", "Q0VSVA=="},
      {"client-key-data", "DATA+OMITTED", "S0VZ"},
      {"token", "REDACTED", "tok"},
      {"password", "REDACTED", "pw"},
      {"username", "admin", "admin"},
  };
  const auto redacted = viewed({});
  ViewOptions raw;
  raw.raw = true;
  const auto shown = viewed(raw);
  for (const Row& row : rows) {
    SUBCASE(row.field) {
      CHECK(redacted["users"][0]["user"][row.field] == row.redacted);
      CHECK(shown["users"][0]["user"][row.field] == row.raw);
    }
  }
}

TEST_CASE("view: --minify keeps the context in use, its cluster and its user") {
  const std::string kubectl_output = R"(apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://z
  name: zeta
contexts:
- context:
    cluster: zeta
    user: u-exec
  name: a-ctx
current-context: a-ctx
kind: Config
preferences: {}
users:
- name: u-exec
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      args:
      - x
      command: get-token
      env: null
      interactiveMode: IfAvailable
      provideClusterInfo: false
)";
  ViewOptions options;
  options.minify = true;
  options.context = "a-ctx";
  CHECK(printers::to_go_yaml(viewed(options)) == kubectl_output);
}

TEST_CASE("view: --minify errors") {
  ViewOptions options;
  options.minify = true;
  SUBCASE("no current context") {
    auto doc = view(kubeconfig("kind: Config\n"), options);
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.error().message == "current-context must exist in order to minify");
  }
  SUBCASE("unknown context") {
    options.context = "nope";
    auto doc = view(kubeconfig(), options);
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.error().message == "cannot locate context nope");
  }
}

TEST_CASE("view: exec interactiveMode is defaulted for v1beta1 only") {
  struct Row {
    const char* api_version;
    const char* mode;  // as written, "" for none
    const char* want;  // nullptr: field absent
  };
  const Row rows[] = {
      {"client.authentication.k8s.io/v1beta1", "", "IfAvailable"},
      {"client.authentication.k8s.io/v1beta1", "Never", "Never"},
      {"client.authentication.k8s.io/v1", "", nullptr},
      {"client.authentication.k8s.io/v1", "Always", "Always"},
  };
  for (const Row& row : rows) {
    SUBCASE((std::string(row.api_version) + " mode=" + row.mode).c_str()) {
      std::string text = std::string("users:\n- name: u\n  user:\n    exec:\n      command: c\n      apiVersion: ") +
                         row.api_version + "\n" +
                         (*row.mode != '\0' ? std::string("      interactiveMode: ") + row.mode + "\n" : "");
      const auto exec = viewed({}, text.c_str())["users"][0]["user"]["exec"];
      if (row.want == nullptr) CHECK_FALSE(exec.contains("interactiveMode"));
      else CHECK(exec["interactiveMode"] == std::string(row.want));
    }
  }
}

TEST_CASE("view: an empty kubeconfig") {
  CHECK(printers::to_go_yaml(viewed({}, "")) == R"(apiVersion: v1
clusters: null
contexts: null
current-context: ""
kind: Config
preferences: {}
users: null
)");
}

}  // namespace
}  // namespace kctl::kubeconfig
