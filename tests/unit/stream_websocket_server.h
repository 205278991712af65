// A scripted WebSocket server on a loopback socket for the WebSocket tests:
// plain ws:// (TLS is curl's, already covered by the SPDY path), one
// connection, the script runs on its own thread with the raw socket.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <functional>
#include <string>
#include <thread>

#include "stream/websocket_frame.h"

namespace kctl::test {

class WebSocketTestServer {
 public:
  // `script(fd, request_head)` answers the handshake and plays the session.
  using Script = std::function<void(int fd, const std::string& request_head)>;

  explicit WebSocketTestServer(Script script) {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(listener_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::listen(listener_, 1);
    socklen_t len = sizeof addr;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this, script = std::move(script)] {
      int fd = ::accept(listener_, nullptr, nullptr);
      if (fd < 0) return;
      std::string head;
      char c;
      while (head.find("\r\n\r\n") == std::string::npos && ::read(fd, &c, 1) == 1) head.push_back(c);
      request_head_ = head;
      script(fd, head);
      ::close(fd);
    });
  }
  ~WebSocketTestServer() {
    ::shutdown(listener_, SHUT_RDWR);
    wait();
    ::close(listener_);
  }
  // Waits for the script to finish (what it recorded is then safe to read).
  void wait() {
    if (thread_.joinable()) thread_.join();
  }
  WebSocketTestServer(const WebSocketTestServer&) = delete;
  WebSocketTestServer& operator=(const WebSocketTestServer&) = delete;

  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  // Only valid after the client's handshake was read (after the test's call).
  const std::string& request_head() const { return request_head_; }

 private:
  int listener_ = -1;
  int port_ = 0;
  std::thread thread_;
  std::string request_head_;
};

inline std::string request_header(const std::string& head, const std::string& name) {
  auto at = head.find("\r\n" + name + ": ");
  if (at == std::string::npos) return {};
  at += name.size() + 4;
  return head.substr(at, head.find("\r\n", at) - at);
}

inline void write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

// "HTTP/1.1 101" with the accept key for the request and `protocol` ("" = no header).
inline std::string switching_protocols(const std::string& request_head, const std::string& protocol) {
  std::string r = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Accept: " +
                  stream::ws::accept_key(request_header(request_head, "Sec-WebSocket-Key")).value() + "\r\n";
  if (!protocol.empty()) r += "Sec-WebSocket-Protocol: " + protocol + "\r\n";
  return r + "\r\n";
}

// A server frame: FIN, unmasked.
inline std::string server_frame(stream::ws::Opcode opcode, const std::string& payload) {
  std::string f(1, static_cast<char>(0x80 | static_cast<int>(opcode)));
  if (payload.size() < 126) {
    f.push_back(static_cast<char>(payload.size()));
  } else if (payload.size() <= 0xffff) {
    f.push_back(126);
    f.push_back(static_cast<char>(payload.size() >> 8));
    f.push_back(static_cast<char>(payload.size() & 0xff));
  } else {
    f.push_back(127);
    for (int i = 7; i >= 0; --i) f.push_back(static_cast<char>((payload.size() >> (8 * i)) & 0xff));
  }
  return f + payload;
}

inline std::string close_frame(std::uint16_t code) {
  return server_frame(stream::ws::Opcode::Close, std::string{static_cast<char>(code >> 8), static_cast<char>(code & 0xff)});
}

// Reads client frames until `until(message)` is true or the peer closes; returns all.
inline std::vector<stream::ws::Message> read_messages(int fd, const std::function<bool(const stream::ws::Message&)>& until) {
  stream::ws::FrameParser parser;
  std::vector<stream::ws::Message> out;
  char buf[65536];
  while (true) {
    while (true) {
      auto m = parser.next();
      if (!m.ok() || !m->has_value()) break;
      out.push_back(std::move(**m));
      if (until(out.back())) return out;
    }
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n <= 0) return out;
    parser.feed(std::string_view(buf, static_cast<std::size_t>(n)));
  }
}

}  // namespace kctl::test
