// The WebSocket -> SPDY fallback decision for each way the first attempt can
// fail, against a scripted server on a loopback socket.
#include <doctest/doctest.h>

#include "stream/fallback.h"
#include "stream/websocket_executor.h"
#include "tests/unit/stream_websocket_server.h"
#include "tests/unit/test_support.h"

namespace kctl::stream {
namespace {

using test::WebSocketTestServer;

// Stands in for the SPDY executor: records that the fallback happened.
class RecordingExecutor : public Executor {
 public:
  explicit RecordingExecutor(int* calls) : calls_(calls) {}
  Result<> stream(const StreamOptions&) override {
    ++*calls_;
    return {};
  }

 private:
  int* calls_;
};

struct Attempt {
  Result<> result;
  int secondary_calls = 0;
};

Attempt exec_with_fallback(const std::string& server) {
  kubeconfig::RestConfig rc;
  rc.server = server;
  Attempt a{Result<>(), 0};
  FallbackExecutor executor(
      std::make_unique<WebSocketExecutor>(rc, client::HandshakeCredentials{}, server + "/api/v1/namespaces/default/pods/p/exec?command=true&stdout=true", Logger()),
      std::make_unique<RecordingExecutor>(&a.secondary_calls), Logger());
  a.result = executor.stream(StreamOptions{});
  return a;
}

Result<> exec_websocket_only(const std::string& server) {
  kubeconfig::RestConfig rc;
  rc.server = server;
  WebSocketExecutor executor(rc, {}, server + "/api/v1/namespaces/default/pods/p/exec?command=true&stdout=true", Logger());
  return executor.stream(StreamOptions{});
}

constexpr const char* kForbiddenStatus =
    R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \"p\" is forbidden: User \"u\" cannot get resource \"pods/exec\"","reason":"Forbidden","code":403})";

void answer_403(int fd, const std::string&) {
  const std::string body = kForbiddenStatus;
  test::write_all(fd, "HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: " +
                          std::to_string(body.size()) + "\r\n\r\n" + body);
}

}  // namespace

TEST_CASE("websocket fallback: 403 with a Status body falls back (a 1.20 apiserver, or RBAC on GET)") {
  {
    WebSocketTestServer server(answer_403);
    auto r = exec_websocket_only(server.url());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::UpgradeFailed);
    // client-go adds the Status body's message.
    CHECK(r.error().message ==
          "unable to upgrade streaming request: websocket: bad handshake (403 Forbidden): pods \"p\" is forbidden: "
          "User \"u\" cannot get resource \"pods/exec\"");
    // The handshake kubectl sends: GET, one protocol line, no extensions.
    const std::string& head = server.request_head();
    CHECK(head.rfind("GET /api/v1/namespaces/default/pods/p/exec?command=true&stdout=true HTTP/1.1\r\n", 0) == 0);
    CHECK(test::request_header(head, "Sec-WebSocket-Protocol") == "v5.channel.k8s.io");
    CHECK(test::request_header(head, "Upgrade") == "websocket");
    CHECK(test::request_header(head, "Sec-WebSocket-Version") == "13");
    CHECK(head.find("Sec-WebSocket-Extensions") == std::string::npos);
  }
  WebSocketTestServer server(answer_403);
  auto a = exec_with_fallback(server.url());
  CHECK(a.result.ok());
  CHECK(a.secondary_calls == 1);
}

TEST_CASE("websocket fallback: 101 without Sec-WebSocket-Protocol falls back (a server that ignores the offer)") {
  WebSocketTestServer server([](int fd, const std::string& head) { test::write_all(fd, test::switching_protocols(head, "")); });
  auto a = exec_with_fallback(server.url());
  CHECK(a.result.ok());
  CHECK(a.secondary_calls == 1);
}

TEST_CASE("websocket fallback: 101 with v4 when only v5 was offered falls back (a kubelet's legacy handler)") {
  {
    WebSocketTestServer server(
        [](int fd, const std::string& head) { test::write_all(fd, test::switching_protocols(head, "v4.channel.k8s.io")); });
    auto r = exec_websocket_only(server.url());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::UpgradeFailed);
    CHECK(r.error().message ==
          "unable to upgrade streaming request: invalid protocol, expected one of [\"v5.channel.k8s.io\"], got \"v4.channel.k8s.io\"");
  }
  WebSocketTestServer server(
      [](int fd, const std::string& head) { test::write_all(fd, test::switching_protocols(head, "v4.channel.k8s.io")); });
  auto a = exec_with_fallback(server.url());
  CHECK(a.secondary_calls == 1);
}

TEST_CASE("websocket fallback: a 101 with a wrong Sec-WebSocket-Accept is a bad handshake and falls back") {
  WebSocketTestServer server([](int fd, const std::string&) {
    test::write_all(fd, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        "Sec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\nSec-WebSocket-Protocol: v5.channel.k8s.io\r\n\r\n");
  });
  auto r = exec_websocket_only(server.url());
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().kind == ErrorKind::UpgradeFailed);
  CHECK(should_fallback(r.error()));
}

TEST_CASE("websocket fallback: connection refused does not fall back (server down: one error, no SPDY attempt)") {
  std::string url;
  {
    WebSocketTestServer closed([](int, const std::string&) {});
    url = closed.url();
  }  // the port is free again: nothing listens there
  auto a = exec_with_fallback(url);
  REQUIRE_FALSE(a.result.ok());
  CHECK(a.result.error().kind == ErrorKind::Connection);
  CHECK(a.result.error().message.find("refused") != std::string::npos);
  CHECK(a.secondary_calls == 0);
}

TEST_CASE("websocket fallback: a Failure status after a good 101 is final (translator could not reach the kubelet)") {
  WebSocketTestServer server([](int fd, const std::string& head) {
    test::write_all(fd, test::switching_protocols(head, "v5.channel.k8s.io"));
    test::write_all(fd, test::server_frame(ws::Opcode::Binary, std::string("\x01", 1)));
    test::write_all(fd, test::server_frame(ws::Opcode::Binary,
                                           "\x03" R"({"metadata":{},"status":"Failure","message":"Internal error occurred: error dialing backend","reason":"InternalError","code":500})"));
    test::write_all(fd, test::close_frame(1000));
    test::read_messages(fd, [](const ws::Message& m) { return m.opcode == ws::Opcode::Close; });
  });
  auto a = exec_with_fallback(server.url());
  REQUIRE_FALSE(a.result.ok());
  CHECK(a.result.error().message == "Internal error occurred: error dialing backend");
  CHECK(a.secondary_calls == 0);
}

TEST_CASE("websocket fallback: the predicate and the environment switches") {
  CHECK(should_fallback(make_error(ErrorKind::UpgradeFailed, "x")));
  CHECK(should_fallback(make_error(ErrorKind::Connection, "proxyconnect tcp: proxy: unknown scheme: https")));
  CHECK_FALSE(should_fallback(make_error(ErrorKind::Connection, "Unable to connect to the server: x509")));
  CHECK_FALSE(should_fallback(make_error(ErrorKind::ApiStatus, "Forbidden")));
  CHECK_FALSE(should_fallback(make_error(ErrorKind::RemoteExit, "exit 3")));
  for (const char* v : {"false", "FALSE", "False"})
    CHECK_FALSE(websockets_enabled(test::FakeEnv{{kRemoteCommandWebsocketsEnv, v}}.lookup(), kRemoteCommandWebsocketsEnv));
  for (const char* v : {"", "0", "no", "true", "false "})
    CHECK(websockets_enabled(test::FakeEnv{{kPortForwardWebsocketsEnv, v}}.lookup(), kPortForwardWebsocketsEnv));
  CHECK(websockets_enabled(test::FakeEnv{}.lookup(), kRemoteCommandWebsocketsEnv));
}

TEST_CASE("websocket fallback: the dialer falls back on an upgrade failure only") {
  int spdy_calls = 0;
  auto spdy = [&]() -> Result<DialedStream> {
    ++spdy_calls;
    DialedStream d;
    d.protocol = "portforward.k8s.io";
    return d;
  };
  auto refused = fallback_dialer([]() -> Result<DialedStream> { return make_error(ErrorKind::UpgradeFailed, "403"); }, spdy, Logger());
  auto r = refused();
  REQUIRE(r.ok());
  CHECK(r->protocol == "portforward.k8s.io");
  CHECK(spdy_calls == 1);
  auto down = fallback_dialer([]() -> Result<DialedStream> { return make_error(ErrorKind::Connection, "refused"); }, spdy, Logger());
  CHECK_FALSE(down().ok());
  CHECK(spdy_calls == 1);
}

}  // namespace kctl::stream
