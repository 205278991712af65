#include "stream/spdy_dialer.h"

#include "stream/upgrade_connection.h"

namespace kctl::stream {

DialerFactory spdy_dialers(const kubeconfig::RestConfig& rc, CredentialSource credentials, const Logger& log) {
  return [&rc, credentials = std::move(credentials), log](const std::string& url) -> Result<Dialer> {
    return Dialer([&rc, credentials, log, url]() -> Result<DialedStream> {
      auto creds = credentials();
      if (!creds) return creds.take_error();
      UpgradeRequest req;
      req.url = url;
      req.protocols.emplace_back(kPortForwardProtocol);
      req.credentials = std::move(*creds);
      auto conn = UpgradeConnection::open(rc, req, log);
      if (!conn) return conn.take_error();
      DialedStream dialed;
      dialed.initial = (*conn)->take_initial_bytes();
      dialed.protocol = (*conn)->protocol();
      dialed.conn = std::move(*conn);
      return dialed;
    });
  };
}

}  // namespace kctl::stream
