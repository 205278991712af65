// client-go's UntilWithSync for one named object, as rollout status and
// wait use it: the object is listed (metadata.name field selector), each
// listed item handed over as ADDED, then watched from the list's
// resourceVersion (re-watched when the server ends the watch, re-listed
// after 410 Gone) until the handler is done or the deadline passes.
#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <string>

#include "client/rest_client.h"
#include "client/result.h"
#include "cmd/resource_visits.h"

namespace kctl::cmd {

// ADDED, MODIFIED or DELETED with the object: true when done, or an error
// that ends the wait.
using UntilHandler = std::function<Result<bool>(const std::string& type, const nlohmann::json& object)>;
// Called after each list with whether the object was in it: true ends the
// wait (the precondition is done), as may an error.
using UntilPrecondition = std::function<Result<bool>(bool exists)>;

// Ok(true): done; Ok(false): the deadline passed first.
Result<bool> watch_until(client::RestClient& rest, const Visit& object, std::chrono::steady_clock::time_point deadline,
                         const UntilPrecondition& precondition, const UntilHandler& handler);

}  // namespace kctl::cmd
