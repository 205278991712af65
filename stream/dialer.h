// Port-forward's seam between transports (client-go's httpstream.Dialer):
// a dialer returns a connection carrying a raw SPDY/3.1 session, either an
// upgraded HTTP/1.1 connection (portforward.k8s.io) or the WebSocket tunnel
// (SPDY/3.1+portforward.k8s.io) whose binary payloads are the SPDY bytes.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "client/result.h"
#include "stream/byte_stream.h"

namespace kctl::stream {

// The one port-forward protocol kubectl speaks (X-Stream-Protocol-Version).
constexpr std::string_view kPortForwardProtocol = "portforward.k8s.io";

struct DialedStream {
  std::unique_ptr<ByteStream> conn;
  std::string initial;   // SPDY bytes that arrived with the upgrade response
  std::string protocol;  // negotiated: "portforward.k8s.io"
};

// Dials .../pods/NAME/portforward (the URL is bound when the dialer is made).
using Dialer = std::function<Result<DialedStream>()>;

// Makes a dialer for one pod's portforward URL.
using DialerFactory = std::function<Result<Dialer>(const std::string& url)>;

}  // namespace kctl::stream
