// A non-blocking, poll()-able byte connection: what an SPDY session runs
// over (the upgraded TLS connection, or a socketpair in tests).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "client/result.h"

namespace kctl::stream {

class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // The descriptor to poll for readability and writability.
  virtual int fd() const = 0;
  // Bytes written; 0 when the connection cannot take more now.
  virtual Result<std::size_t> send(std::string_view bytes) = 0;
  // Bytes read; nullopt when nothing is available now; 0 at end of stream.
  // A stream may hold bytes that polling fd() does not announce (TLS
  // records, a tunnel's decoded messages): a reader that stops before
  // nullopt reads again before it waits on fd().
  virtual Result<std::optional<std::size_t>> recv(char* buf, std::size_t size) = 0;
};

}  // namespace kctl::stream
