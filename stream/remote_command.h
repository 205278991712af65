// The remotecommand protocol (v1-v5) over an SPDY session: streams created
// in client-go's order (error, stdin, stdout, stderr, resize), stdin pumped
// with EOF as FIN, output copied to descriptors, and the outcome decoded
// from the error stream once stdout and stderr have ended.
#pragma once

#include <string_view>

#include "stream/executor.h"
#include "stream/spdy_session.h"

namespace kctl::stream {

Result<> run_remote_command(SpdySession& session, std::string_view protocol, const StreamOptions& options);

// Writes all of `data` to `fd`, waiting when it is non-blocking.
Result<> write_fd(int fd, std::string_view data);

}  // namespace kctl::stream
