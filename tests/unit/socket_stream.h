// A socketpair end as a non-blocking ByteStream, for session tests
// against a scripted SPDY peer.
#pragma once

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <optional>
#include <string_view>

#include "stream/byte_stream.h"

namespace kctl::stream {

class SocketStream : public ByteStream {
 public:
  explicit SocketStream(int fd) : fd_(fd) { ::fcntl(fd, F_SETFL, O_NONBLOCK); }
  ~SocketStream() override { ::close(fd_); }
  int fd() const override { return fd_; }
  Result<std::size_t> send(std::string_view b) override {
    ssize_t n = ::send(fd_, b.data(), b.size(), MSG_NOSIGNAL);
    if (n < 0) return errno == EAGAIN ? Result<std::size_t>(std::size_t{0}) : make_error(ErrorKind::Connection, "send");
    return static_cast<std::size_t>(n);
  }
  Result<std::optional<std::size_t>> recv(char* buf, std::size_t size) override {
    ssize_t n = ::recv(fd_, buf, size, 0);
    if (n < 0) {
      if (errno == EAGAIN) return std::optional<std::size_t>();
      return make_error(ErrorKind::Connection, "recv");
    }
    return std::optional<std::size_t>(static_cast<std::size_t>(n));
  }

 private:
  int fd_;
};

}  // namespace kctl::stream
