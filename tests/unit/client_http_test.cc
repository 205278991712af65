// client/http: header helpers and the masking used in -v logs.
#include <doctest/doctest.h>

#include "client/http.h"

namespace kctl::client {
namespace {

TEST_CASE("mask_header: Authorization is masked as client-go does, showing only known schemes") {
  struct Row {
    const char* name;
    const char* value;
    std::string want;
  };
  const Row rows[] = {
      {"Authorization", "Bearer xyz", "Bearer <masked>"},
      {"Authorization", "Basic dXNlcjpwYXNz", "Basic <masked>"},
      {"authorization", "Bearer xyz", "Bearer <masked>"},
      {"AUTHORIZATION", "Negotiate a b c", "Negotiate <masked>"},
      {"Authorization", "opaque-token", "<masked>"},
      {"Authorization", "Token abc", "<masked>"},
      {"Authorization", "Bearer", "Bearer"},
      {"Authorization", "Bearer ", "Bearer"},
      {"Authorization", "", ""},
      {"Accept", "application/json", "application/json"},
      {"Impersonate-User", "jane", "jane"},
  };
  for (const Row& row : rows) {
    SUBCASE((std::string(row.name) + ": " + row.value).c_str()) { CHECK(mask_header(row.name, row.value) == row.want); }
  }
}

TEST_CASE("HttpResponse::header: case-insensitive, first match, empty when absent") {
  HttpResponse resp;
  resp.headers = {{"Content-Type", "application/json"}, {"X-Dup", "first"}, {"x-dup", "second"}};
  CHECK(resp.header("content-type") == "application/json");
  CHECK(resp.header("X-DUP") == "first");
  CHECK(resp.header("Missing").empty());
}

TEST_CASE("HttpRequest::set_header_if_absent: keeps a header already set in any case") {
  HttpRequest req;
  req.headers = {{"accept", "application/yaml"}};
  req.set_header_if_absent("Accept", "application/json");
  req.set_header_if_absent("User-Agent", "kctl");
  REQUIRE(req.headers.size() == 2);
  CHECK(req.headers[0].second == "application/yaml");
  CHECK(req.headers[1] == std::pair<std::string, std::string>{"User-Agent", "kctl"});
  CHECK(req.has_header("USER-AGENT"));
  CHECK_FALSE(req.has_header("Authorization"));
}

}  // namespace
}  // namespace kctl::client
