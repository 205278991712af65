#include "stream/spdy_executor.h"

#include "stream/channel_protocol.h"
#include "stream/remote_command.h"
#include "stream/spdy_session.h"
#include "stream/upgrade_connection.h"

namespace kctl::stream {

Result<> SpdyExecutor::stream(const StreamOptions& options) {
  UpgradeRequest req;
  req.url = url_;
  // client-go's SPDY executor offers v5 first too (streaming-spec.md §3.1).
  for (std::string_view p : {kProtocolV5, kProtocolV4, kProtocolV3, kProtocolV2, kProtocolV1})
    req.protocols.emplace_back(p);
  req.credentials = credentials_;
  auto conn = UpgradeConnection::open(rc_, req, log_);
  if (!conn) return conn.take_error();
  SpdySession session(**conn, (*conn)->take_initial_bytes(), log_);
  std::string protocol = (*conn)->protocol();
  if (protocol.empty()) protocol = std::string(kProtocolV1);
  return run_remote_command(session, protocol, options);
}

}  // namespace kctl::stream
