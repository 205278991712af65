// Reading a watch (?watch=true): newline-delimited JSON events streamed as
// they come, each handed to the caller until it has seen enough.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

#include "client/rest_client.h"
#include "client/result.h"

namespace kctl::client {

// Called with ADDED, MODIFIED or DELETED and the object; true to go on
// reading, false when done.
using WatchHandler = std::function<bool(const std::string& type, const nlohmann::json& object)>;

// Reads the watch at `url` until the handler is done (Ok(true)), the server
// ends it (Ok(false): a timeoutSeconds that ran out), or an ERROR event
// (its Status as the error).
// `headers` are added to the request (Accept for server-side tables).
Result<bool> watch(RestClient& rest, const std::string& url, const WatchHandler& handler, const Headers& headers = {});

}  // namespace kctl::client
