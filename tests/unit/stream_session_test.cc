// The SPDY session against a scripted peer over a socketpair.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "stream/spdy_session.h"
#include "tests/unit/socket_stream.h"

namespace kctl::stream {
namespace {

std::vector<spdy::Frame> frames_from(int fd) {
  spdy::FrameReader reader;
  char buf[65536];
  ssize_t n;
  while ((n = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT)) > 0) reader.feed(std::string_view(buf, static_cast<std::size_t>(n)));
  std::vector<spdy::Frame> out;
  while (true) {
    auto f = reader.next();
    REQUIRE(f.ok());
    if (!f->has_value()) break;
    out.push_back(std::move(**f));
  }
  return out;
}

}  // namespace

TEST_CASE("session: stream creation, data, server PING echo, RST after data is EOF, close") {
  int sv[2];
  REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  SocketStream client(sv[0]);
  const int server = sv[1];
  spdy::FrameWriter server_writer;
  auto reply = server_writer.syn_reply(1, {});
  REQUIRE(reply.ok());
  std::string script = *reply + spdy::FrameWriter::data(1, "hello") + spdy::FrameWriter::ping(2) +
                       spdy::FrameWriter::rst_stream(1, spdy::RstStatus::Cancel);
  REQUIRE(::write(server, script.data(), script.size()) == static_cast<ssize_t>(script.size()));

  SpdySession session(client, "", Logger());
  std::string got;
  bool ended = false;
  auto id = session.open_stream({{"streamtype", "stdout"}},
                                {[&](std::string_view d) -> Result<> { got.append(d); return {}; },
                                 [&] { ended = true; }});
  REQUIRE(id.ok());
  CHECK(*id == 1);
  REQUIRE(session.run({}, [&] { return ended; }).ok());
  CHECK(got == "hello");
  session.close();

  auto frames = frames_from(server);
  REQUIRE(frames.size() >= 3);
  CHECK(frames[0].type == spdy::FrameType::SynStream);
  CHECK(frames[0].stream_id == 1);
  CHECK(frames[0].headers == spdy::HeaderBlock{{"streamtype", "stdout"}});
  bool echoed = false, goaway = false, rst = false;
  for (const auto& f : frames) {
    echoed |= f.type == spdy::FrameType::Ping && f.ping_id == 2;
    goaway |= f.type == spdy::FrameType::GoAway;
    rst |= f.type == spdy::FrameType::RstStream;
  }
  CHECK(echoed);
  CHECK(goaway);
  CHECK_FALSE(rst);  // the server already reset the only stream
  ::close(server);
}

TEST_CASE("session: writes are split at 32 KiB, half-close is an empty DATA+FIN, no window stall") {
  int sv[2];
  REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  SocketStream client(sv[0]);
  const int server = sv[1];
  spdy::FrameWriter server_writer;
  auto reply = server_writer.syn_reply(1, {});
  REQUIRE(reply.ok());
  REQUIRE(::write(server, reply->data(), reply->size()) == static_cast<ssize_t>(reply->size()));
  SpdySession session(client, "", Logger());
  auto id = session.open_stream({{"streamtype", "stdin"}}, {});
  REQUIRE(id.ok());
  frames_from(server);  // the SYN_STREAM

  const std::string big(100 * 1024, 'x');  // beyond the 64 KiB initial window
  session.write(*id, big);
  session.close_write(*id);
  spdy::FrameReader reader;
  std::size_t data = 0;
  bool fin = false;
  char buf[65536];
  REQUIRE(session.run({}, [&] {
    ssize_t n;
    while ((n = ::recv(server, buf, sizeof buf, MSG_DONTWAIT)) > 0) reader.feed(std::string_view(buf, static_cast<std::size_t>(n)));
    while (true) {
      auto f = reader.next();
      if (!f.ok() || !f->has_value()) break;
      const spdy::Frame& fr = **f;
      if (fr.type != spdy::FrameType::Data) continue;
      CHECK(fr.data.size() <= kMaxDataFrame);
      data += fr.data.size();
      if (fr.fin()) {
        CHECK(fr.data.empty());
        fin = true;
      }
    }
    return fin;
  }).ok());
  CHECK(data == big.size());
  ::close(server);
}

}  // namespace kctl::stream
