// The remotecommand v5 protocol over a WebSocket (client-go's
// wsStreamExecutor): [channel][payload] messages, stdin in 32 KiB messages
// and its EOF as the CLOSE signal [0xFF, 0], terminal sizes on channel 4,
// stdout/stderr to descriptors, and the status from channel 3 decoded once
// the server has closed the connection.
#pragma once

#include "stream/executor.h"
#include "stream/websocket_connection.h"

namespace kctl::stream {

Result<> run_websocket_remote_command(WebSocketConnection& conn, const StreamOptions& options);

}  // namespace kctl::stream
