// Sends requests through the transport chain and turns non-2xx answers
// into kubectl's errors.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "client/http.h"
#include "client/request.h"
#include "client/round_tripper.h"
#include "client/warnings.h"

namespace kctl::client {

class RestClient {
 public:
  RestClient(RoundTripperPtr transport, std::string server)
      : transport_(std::move(transport)), server_(std::move(server)) {}

  Request request() const { return Request(server_); }
  const std::string& server() const { return server_; }
  // Receives the server's warnings (Warning headers) of every response.
  void on_warning(WarningHandler handler) { on_warning_ = std::move(handler); }

  // Sends `req`; a non-2xx answer becomes an Error (ApiStatus/Unauthorized).
  Result<HttpResponse> send(HttpRequest req);

  // GET of an absolute path such as "/version" or "/api/v1/namespaces";
  // with a sink, a 2xx body is streamed to it instead of being held.
  Result<HttpResponse> get_path(const std::string& path, BodySink sink = {});

  // GET of one object (or list) as JSON; a body that is not a JSON object
  // is kubectl's decode error.
  Result<nlohmann::json> get_json(const Request& req);

  // `method` of `body` (of `content_type`, when there is one) to `req`;
  // the answer's object (an empty one for an empty body); any other body
  // is kubectl's decode error.
  Result<nlohmann::json> send_json(const std::string& method, const Request& req, const std::string& content_type,
                                   std::string body);

 private:
  RoundTripperPtr transport_;
  std::string server_;
  WarningHandler on_warning_;
};

}  // namespace kctl::client
