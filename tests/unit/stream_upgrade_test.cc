// The SPDY upgrade's HTTP side (streaming-spec.md §3.1) and the exec query.
#include <doctest/doctest.h>

#include "stream/exec_params.h"
#include "stream/upgrade_response.h"

namespace kctl::stream {

TEST_CASE("upgrade request head") {
  client::Headers h{{"Authorization", "Bearer t"}, {"X-Stream-Protocol-Version", "v4.channel.k8s.io"}};
  CHECK(upgrade_request_head("POST", "https://h:6443/api/v1/namespaces/d/pods/p/exec?command=ls", "h:6443", h) ==
        "POST /api/v1/namespaces/d/pods/p/exec?command=ls HTTP/1.1\r\nHost: h:6443\r\n"
        "Authorization: Bearer t\r\nX-Stream-Protocol-Version: v4.channel.k8s.io\r\n\r\n");
}

TEST_CASE("a 101 response completes the upgrade; bytes after the head are kept by the caller") {
  const std::string bytes =
      "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\n"
      "X-Stream-Protocol-Version: v4.channel.k8s.io\r\nDate: x\r\n\r\n\x80\x03";
  auto end = header_block_end(bytes);
  REQUIRE(end.has_value());
  CHECK(bytes.substr(*end) == "\x80\x03");
  auto resp = parse_response_head(std::string_view(bytes).substr(0, *end));
  REQUIRE(resp.ok());
  CHECK(resp->status == 101);
  CHECK(resp->status_text == "101 Switching Protocols");
  CHECK(resp->header("x-stream-protocol-version") == "v4.channel.k8s.io");
  CHECK(is_spdy_upgrade(*resp));
  CHECK_FALSE(header_block_end("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n").has_value());
}

TEST_CASE("upgrade acceptance rules") {
  SUBCASE("missing Upgrade header") {
    auto r = parse_response_head("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n\r\n");
    REQUIRE(r.ok());
    CHECK_FALSE(is_spdy_upgrade(*r));
  }
  SUBCASE("case-insensitive, lists") {
    auto r = parse_response_head("HTTP/1.1 101 OK\r\nconnection: keep-alive, upgrade\r\nupgrade: spdy/3.1\r\n\r\n");
    REQUIRE(r.ok());
    CHECK(is_spdy_upgrade(*r));
  }
  SUBCASE("not 101") {
    auto r = parse_response_head("HTTP/1.1 403 Forbidden\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\n\r\n");
    REQUIRE(r.ok());
    CHECK(r->status == 403);
    CHECK_FALSE(is_spdy_upgrade(*r));
  }
  SUBCASE("garbage") { CHECK_FALSE(parse_response_head("SSH-2.0-x\r\n\r\n").ok()); }
}

TEST_CASE("a refused upgrade becomes kubectl's error") {
  client::HttpResponse resp;
  resp.status = 404;
  resp.headers = {{"Content-Type", "application/json"}, {"Content-Length", "3"}};
  resp.body = R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \"x\" not found","reason":"NotFound","details":{"name":"x","kind":"pods"},"code":404})";
  Error e = upgrade_error(resp);
  CHECK(e.kind == ErrorKind::ApiStatus);
  CHECK(e.reason == "NotFound");
  CHECK(e.message == "pods \"x\" not found");
  resp.status = 403;
  resp.body = "unable to upgrade: unable to negotiate protocol: client supports [x], server accepts [y]";
  Error text = upgrade_error(resp);
  CHECK(text.message == "unable to upgrade connection: " + resp.body);
  CHECK(content_length(resp) == 3u);
}

TEST_CASE("chunked bodies") {
  CHECK(dechunk("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n") == "hello world");
  CHECK(dechunk("not chunked") == "not chunked");
}

TEST_CASE("exec query as kubectl builds it") {
  ExecParams p;
  p.container = "app";
  p.command = {"sh", "-c", "echo a b&c=d"};
  p.stdout = true;
  SUBCASE("no stdin, stderr") {
    p.stderr = true;
    CHECK(exec_query(p) == "command=sh&command=-c&command=echo+a+b%26c%3Dd&container=app&stderr=true&stdout=true");
  }
  SUBCASE("stdin and tty, no stderr") {
    p.stdin = true;
    p.tty = true;
    CHECK(exec_query(p) == "command=sh&command=-c&command=echo+a+b%26c%3Dd&container=app&stdin=true&stdout=true&tty=true");
  }
  CHECK(form_escape("a/b ~_.-") == "a%2Fb+~_.-");
}

}  // namespace kctl::stream
