#include "cmd/port_forward_dialers.h"

#include "client/handshake_headers.h"
#include "stream/spdy_dialer.h"

namespace kctl::cmd {

Result<stream::DialerFactory> port_forward_dialers(Factory& f) {
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  const kubeconfig::RestConfig& config = **rc;
  return stream::spdy_dialers(
      config, [&f, &config] { return client::handshake_credentials(config, f.io().stdin_is_terminal); },
      f.logger());
}

}  // namespace kctl::cmd
