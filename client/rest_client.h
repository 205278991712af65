// Sends requests through the transport chain and turns non-2xx answers
// into kubectl's errors.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "client/http.h"
#include "client/request.h"
#include "client/round_tripper.h"

namespace kctl::client {

class RestClient {
 public:
  RestClient(RoundTripperPtr transport, std::string server)
      : transport_(std::move(transport)), server_(std::move(server)) {}

  Request request() const { return Request(server_); }
  const std::string& server() const { return server_; }

  // Sends `req`; a non-2xx answer becomes an Error (ApiStatus/Unauthorized).
  Result<HttpResponse> send(HttpRequest req);

  // GET of an absolute path such as "/version" or "/api/v1/namespaces";
  // with a sink, a 2xx body is streamed to it instead of being held.
  Result<HttpResponse> get_path(const std::string& path, BodySink sink = {});

  // GET of one object (or list) as JSON; a body that is not a JSON object
  // is kubectl's decode error.
  Result<nlohmann::json> get_json(const Request& req);

 private:
  RoundTripperPtr transport_;
  std::string server_;
};

}  // namespace kctl::client
