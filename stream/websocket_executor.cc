#include "stream/websocket_executor.h"

#include "stream/channel_protocol.h"
#include "stream/websocket_connection.h"
#include "stream/websocket_remote_command.h"

namespace kctl::stream {

Result<> WebSocketExecutor::stream(const StreamOptions& options) {
  WebSocketRequest req;
  req.url = url_;
  // v5 only: an older server would hand v4 to a kubelet without the CLOSE signal.
  req.protocols = {std::string(kProtocolV5)};
  req.credentials = credentials_;
  auto conn = WebSocketConnection::open(rc_, req, log_);
  if (!conn) return conn.take_error();
  if (log_.v(6)) log_.info("websocket.go:133", "The subprotocol is " + (*conn)->protocol());  // kubectl's words
  return run_websocket_remote_command(**conn, options);
}

}  // namespace kctl::stream
