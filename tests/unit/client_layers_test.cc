// The request layers with a fake wire: which headers reach the server, how
// exec credentials are cached and refreshed, and what -v logs.
#include <doctest/doctest.h>

#include <sstream>
#include <sys/stat.h>

#include "client/layers.h"
#include "tests/unit/test_support.h"

namespace kctl::client {
namespace {

// Records every request and answers with the next queued status.
class FakeWire : public RoundTripper {
 public:
  std::vector<HttpRequest> seen;
  std::vector<long> statuses;  // consumed front to back; 200 when empty

  Result<HttpResponse> round_trip(HttpRequest req) override {
    seen.push_back(req);
    HttpResponse resp;
    resp.status = statuses.empty() ? 200 : statuses.front();
    if (!statuses.empty()) statuses.erase(statuses.begin());
    resp.body = "{\"kind\":\"Status\"}";
    resp.headers = {{"content-type", "application/json"}};
    return resp;
  }
};

std::string header(const HttpRequest& r, const std::string& name) {
  for (const auto& [k, v] : r.headers)
    if (k == name) return v;
  return {};
}

// A plugin that counts its runs and prints a token that expires at `expiry`.
std::string write_plugin(const test::TempDir& dir, const std::string& expiry) {
  std::string path = dir.file("plugin.sh");
  test::write_text(path,
                   "#!/bin/sh\n"
                   "n=$(cat \"" + dir.file("calls") + "\" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > \"" +
                       dir.file("calls") +
                       "\"\n"
                       "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                       "\"status\":{\"token\":\"tok-%s\",\"expirationTimestamp\":\"" + expiry + "\"}}' $n\n");
  ::chmod(path.c_str(), 0755);
  return path;
}

kubeconfig::RestConfig exec_config(const std::string& command) {
  kubeconfig::RestConfig rc;
  rc.server = "https://example.invalid";
  kubeconfig::ExecConfig e;
  e.command = command;
  e.api_version = "client.authentication.k8s.io/v1";
  e.interactive_mode = "Never";
  rc.exec = e;
  return rc;
}

int calls(const test::TempDir& dir) { return std::stoi(test::read_text(dir.file("calls"))); }

}  // namespace

TEST_CASE("exec credentials are cached until they expire") {
  test::TempDir dir;
  SUBCASE("a credential valid until 2099 is fetched once for many requests") {
    auto wire = std::make_unique<FakeWire>();
    FakeWire* w = wire.get();
    ExecAuthLayer layer(std::move(wire), std::make_shared<ExecCredentialSource>(exec_config(write_plugin(dir, "2099-01-01T00:00:00Z")), false));
    for (int i = 0; i < 3; ++i) REQUIRE(layer.round_trip(HttpRequest{}).ok());
    CHECK(calls(dir) == 1);
    CHECK(header(w->seen.at(2), "Authorization") == "Bearer tok-1");
  }
  SUBCASE("an expired credential is fetched again for each request") {
    auto wire = std::make_unique<FakeWire>();
    FakeWire* w = wire.get();
    ExecAuthLayer layer(std::move(wire), std::make_shared<ExecCredentialSource>(exec_config(write_plugin(dir, "2001-01-01T00:00:00Z")), false));
    for (int i = 0; i < 2; ++i) REQUIRE(layer.round_trip(HttpRequest{}).ok());
    CHECK(calls(dir) == 2);
    CHECK(header(w->seen.at(1), "Authorization") == "Bearer tok-2");
  }
  SUBCASE("a 401 refreshes the credential and retries once") {
    auto wire = std::make_unique<FakeWire>();
    FakeWire* w = wire.get();
    w->statuses = {401, 200};
    ExecAuthLayer layer(std::move(wire), std::make_shared<ExecCredentialSource>(exec_config(write_plugin(dir, "2099-01-01T00:00:00Z")), false));
    auto resp = layer.round_trip(HttpRequest{});
    REQUIRE(resp.ok());
    CHECK(resp->status == 200);
    CHECK(calls(dir) == 2);
    REQUIRE(w->seen.size() == 2);
    CHECK(header(w->seen[1], "Authorization") == "Bearer tok-2");
  }
  SUBCASE("a second 401 is returned, not retried again") {
    auto wire = std::make_unique<FakeWire>();
    FakeWire* w = wire.get();
    w->statuses = {401, 401};
    ExecAuthLayer layer(std::move(wire), std::make_shared<ExecCredentialSource>(exec_config(write_plugin(dir, "2099-01-01T00:00:00Z")), false));
    auto resp = layer.round_trip(HttpRequest{});
    REQUIRE(resp.ok());
    CHECK(resp->status == 401);
    CHECK(w->seen.size() == 2);
  }
}

TEST_CASE("static headers: auth, user agent, impersonation") {
  kubeconfig::RestConfig rc;
  SUBCASE("bearer token") {
    rc.token = "abc";
    Headers h = static_headers(rc);
    CHECK(h.at(0) == std::pair<std::string, std::string>{"Authorization", "Bearer abc"});
  }
  SUBCASE("basic auth is base64 of user:password") {
    rc.username = "someone";
    rc.password = "pw";
    CHECK(static_headers(rc).at(0).second == "Basic c29tZW9uZTpwdw==");
  }
  SUBCASE("impersonation, one header per group") {
    rc.impersonate_user = "bob";
    rc.impersonate_uid = "42";
    rc.impersonate_groups = {"g1", "g2"};
    Headers h = static_headers(rc);
    int groups = 0;
    for (const auto& [k, v] : h) groups += k == "Impersonate-Group";
    CHECK(groups == 2);
    CHECK(header(HttpRequest{"GET", "", h, "", {}, "", ""}, "Impersonate-User") == "bob");
    CHECK(header(HttpRequest{"GET", "", h, "", {}, "", ""}, "Impersonate-Uid") == "42");
  }
  CHECK(user_agent().rfind("kctl/v", 0) == 0);
}

TEST_CASE("header layer never overwrites a header already set") {
  auto wire = std::make_unique<FakeWire>();
  FakeWire* w = wire.get();
  HeaderLayer layer(std::move(wire), {{"Authorization", "Bearer from-config"}, {"Accept", "x"}});
  HttpRequest req;
  req.headers = {{"Authorization", "Bearer from-caller"}};
  REQUIRE(layer.round_trip(req).ok());
  CHECK(header(w->seen.at(0), "Authorization") == "Bearer from-caller");
  CHECK(header(w->seen.at(0), "Accept") == "x");
}

TEST_CASE("debug layer logs kubectl's lines and masks credentials") {
  for (int level : {6, 7, 8, 9, 10}) {
    CAPTURE(level);
    std::ostringstream log;
    auto wire = std::make_unique<FakeWire>();
    DebugLayer layer(std::move(wire), Logger(level, &log));
    HttpRequest req;
    req.url = "https://example.invalid/api";
    req.headers = {{"Authorization", "Bearer secret-token"}, {"Accept", "application/json"}};
    REQUIRE(layer.round_trip(req).ok());
    std::string text = log.str();
    CHECK(text.find("secret-token") == std::string::npos);
    if (level == 7 || level == 8) {
      CHECK(text.find("Response Status: 200 OK in ") != std::string::npos);
      CHECK(text.find("Authorization: Bearer <masked>") != std::string::npos);
    } else {
      CHECK(text.find("GET https://example.invalid/api 200 OK in ") != std::string::npos);
    }
    CHECK((text.find("Content-Type: application/json") != std::string::npos) == (level >= 8));
    CHECK((text.find("curl -v -XGET") != std::string::npos) == (level >= 9));
  }
}

}  // namespace kctl::client
