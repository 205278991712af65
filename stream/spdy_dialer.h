// Port-forward's dialer over a plain SPDY/3.1 upgrade (client-go's
// spdy.NewDialer): POST .../portforward with Upgrade: SPDY/3.1 and
// X-Stream-Protocol-Version: portforward.k8s.io. The WebSocket tunnel
// dialer and the fallback wrapper make DialerFactories too.
#pragma once

#include <functional>
#include <string_view>

#include "client/handshake_headers.h"
#include "client/logger.h"
#include "kubeconfig/rest_config.h"
#include "stream/dialer.h"

namespace kctl::stream {


// Credentials are computed per dial (an exec plugin's token may expire
// between kctl's reconnects). `rc` must outlive the dialers.
using CredentialSource = std::function<Result<client::HandshakeCredentials>()>;
DialerFactory spdy_dialers(const kubeconfig::RestConfig& rc, CredentialSource credentials, const Logger& log);

}  // namespace kctl::stream
