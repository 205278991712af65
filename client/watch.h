// Reading a watch (?watch=true): newline-delimited JSON events streamed as
// they come, each handed to the caller until it has seen enough.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

#include "client/rest_client.h"
#include "client/result.h"
#include "client/watch_decoder.h"

namespace kctl::client {

// Reads the watch at `url` until the handler is done (Ok(true)), the server
// ends it (Ok(false): a timeoutSeconds that ran out), or an ERROR event
// (its Status as the error).
// `headers` are added to the request (Accept for server-side tables).
Result<bool> watch(RestClient& rest, const std::string& url, const WatchHandler& handler, const Headers& headers = {});

}  // namespace kctl::client
