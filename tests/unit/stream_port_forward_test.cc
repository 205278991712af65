// port-forward: port and address parsing, listeners, and the
// portforward.k8s.io protocol against a scripted SPDY server over a
// socketpair, with a real local TCP client.
#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <sstream>
#include <thread>

#include "stream/port_forwarder.h"
#include "stream/port_listeners.h"
#include "stream/port_spec.h"
#include "tests/unit/socket_stream.h"

namespace kctl::stream {
namespace {

std::string error_of(const std::vector<std::string>& specs) {
  auto r = parse_ports(specs);
  return r ? "" : r.error().message;
}

// The server side of the session: reads frames with a deadline.
class ScriptedServer {
 public:
  explicit ScriptedServer(int fd) : fd_(fd) {}
  spdy::Frame next() {
    while (true) {
      auto f = reader_.next();
      REQUIRE(f.ok());
      if (f->has_value()) return std::move(**f);
      pollfd p{fd_, POLLIN, 0};
      REQUIRE(::poll(&p, 1, 5000) == 1);
      char buf[65536];
      ssize_t n = ::read(fd_, buf, sizeof buf);
      REQUIRE(n > 0);
      reader_.feed(std::string_view(buf, static_cast<std::size_t>(n)));
    }
  }
  // The next frame that is not a PING.
  spdy::Frame next_non_ping() {
    while (true) {
      spdy::Frame f = next();
      if (f.type != spdy::FrameType::Ping) return f;
    }
  }
  void send(const std::string& bytes) {
    REQUIRE(::write(fd_, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  }
  void reply(StreamId id) {
    auto r = writer_.syn_reply(id, {});
    REQUIRE(r.ok());
    send(*r);
  }
  // Accepts the error and data streams of one connection; returns their ids.
  std::pair<StreamId, StreamId> accept_pair(const std::string& port, const std::string& request_id) {
    spdy::Frame err = next_non_ping();
    CHECK(err.type == spdy::FrameType::SynStream);
    CHECK(err.headers == spdy::HeaderBlock{{"port", port}, {"requestid", request_id}, {"streamtype", "error"}});
    reply(err.stream_id);
    spdy::Frame fin = next_non_ping();
    CHECK(fin.type == spdy::FrameType::Data);
    CHECK(fin.stream_id == err.stream_id);
    CHECK(fin.fin());
    CHECK(fin.data.empty());
    spdy::Frame data = next_non_ping();
    CHECK(data.type == spdy::FrameType::SynStream);
    CHECK(data.headers == spdy::HeaderBlock{{"port", port}, {"requestid", request_id}, {"streamtype", "data"}});
    reply(data.stream_id);
    return {err.stream_id, data.stream_id};
  }

 private:
  int fd_;
  spdy::FrameReader reader_;
  spdy::FrameWriter writer_;
};

int connect_to(std::uint16_t port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) == 0);
  return fd;
}

std::string read_all(int fd) {
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  return out;
}

// A forwarder on 127.0.0.1:random -> 80 running in a thread.
struct Fixture {
  int sv[2]{-1, -1};
  int stop[2]{-1, -1};
  std::unique_ptr<SocketStream> client;
  std::ostringstream out, log_sink;
  std::optional<PortListeners> listeners;
  Result<ForwardEnd> end = ForwardEnd::Stopped;
  std::thread thread;

  Fixture() {
    REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    REQUIRE(::pipe(stop) == 0);
    client = std::make_unique<SocketStream>(sv[0]);
    std::ostringstream err;
    auto l = PortListeners::open({{"127.0.0.1", false, true}}, {{0, 80}}, out, err);
    REQUIRE(l.ok());
    listeners = std::move(*l);
    thread = std::thread([this] {
      SpdySession session(*client, "", Logger());
      PortForwarder forwarder(*listeners, out, Logger(0, &log_sink));
      end = forwarder.run(session, stop[0]);
    });
  }
  ~Fixture() {
    if (thread.joinable()) {
      REQUIRE(::write(stop[1], "x", 1) == 1);
      thread.join();
    }
    ::close(sv[1]);
    ::close(stop[0]);
    ::close(stop[1]);
  }
  std::uint16_t local_port() const { return listeners->ports()[0].local; }
};

}  // namespace

TEST_CASE("port-forward: port specs as client-go's parsePorts") {
  auto p = parse_ports({"5000", "8888:5000", ":5001", "0:5002"});
  REQUIRE(p.ok());
  REQUIRE(p->size() == 4);
  CHECK(((*p)[0].local == 5000 && (*p)[0].remote == 5000));
  CHECK(((*p)[1].local == 8888 && (*p)[1].remote == 5000));
  CHECK(((*p)[2].local == 0 && (*p)[2].remote == 5001));
  CHECK(((*p)[3].local == 0 && (*p)[3].remote == 5002));
  CHECK(error_of({"1:2:3"}) == "invalid port format '1:2:3'");
  CHECK(error_of({"70000"}) == "error parsing local port '70000': strconv.ParseUint: parsing \"70000\": value out of range");
  CHECK(error_of({"x:80"}) == "error parsing local port 'x': strconv.ParseUint: parsing \"x\": invalid syntax");
  CHECK(error_of({"80:"}) == "error parsing remote port '': strconv.ParseUint: parsing \"\": invalid syntax");
  CHECK(error_of({"0"}) == "remote port must be > 0");
  CHECK(error_of({"8080:0"}) == "remote port must be > 0");
  CHECK(format_ports({{8080, 80}, {0, 90}}) == "[{8080 80} {0 90}]");
}

TEST_CASE("port-forward: --address values as client-go's parseAddresses") {
  auto a = parse_addresses({"localhost"});
  REQUIRE(a.ok());
  REQUIRE(a->size() == 2);
  CHECK((*a)[0].address == "127.0.0.1");
  CHECK_FALSE((*a)[0].ipv6);
  CHECK((*a)[0].from_localhost);
  CHECK((*a)[1].address == "::1");
  CHECK((*a)[1].ipv6);
  a = parse_addresses({"localhost", "127.0.0.1", "0.0.0.0", "::"});
  REQUIRE(a.ok());
  REQUIRE(a->size() == 4);
  CHECK((*a)[0].address == "0.0.0.0");
  CHECK((*a)[1].address == "127.0.0.1");
  CHECK_FALSE((*a)[1].from_localhost);  // named explicitly: it must bind
  CHECK((*a)[2].address == "::");
  CHECK((*a)[3].address == "::1");
  auto bad = parse_addresses({"1.2.3.x"});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message == "1.2.3.x is not a valid IP");
  CHECK(parse_addresses({}).error().message == "you must specify at least 1 address");
}

TEST_CASE("port-forward: listeners print kubectl's lines; a random port is shared by both addresses") {
  std::ostringstream out, err;
  auto a = parse_addresses({"localhost"});
  REQUIRE(a.ok());
  auto l = PortListeners::open(*a, {{0, 80}}, out, err);
  REQUIRE(l.ok());
  const std::uint16_t port = l->ports()[0].local;
  CHECK(port != 0);
  // ::1 may be missing on the machine; 127.0.0.1 alone is enough.
  const std::string v4 = "Forwarding from 127.0.0.1:" + std::to_string(port) + " -> 80\n";
  CHECK(out.str().rfind(v4, 0) == 0);
  CHECK(err.str().empty());

  // The same port again: nothing binds, kubectl's messages.
  std::ostringstream out2, err2;
  auto again = PortListeners::open({{"127.0.0.1", false, false}}, {{port, 80}}, out2, err2);
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().message == "unable to listen on any of the requested ports: [{" + std::to_string(port) + " 80}]");
  CHECK(err2.str() == "Unable to listen on port " + std::to_string(port) +
                          ": Listeners failed to create with the following errors: [unable to create listener: "
                          "Error listen tcp4 127.0.0.1:" + std::to_string(port) +
                          ": bind: address already in use]\n");
}

TEST_CASE("port-forward: stream pair per connection, bytes both ways, half-close, RST after the server's FIN") {
  Fixture fx;
  ScriptedServer server(fx.sv[1]);
  int c = connect_to(fx.local_port());
  auto [err_id, data_id] = server.accept_pair("80", "0");
  CHECK(err_id == 1);
  CHECK(data_id == 3);
  REQUIRE(::write(c, "ping", 4) == 4);
  ::shutdown(c, SHUT_WR);  // local EOF: an empty DATA+FIN on the data stream
  std::string got;
  bool fin = false;
  while (!fin) {
    spdy::Frame f = server.next_non_ping();
    REQUIRE(f.type == spdy::FrameType::Data);
    CHECK(f.stream_id == data_id);
    got += f.data;
    fin = f.fin();
  }
  CHECK(got == "ping");
  server.send(spdy::FrameWriter::data(data_id, "pong") + spdy::FrameWriter::data(data_id, "", true) +
              spdy::FrameWriter::data(err_id, "", true));
  CHECK(read_all(c) == "pong");
  ::close(c);
  CHECK(fx.out.str().find("Handling connection for " + std::to_string(fx.local_port()) + "\n") != std::string::npos);

  // A second connection gets the next request id and the next stream ids.
  c = connect_to(fx.local_port());
  auto ids = server.accept_pair("80", "1");
  CHECK(ids.first == 5);
  CHECK(ids.second == 7);
  // The server finishes first: the client resets the data stream.
  server.send(spdy::FrameWriter::data(ids.second, "bye", true));
  spdy::Frame rst = server.next_non_ping();
  CHECK(rst.type == spdy::FrameType::RstStream);
  CHECK(rst.stream_id == ids.second);
  CHECK(rst.status == static_cast<std::uint32_t>(spdy::RstStatus::Cancel));
  server.send(spdy::FrameWriter::data(ids.first, "", true));
  CHECK(read_all(c) == "bye");
  ::close(c);
  REQUIRE(::write(fx.stop[1], "x", 1) == 1);
  fx.thread.join();
  REQUIRE(fx.end.ok());
  CHECK(*fx.end == ForwardEnd::Stopped);
  CHECK(fx.log_sink.str().empty());
}

TEST_CASE("port-forward: the pod's error text is logged as kubectl and closes the session") {
  Fixture fx;
  ScriptedServer server(fx.sv[1]);
  int c = connect_to(fx.local_port());
  auto [err_id, data_id] = server.accept_pair("80", "0");
  server.send(spdy::FrameWriter::data(err_id, "error forwarding port 80 to pod x: \"refused\"", true) +
              spdy::FrameWriter::rst_stream(data_id, spdy::RstStatus::Cancel));
  fx.thread.join();
  REQUIRE(fx.end.ok());
  CHECK(*fx.end == ForwardEnd::LostConnection);
  const std::string log = fx.log_sink.str();
  CHECK(log.rfind("E", 0) == 0);
  CHECK(log.find("portforward.go:424] \"Unhandled Error\" err=\"an error occurred forwarding " +
                 std::to_string(fx.local_port()) + " -> 80: error forwarding port 80 to pod x: \\\"refused\\\"\"\n") !=
        std::string::npos);
  bool goaway = false;
  while (!goaway) goaway = server.next().type == spdy::FrameType::GoAway;
  CHECK(read_all(c).empty());
  ::close(c);
}

TEST_CASE("port-forward: the connection's end is a lost connection; connections wait in the backlog") {
  Fixture fx;
  ::shutdown(fx.sv[1], SHUT_RDWR);
  fx.thread.join();
  REQUIRE(fx.end.ok());
  CHECK(*fx.end == ForwardEnd::LostConnection);
  // The listener stays open for a reconnect.
  int c = connect_to(fx.local_port());
  ::close(c);
}

TEST_CASE("port-forward: many concurrent connections and a large transfer, no stall") {
  Fixture fx;
  ScriptedServer server(fx.sv[1]);
  constexpr int kConns = 10;
  std::vector<int> cs;
  std::vector<std::pair<StreamId, StreamId>> ids;
  for (int i = 0; i < kConns; ++i) {
    cs.push_back(connect_to(fx.local_port()));
    ids.push_back(server.accept_pair("80", std::to_string(i)));
  }
  // 4 MiB to every client at once, without the server reading anything.
  const std::string chunk(kMaxDataFrame, 'z');
  std::string all;
  for (int k = 0; k < 128; ++k)
    for (int i = 0; i < kConns; ++i) all += spdy::FrameWriter::data(ids[i].second, chunk);
  for (int i = 0; i < kConns; ++i)
    all += spdy::FrameWriter::data(ids[i].second, "", true) + spdy::FrameWriter::data(ids[i].first, "", true);
  std::vector<std::size_t> sizes(kConns);
  std::vector<std::thread> readers;
  for (int i = 0; i < kConns; ++i) readers.emplace_back([&, i] { sizes[i] = read_all(cs[i]).size(); });
  server.send(all);
  for (auto& t : readers) t.join();
  for (int i = 0; i < kConns; ++i) {
    CHECK(sizes[i] == 128 * kMaxDataFrame);
    ::close(cs[i]);
  }
}

}  // namespace kctl::stream
