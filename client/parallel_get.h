// Sending several independent requests at once. The RestClient's transport
// (one curl handle) is not thread-safe, so each worker thread sends through
// its own transport chain and connection, built by a factory.
#pragma once

#include <functional>
#include <vector>

#include "client/logger.h"
#include "client/rest_client.h"

namespace kctl::client {

// Builds a transport chain that logs to the given Logger.
using TransportFactory = std::function<Result<RoundTripperPtr>(const Logger&)>;

// The answers to `requests`, in their order. Up to `parallelism` threads
// each take the next request; their -v logs (at `log_level`) are buffered
// per thread and reach `log_sink` a request at a time, so lines never
// interleave. Without a factory, or when it or the threads fail, the
// requests go one by one through `rest`.
std::vector<Result<HttpResponse>> send_all(RestClient& rest, const std::vector<HttpRequest>& requests,
                                           const TransportFactory& new_transport, int parallelism,
                                           int log_level, std::ostream* log_sink);

}  // namespace kctl::client
