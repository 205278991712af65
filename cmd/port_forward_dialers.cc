#include "cmd/port_forward_dialers.h"

#include "stream/fallback.h"
#include "stream/spdy_dialer.h"
#include "stream/websocket_tunnel.h"

namespace kctl::cmd {

// As kubectl 1.31+: the WebSocket tunnel (SPDY/3.1+portforward.k8s.io)
// first, plain SPDY/3.1 when the upgrade fails, unless
// KUBECTL_PORT_FORWARD_WEBSOCKETS=false. Credentials come from the
// factory on every dial (the exec plugin's cache renews expired ones), so
// reconnects stay authenticated.
Result<stream::DialerFactory> port_forward_dialers(Factory& f) {
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  const kubeconfig::RestConfig& config = **rc;
  stream::CredentialSource credentials = [&f] { return f.handshake_credentials(); };
  stream::DialerFactory spdy = stream::spdy_dialers(config, credentials, f.logger());
  if (!stream::websockets_enabled(f.env(), stream::kPortForwardWebsocketsEnv)) {
    if (f.logger().v(6))
      f.logger().info("portforward.go:422", std::string(stream::kPortForwardWebsocketsEnv) + "=false: using SPDY/3.1 only");
    return spdy;
  }
  return stream::DialerFactory(
      [&f, &config, spdy, credentials](const std::string& url) -> Result<stream::Dialer> {
        auto secondary = spdy(url);
        if (!secondary) return secondary.take_error();
        stream::Dialer primary = [&f, &config, credentials, url]() -> Result<stream::DialedStream> {
          auto creds = credentials();
          if (!creds) return creds.take_error();
          return stream::dial_websocket_tunnel(config, std::move(*creds), url, f.logger());
        };
        return stream::fallback_dialer(std::move(primary), std::move(*secondary), f.logger());
      });
}

}  // namespace kctl::cmd
