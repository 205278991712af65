#include "client/status_error.h"

#include <nlohmann/json.hpp>

namespace kctl::client {
namespace {

struct Generic {
  const char* reason;
  std::string message;
};

// apimachinery's NewGenericServerResponse.
Generic generic(long code, const std::string& body) {
  switch (code) {
    case 400: return {"BadRequest", "the server rejected our request for an unknown reason"};
    case 401: return {"Unauthorized", "the server has asked for the client to provide credentials"};
    case 403: return {"Forbidden", "the server does not allow access to the requested resource"};
    case 404: return {"NotFound", "the server could not find the requested resource"};
    case 405: return {"MethodNotAllowed", "the server does not allow this method on the requested resource"};
    case 406: return {"NotAcceptable", "the server was unable to respond with a content type that the client supports"};
    case 409: return {"Conflict", "the server reported a conflict"};
    case 410: return {"Expired", "the server could not find the requested resource"};
    case 415: return {"UnsupportedMediaType", "the server was unable to respond with a content type that the client supports"};
    case 422: return {"Invalid", "the server rejected our request due to an error in our request"};
    case 429: return {"TooManyRequests", "the server has received too many requests and has asked us to try again later"};
    case 503: return {"ServiceUnavailable", "the server is currently unable to handle the request"};
    case 504: return {"Timeout", "the server was unable to return a response in the time allotted, but may still be processing the request"};
    default: break;
  }
  std::string snippet = body.size() > 2048 ? body.substr(0, 2048) : body;
  while (!snippet.empty() && (snippet.back() == '\n' || snippet.back() == '\r')) snippet.pop_back();
  if (code >= 500) {
    nlohmann::json quoted = snippet;
    return {"InternalError", "an error on the server (" + quoted.dump() + ") has prevented the request from succeeding"};
  }
  return {"", "the server responded with the status code " + std::to_string(code) +
                  " but did not return more information"};
}

}  // namespace

Error status_error(const HttpResponse& resp) {
  std::string reason, message;
  nlohmann::json doc = nlohmann::json::parse(resp.body, nullptr, false);
  if (!doc.is_discarded() && doc.is_object() && doc.value("kind", "") == "Status") {
    reason = doc.value("reason", "");
    message = doc.value("message", "");
  }
  if (message.empty()) {
    Generic g = generic(resp.status, resp.body);
    if (reason.empty()) reason = g.reason;
    message = g.message;
  }
  if (resp.status == 401) {
    // kubectl: "You must be logged in to the server (<message>)"
    std::string detail = message;
    if (detail.empty() || detail == "the server has asked for the client to provide credentials")
      detail = "Unauthorized";
    Error e = make_error(ErrorKind::Unauthorized, "You must be logged in to the server (" + detail + ")");
    e.reason = "Unauthorized";
    return e;
  }
  Error e = make_error(ErrorKind::ApiStatus, message);
  e.reason = reason;
  return e;
}

}  // namespace kctl::client
