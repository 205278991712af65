// The dialers port-forward uses, made from the factory's RestConfig and
// credentials: the one place that decides the transport (SPDY now; the
// WebSocket tunnel and the fallback wrapper plug in here).
#pragma once

#include "cmd/factory.h"
#include "stream/dialer.h"

namespace kctl::cmd {

Result<stream::DialerFactory> port_forward_dialers(Factory& f);

}  // namespace kctl::cmd
