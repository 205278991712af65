#include <doctest/doctest.h>

#include "client/list_continue.h"

using kctl::client::list_continue_token;

TEST_CASE("list_continue_token reads metadata.continue of a list or table page") {
  CHECK(list_continue_token(R"({"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"7","continue":"eyJ2Ijo"},"items":[]})") ==
        "eyJ2Ijo");
  CHECK(list_continue_token(
            R"({"kind":"Table","metadata":{"continue":"abc","remainingItemCount":3},"columnDefinitions":[],"rows":[{"cells":["x"]}]})") ==
        "abc");
}

TEST_CASE("list_continue_token finds the token wherever metadata sits, and only at the root") {
  CHECK(list_continue_token(R"({"items":[{"metadata":{"continue":"inner"}}],"metadata":{"continue":"outer"}})") == "outer");
  CHECK(list_continue_token(R"({"items":[{"metadata":{"continue":"inner"}}],"metadata":{}})").empty());
  CHECK(list_continue_token(R"({"metadata":{"labels":{"continue":"x"},"selfLink":""}})").empty());
  CHECK(list_continue_token(R"({"metadata":{"continue":7}})").empty());
}

TEST_CASE("list_continue_token stops after the metadata and is empty for no token or bad JSON") {
  // Text after the metadata is never read: a broken tail still gives the token.
  CHECK(list_continue_token(R"({"metadata":{"continue":"t"},"items":[ broken)") == "t");
  CHECK(list_continue_token(R"({"metadata":{"resourceVersion":"1"},"items":[]})").empty());
  CHECK(list_continue_token("not json").empty());
  CHECK(list_continue_token("").empty());
  CHECK(list_continue_token("[1,2]").empty());
}
