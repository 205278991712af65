#include "client/status_error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <vector>

#include "client/ascii.h"
#include "client/go_quote.h"

namespace kctl::client {
namespace {

struct Generic {
  const char* reason;
  std::string message;
};

// The media type of the response, lower-cased, without parameters.
std::string media_type(const HttpResponse& resp) {
  std::string type = resp.header("Content-Type");
  type = type.substr(0, type.find(';'));
  while (!type.empty() && std::isspace(static_cast<unsigned char>(type.back()))) type.pop_back();
  return ascii_lower(type);
}

std::string trim_space(const std::string& s) {
  const char* ws = " \t\n\v\f\r";
  auto first = s.find_first_not_of(ws);
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(ws) - first + 1);
}

// apimachinery's NewGenericServerResponse; `server_message` is the trimmed
// text body, or "unknown" when the body is not text.
Generic generic(long code, const std::string& server_message) {
  switch (code) {
    case 400: return {"BadRequest", "the server rejected our request for an unknown reason"};
    case 401: return {"Unauthorized", "the server has asked for the client to provide credentials"};
    case 403: return {"Forbidden", server_message};
    case 404: return {"NotFound", "the server could not find the requested resource"};
    case 405: return {"MethodNotAllowed", "the server does not allow this method on the requested resource"};
    case 406:
      if (server_message.empty() || server_message == "unknown")
        return {"NotAcceptable", "the server was unable to respond with a content type that the client supports"};
      return {"NotAcceptable", server_message};
    case 409: return {"Conflict", "the server reported a conflict"};
    case 415: return {"UnsupportedMediaType", server_message};
    case 422: return {"Invalid", "the server rejected our request due to an error in our request"};
    case 429: return {"TooManyRequests", "the server has received too many requests and has asked us to try again later"};
    case 503: return {"ServiceUnavailable", "the server is currently unable to handle the request"};
    case 504: return {"Timeout", "the server was unable to return a response in the time allotted, but may still be processing the request"};
    default: break;
  }
  if (code >= 500)
    return {"InternalError", "an error on the server (" + go_quote(server_message) + ") has prevented the request from succeeding"};
  return {"", "the server responded with the status code " + std::to_string(code) +
                  " but did not return more information"};
}

std::string json_string(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::string invalid_text(const std::string& message, const nlohmann::json& details) {
  std::string s = "The request is invalid";
  if (!details.is_object()) return message.empty() ? s : s + ": " + message;
  std::vector<std::string> causes;  // duplicates dropped, as statusCausesToAggrError does
  if (auto c = details.find("causes"); c != details.end() && c->is_array())
    for (const auto& cause : *c) {
      if (!cause.is_object()) continue;
      std::string text = json_string(cause, "field") + ": " + json_string(cause, "message");
      if (std::find(causes.begin(), causes.end(), text) == causes.end()) causes.push_back(std::move(text));
    }
  const std::string kind = json_string(details, "kind"), name = json_string(details, "name");
  if (!kind.empty() || !name.empty()) s = "The " + kind + " " + go_quote(name) + " is invalid";
  else if (!message.empty() && causes.empty()) s += ": " + message;
  // kubectl's MultilineError
  if (causes.empty()) return s;
  if (causes.size() == 1) return s + ": " + causes.front();
  std::string text = s + ": \n";
  for (std::size_t i = 0; i < causes.size(); ++i) text += "* " + causes[i] + (i + 1 < causes.size() ? "\n" : "");
  return text;
}

Error status_error(const HttpResponse& resp) {
  // client-go decodes a metav1.Status from a JSON body (JSON is assumed when
  // there is no Content-Type) and uses it when its status is "Failure".
  const std::string type = media_type(resp);
  std::string reason, message;
  nlohmann::json details;
  bool from_status = false;
  if (type.empty() || type == "application/json") {
    nlohmann::json doc = nlohmann::json::parse(resp.body, nullptr, false);
    if (!doc.is_discarded() && doc.is_object() && doc.value("kind", nlohmann::json()) == "Status" &&
        doc.value("status", nlohmann::json()) == "Failure") {
      from_status = true;
      if (doc.value("reason", nlohmann::json()).is_string()) reason = doc["reason"].get<std::string>();
      if (doc.value("message", nlohmann::json()).is_string()) message = doc["message"].get<std::string>();
      if (doc.value("details", nlohmann::json()).is_object()) details = doc["details"];
    }
  }
  if (!from_status) {
    const bool text = type.empty() || type.rfind("text/", 0) == 0;
    Generic g = generic(resp.status, text ? trim_space(resp.body.substr(0, 2048)) : "unknown");
    reason = g.reason;
    message = g.message;
  }
  // kubectl: a Status with reason Unauthorized, whatever the HTTP code.
  if (reason == "Unauthorized") {
    Error e = make_error(ErrorKind::Unauthorized, "You must be logged in to the server (" + message + ")");
    e.reason = reason;
    return e;
  }
  Error e = make_error(ErrorKind::ApiStatus, message);
  e.reason = reason;
  e.code = resp.status;
  if (reason == "Invalid") e.invalid_text = invalid_text(message, details);
  if (auto c = details.find("causes"); details.is_object() && c != details.end() && c->is_array())
    for (const auto& cause : *c)
      if (cause.is_object()) e.causes.push_back(json_string(cause, "field") + ": " + json_string(cause, "message"));
  return e;
}

}  // namespace kctl::client
