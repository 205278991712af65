// WebSocket framing, the v5 remote-command session and the port-forward
// tunnel against scripted servers on a loopback socket.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <unistd.h>

#include "stream/spdy_session.h"
#include "stream/websocket_executor.h"
#include "stream/websocket_frame.h"
#include "stream/websocket_tunnel.h"
#include "tests/unit/stream_websocket_server.h"

namespace kctl::stream {
namespace {

using test::WebSocketTestServer;

struct Pipe {
  int r = -1, w = -1;
  Pipe() {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    r = fds[0];
    w = fds[1];
  }
  ~Pipe() {
    if (r >= 0) ::close(r);
    if (w >= 0) ::close(w);
  }
  void close_write() {
    ::close(w);
    w = -1;
  }
  std::string drain() {
    ::fcntl(r, F_SETFL, O_NONBLOCK);
    std::string out;
    char buf[4096];
    ssize_t n;
    while ((n = ::read(r, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
    return out;
  }
};

std::string binary(char channel, const std::string& payload) {
  return test::server_frame(ws::Opcode::Binary, std::string(1, channel) + payload);
}

}  // namespace

TEST_CASE("websocket frame: RFC 6455 accept key, masking and fragmented messages") {
  CHECK(ws::accept_key("dGhlIHNhbXBsZSBub25jZQ==").value() == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");  // RFC 6455's example
  auto key = ws::new_client_key();
  REQUIRE(key.ok());
  CHECK(key->size() == 24);  // 16 bytes in base64
  CHECK(*key != ws::new_client_key().value());
  // A client frame parses back (the parser unmasks), at each length encoding.
  for (std::size_t size : {0u, 5u, 125u, 126u, 65535u, 65536u, 100000u}) {
    std::string payload(size, 'x');
    for (std::size_t i = 0; i < size; ++i) payload[i] = static_cast<char>(i * 7);
    std::string frame = ws::client_frame(ws::Opcode::Binary, payload, 0x12345678);
    CHECK((static_cast<unsigned char>(frame[1]) & 0x80) != 0);  // masked
    ws::FrameParser parser;
    parser.feed(std::string_view(frame).substr(0, frame.size() / 2));
    auto none = parser.next();
    REQUIRE(none.ok());
    if (size > 0) CHECK_FALSE(none->has_value());
    if (!none->has_value()) {
      parser.feed(std::string_view(frame).substr(frame.size() / 2));
      none = parser.next();
    }
    REQUIRE(none.ok());
    REQUIRE(none->has_value());
    CHECK((*none)->payload == payload);
  }
  // A message in two fragments with a PING between them.
  ws::FrameParser parser;
  std::string first = test::server_frame(ws::Opcode::Binary, "ab");
  first[0] = 0x02;  // no FIN
  std::string last = test::server_frame(ws::Opcode::Continuation, "cd");
  parser.feed(first + test::server_frame(ws::Opcode::Ping, "p") + last);
  auto ping = parser.next();
  REQUIRE(ping.ok());
  REQUIRE(ping->has_value());
  CHECK((*ping)->opcode == ws::Opcode::Ping);
  auto whole = parser.next();
  REQUIRE(whole.ok());
  REQUIRE(whole->has_value());
  CHECK((*whole)->opcode == ws::Opcode::Binary);
  CHECK((*whole)->payload == "abcd");
  CHECK(ws::close_code("\x03\xe8") == 1000);
}

// What the apiserver's StreamTranslator does for
// `printf 'hello\n' | exec -i -- sh -c 'cat; echo err >&2; exit 3'`.
TEST_CASE("websocket session: v5 stdin with CLOSE, stdout, stderr, exit code status, close 1000") {
  std::vector<ws::Message> received;
  bool got_close_reply = false;
  WebSocketTestServer server([&](int fd, const std::string& head) {
    // One write, so the PING is there before the client reads stdin.
    test::write_all(fd, test::switching_protocols(head, "v5.channel.k8s.io") + test::server_frame(ws::Opcode::Ping, "k") +
                            binary('\x01', ""));  // ready
    received = test::read_messages(fd, [](const ws::Message& m) { return m.payload == std::string("\xff\x00", 2); });
    std::string in;
    for (const auto& m : received)
      if (!m.payload.empty() && m.payload[0] == '\0') in += m.payload.substr(1);
    test::write_all(fd, binary('\x01', in));
    test::write_all(fd, binary('\x02', "err\n"));
    test::write_all(fd, binary('\x03', R"({"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: error executing command [sh -c cat; echo err >&2; exit 3], exit code 3","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}})"));
    test::write_all(fd, test::close_frame(1000));
    auto rest = test::read_messages(fd, [](const ws::Message& m) { return m.opcode == ws::Opcode::Close; });
    got_close_reply = !rest.empty() && rest.back().opcode == ws::Opcode::Close && ws::close_code(rest.back().payload) == 1000;
  });
  Pipe in, out, err;
  test::write_all(in.w, "hello\n");
  in.close_write();
  kubeconfig::RestConfig rc;
  rc.server = server.url();
  WebSocketExecutor executor(rc, {}, server.url() + "/api/v1/namespaces/default/pods/p/exec?command=cat&stdin=true&stdout=true&stderr=true", Logger());
  StreamOptions o;
  o.stdin_fd = in.r;
  o.stdout_fd = out.w;
  o.stderr_fd = err.w;
  auto r = executor.stream(o);
  server.wait();
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().kind == ErrorKind::RemoteExit);
  CHECK(r.error().exit_code == 3);
  CHECK(out.drain() == "hello\n");
  CHECK(err.drain() == "err\n");
  std::vector<ws::Message> data, pongs;
  for (const auto& m : received) (m.opcode == ws::Opcode::Pong ? pongs : data).push_back(m);
  REQUIRE(pongs.size() == 1);
  CHECK(pongs[0].payload == "k");  // the server's PING answered
  REQUIRE(data.size() == 2);
  CHECK(data.front().opcode == ws::Opcode::Binary);
  CHECK(data.front().payload == std::string("\0hello\n", 7));
  CHECK(received.back().payload == std::string("\xff\x00", 2));  // stdin EOF is the v5 CLOSE signal
  CHECK(got_close_reply);
}

// Whole messages from fragments (a PING between them is
// answered at once), then the success status and the close.
TEST_CASE("websocket session: fragmented server messages are reassembled, a server PING gets its PONG") {
  std::vector<ws::Message> received;
  WebSocketTestServer server([&](int fd, const std::string& head) {
    test::write_all(fd, test::switching_protocols(head, "v5.channel.k8s.io"));
    std::string first = test::server_frame(ws::Opcode::Binary, "\x01hel");
    first[0] = 0x02;  // no FIN
    test::write_all(fd, first + test::server_frame(ws::Opcode::Ping, "p1"));
    received = test::read_messages(fd, [](const ws::Message& m) { return m.opcode == ws::Opcode::Pong; });
    std::string middle = test::server_frame(ws::Opcode::Continuation, std::string(70000, 'x'));
    middle[0] = 0x00;  // no FIN
    test::write_all(fd, middle + test::server_frame(ws::Opcode::Continuation, "lo\n"));
    test::write_all(fd, binary('\x03', R"({"metadata":{},"status":"Success"})"));
    test::write_all(fd, test::close_frame(1000));
    test::read_messages(fd, [](const ws::Message& m) { return m.opcode == ws::Opcode::Close; });
  });
  Pipe out;
  ::fcntl(out.r, F_SETPIPE_SZ, 1 << 20);
  kubeconfig::RestConfig rc;
  rc.server = server.url();
  WebSocketExecutor executor(rc, {}, server.url() + "/api/v1/namespaces/default/pods/p/exec?command=cat&stdout=true", Logger());
  StreamOptions o;
  o.stdout_fd = out.w;
  auto r = executor.stream(o);
  server.wait();
  CHECK(r.ok());
  CHECK(out.drain() == "hel" + std::string(70000, 'x') + "lo\n");
  REQUIRE(received.size() == 1);
  CHECK(received[0].opcode == ws::Opcode::Pong);
  CHECK(received[0].payload == "p1");
}

TEST_CASE("websocket session: a TTY session sends the first size at once, a text message is a protocol error") {
  std::vector<ws::Message> received;
  WebSocketTestServer server([&](int fd, const std::string& head) {
    test::write_all(fd, test::switching_protocols(head, "v5.channel.k8s.io"));
    received = test::read_messages(fd, [](const ws::Message& m) { return !m.payload.empty() && m.payload[0] == '\x04'; });
    test::write_all(fd, test::server_frame(ws::Opcode::Text, "1aGk="));
    test::read_messages(fd, [](const ws::Message& m) { return m.opcode == ws::Opcode::Close; });
  });
  // A fixed terminal size.
  class FixedSize : public TerminalSizeSource {
   public:
    FixedSize() { REQUIRE(::pipe(fds_) == 0); }
    ~FixedSize() override {
      ::close(fds_[0]);
      ::close(fds_[1]);
    }
    std::optional<TerminalSize> initial() override { return TerminalSize{100, 30}; }
    int fd() const override { return fds_[0]; }
    std::optional<TerminalSize> next() override { return std::nullopt; }

   private:
    int fds_[2];
  } size;
  Pipe out;
  kubeconfig::RestConfig rc;
  rc.server = server.url();
  WebSocketExecutor executor(rc, {}, server.url() + "/api/v1/namespaces/default/pods/p/exec?command=sh&stdout=true&tty=true", Logger());
  StreamOptions o;
  o.stdout_fd = out.w;
  o.tty = true;
  o.resize = &size;
  auto r = executor.stream(o);
  server.wait();
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == "unexpected message type: 1");
  REQUIRE(received.size() == 1);
  CHECK(received[0].payload == "\x04{\"Width\":100,\"Height\":30}\n");
}

// The apiserver's tunnel: it forwards upstream TCP reads as they come, so
// SPDY frames arrive split over many messages and several in one message.
TEST_CASE("websocket tunnel: an SPDY session runs over the tunnel's byte stream") {
  spdy::HeaderBlock syn_headers;
  WebSocketTestServer server([&](int fd, const std::string& head) {
    test::write_all(fd, test::switching_protocols(head, "SPDY/3.1+portforward.k8s.io"));
    spdy::FrameReader reader;
    spdy::FrameWriter writer;
    std::vector<spdy::Frame> frames;
    test::read_messages(fd, [&](const ws::Message& m) {
      reader.feed(m.payload);
      while (true) {
        auto f = reader.next();
        if (!f.ok() || !f->has_value()) break;
        frames.push_back(std::move(**f));
      }
      return !frames.empty() && frames.back().type == spdy::FrameType::SynStream;
    });
    if (frames.size() != 1) return;
    syn_headers = frames[0].headers;
    auto reply = writer.syn_reply(frames[0].stream_id, {});
    if (!reply.ok()) return;
    const std::string bytes = *reply + spdy::FrameWriter::data(frames[0].stream_id, "pong") +
                              spdy::FrameWriter::data(frames[0].stream_id, "", true);
    for (char c : bytes.substr(0, 20)) test::write_all(fd, test::server_frame(ws::Opcode::Binary, std::string(1, c)));
    test::write_all(fd, test::server_frame(ws::Opcode::Binary, bytes.substr(20)));
    test::read_messages(fd, [](const ws::Message& m) { return m.opcode == ws::Opcode::Close; });
  });
  kubeconfig::RestConfig rc;
  rc.server = server.url();
  auto dialed = dial_websocket_tunnel(rc, {}, server.url() + "/api/v1/namespaces/default/pods/p/portforward", Logger());
  REQUIRE(dialed.ok());
  CHECK(dialed->protocol == "portforward.k8s.io");
  CHECK(test::request_header(server.request_head(), "Sec-WebSocket-Protocol") == "SPDY/3.1+portforward.k8s.io");
  std::string got;
  bool ended = false;
  {
    SpdySession session(*dialed->conn, std::move(dialed->initial), Logger());
    auto id = session.open_stream({{"port", "8080"}, {"requestid", "0"}, {"streamtype", "data"}},
                                  {[&](std::string_view d) -> Result<> {
                                     got.append(d);
                                     return {};
                                   },
                                   [&] { ended = true; }});
    REQUIRE(id.ok());
    REQUIRE(session.run({}, [&] { return ended; }).ok());
    session.close();
  }
  dialed->conn.reset();  // sends the close frame
  server.wait();
  CHECK(got == "pong");
  CHECK(syn_headers == spdy::HeaderBlock{{"port", "8080"}, {"requestid", "0"}, {"streamtype", "data"}});
}

}  // namespace kctl::stream
