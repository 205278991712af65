// client/status_error: error responses in kubectl's words. Expected texts
// are kubectl v1.32's (`kubectl get --raw PATH`) against a server sending
// the same status, Content-Type and body.
#include <doctest/doctest.h>

#include <string>

#include "client/status_error.h"

namespace kctl::client {
namespace {

HttpResponse response(long status, const std::string& content_type, const std::string& body) {
  HttpResponse resp;
  resp.status = status;
  if (!content_type.empty()) resp.headers.emplace_back("content-type", content_type);
  resp.body = body;
  return resp;
}

std::string status_body(const std::string& reason, const std::string& message, const char* status = "Failure") {
  return R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":")" + std::string(status) + R"(","message":")" +
         message + R"(","reason":")" + reason + R"(","code":0})";
}

struct Row {
  const char* name;
  long status;
  const char* content_type;
  std::string body;
  std::string reason;   // shown as "Error from server (<reason>): "
  std::string message;
};

void check_api_status(const Row& row) {
  Error e = status_error(response(row.status, row.content_type, row.body));
  CHECK(e.kind == ErrorKind::ApiStatus);
  CHECK(e.reason == row.reason);
  CHECK(e.message == row.message);
}

TEST_CASE("status_error: a Status body gives its reason and message") {
  const Row rows[] = {
      {"not found", 404, "application/json", status_body("NotFound", "pods \\\"x\\\" not found"), "NotFound",
       "pods \"x\" not found"},
      {"forbidden", 403, "application/json",
       status_body("Forbidden", "pods is forbidden: User \\\"x\\\" cannot list resource \\\"pods\\\""), "Forbidden",
       "pods is forbidden: User \"x\" cannot list resource \"pods\""},
      {"charset parameter", 404, "application/json; charset=utf-8", status_body("NotFound", "with charset"),
       "NotFound", "with charset"},
      {"no Content-Type means JSON", 409, "", status_body("AlreadyExists", "exists"), "AlreadyExists", "exists"},
      {"no reason", 422, "application/json",
       R"({"kind":"Status","apiVersion":"v1","status":"Failure","message":"just a message","code":422})", "",
       "just a message"},
      {"neither reason nor message", 400, "application/json",
       R"({"kind":"Status","apiVersion":"v1","status":"Failure","code":400})", "", ""},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) { check_api_status(row); }
  }
}

TEST_CASE("status_error: other bodies get apimachinery's generic text for the code") {
  const Row rows[] = {
      {"404 text", 404, "text/plain", "404 page not found\n", "NotFound",
       "the server could not find the requested resource"},
      {"404 empty", 404, "text/plain", "", "NotFound", "the server could not find the requested resource"},
      {"404 Status sent as text", 404, "text/plain", status_body("NotFound", "as text"), "NotFound",
       "the server could not find the requested resource"},
      {"404 Status without status Failure", 404, "application/json",
       R"({"kind":"Status","apiVersion":"v1","message":"m","reason":"NotFound","code":404})", "NotFound",
       "the server could not find the requested resource"},
      {"500 text", 500, "text/plain", "boom\n", "InternalError",
       "an error on the server (\"boom\") has prevented the request from succeeding"},
      {"500 without Content-Type, trimmed", 500, "", "  spaced text  \n", "InternalError",
       "an error on the server (\"spaced text\") has prevented the request from succeeding"},
      {"500 JSON that is not a Status", 500, "application/json", R"({"error":"x"})", "InternalError",
       "an error on the server (\"unknown\") has prevented the request from succeeding"},
      {"500 Status with status Success", 500, "application/json", status_body("X", "odd", "Success"),
       "InternalError", "an error on the server (\"unknown\") has prevented the request from succeeding"},
      {"500 text quoted as Go's %q", 500, "text/plain", "caf\xC3\xA9 \x01 tab\there \"q\"", "InternalError",
       "an error on the server (\"caf\xC3\xA9 \\x01 tab\\there \\\"q\\\"\") has prevented the request from succeeding"},
      {"502 text", 502, "text/plain", "bad gateway", "InternalError",
       "an error on the server (\"bad gateway\") has prevented the request from succeeding"},
      {"503 html", 503, "text/html", "<html>down</html>", "ServiceUnavailable",
       "the server is currently unable to handle the request"},
      {"504", 504, "text/plain", "slow", "Timeout",
       "the server was unable to return a response in the time allotted, but may still be processing the request"},
      {"403 keeps the server's text", 403, "text/plain", "denied", "Forbidden", "denied"},
      {"405", 405, "text/plain", "no", "MethodNotAllowed",
       "the server does not allow this method on the requested resource"},
      {"406 with text", 406, "text/plain", "want yaml", "NotAcceptable", "want yaml"},
      {"406 empty", 406, "text/plain", "", "NotAcceptable",
       "the server was unable to respond with a content type that the client supports"},
      {"409", 409, "text/plain", "conflict", "Conflict", "the server reported a conflict"},
      {"410 is not special", 410, "text/plain", "gone", "",
       "the server responded with the status code 410 but did not return more information"},
      {"415 with text", 415, "text/plain", "use json", "UnsupportedMediaType", "use json"},
      {"415 with JSON", 415, "application/json", "{}", "UnsupportedMediaType", "unknown"},
      {"418", 418, "text/plain", "teapot", "",
       "the server responded with the status code 418 but did not return more information"},
      {"429", 429, "text/plain", "slow down", "TooManyRequests",
       "the server has received too many requests and has asked us to try again later"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) { check_api_status(row); }
  }
}

TEST_CASE("status_error: reason Unauthorized means 'You must be logged in to the server'") {
  struct Unauthorized {
    const char* name;
    long status;
    const char* content_type;
    std::string body;
    std::string message;
  };
  const Unauthorized rows[] = {
      {"the API server's 401", 401, "application/json", status_body("Unauthorized", "Unauthorized"),
       "You must be logged in to the server (Unauthorized)"},
      {"401 with a message", 401, "application/json", status_body("Unauthorized", "token expired"),
       "You must be logged in to the server (token expired)"},
      {"401 without a Status", 401, "text/plain", "nope",
       "You must be logged in to the server (the server has asked for the client to provide credentials)"},
      {"reason Unauthorized on a 403", 403, "application/json", status_body("Unauthorized", "via reason"),
       "You must be logged in to the server (via reason)"},
  };
  for (const Unauthorized& row : rows) {
    SUBCASE(row.name) {
      Error e = status_error(response(row.status, row.content_type, row.body));
      CHECK(e.kind == ErrorKind::Unauthorized);
      CHECK(e.message == row.message);
    }
  }
  SUBCASE("a 401 Status without reason is an ordinary error") {
    Error e = status_error(response(
        401, "application/json", R"({"kind":"Status","apiVersion":"v1","status":"Failure","message":"m401","code":401})"));
    CHECK(e.kind == ErrorKind::ApiStatus);
    CHECK(e.reason.empty());
    CHECK(e.message == "m401");
  }
}

}  // namespace
}  // namespace kctl::client
