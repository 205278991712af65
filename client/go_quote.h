// Go's %q lives in client/printers (the printers need it too); client code
// keeps calling it as client::go_quote.
#pragma once

#include "client/printers/go_quote.h"

namespace kctl::client {

using printers::go_quote;

}  // namespace kctl::client
