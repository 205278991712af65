// Port-forward's WebSocket tunnel (client-go's tunneling dialer): a
// WebSocket offering SPDY/3.1+portforward.k8s.io whose binary payloads,
// concatenated, are a raw SPDY/3.1 byte stream. The result is a ByteStream,
// so the ordinary SpdySession runs over it unchanged.
#pragma once

#include <string>

#include "client/handshake_headers.h"
#include "client/logger.h"
#include "kubeconfig/rest_config.h"
#include "stream/dialer.h"

namespace kctl::stream {

constexpr std::string_view kTunnelProtocolPrefix = "SPDY/3.1+";

// Dials .../pods/NAME/portforward; DialedStream::protocol is the
// negotiated protocol without the "SPDY/3.1+" prefix.
Result<DialedStream> dial_websocket_tunnel(const kubeconfig::RestConfig& rc, client::HandshakeCredentials credentials,
                                           const std::string& url, const Logger& log);

}  // namespace kctl::stream
