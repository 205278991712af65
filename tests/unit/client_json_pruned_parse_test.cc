// client/json_pruned_parse: the same DOM as json::parse, minus the pruned
// paths, and the same verdict on bad JSON.
#include <doctest/doctest.h>

#include "client/json_pruned_parse.h"

namespace kctl {
namespace {

using nlohmann::json;

TEST_CASE("pruned parse: nothing pruned is json::parse") {
  for (const char* text : {R"({"a":[1,-2,3.5,true,null,"x",{"b":{}}],"c":{"d":[[],[{}]]}})", "[]", "17", R"("s")",
                           R"({"a":1,"a":2})", R"([{"k":18446744073709551615}])"}) {
    CAPTURE(text);
    auto pruned = client::parse_json_pruned(text, {});
    REQUIRE(pruned);
    CHECK(*pruned == json::parse(text));
  }
}

TEST_CASE("pruned parse: bad JSON is nullopt") {
  for (const char* text : {"", "{", R"({"a":})", "[1,]", "{} x", R"({"metadata":{"managedFields":[}})"}) {
    CAPTURE(text);
    CHECK_FALSE(client::parse_json_pruned(text, client::managed_fields_paths()));
  }
}

TEST_CASE("pruned parse: managedFields leave objects, list items and table rows") {
  const auto& paths = client::managed_fields_paths();
  auto object = client::parse_json_pruned(
      R"({"metadata":{"name":"a","managedFields":[{"fieldsV1":{"f:x":{}}}],"labels":{"k":"v"}},"spec":{"managedFields":1}})",
      paths);
  REQUIRE(object);
  CHECK(*object == json::parse(R"({"metadata":{"name":"a","labels":{"k":"v"}},"spec":{"managedFields":1}})"));

  auto list = client::parse_json_pruned(
      R"({"kind":"List","items":[{"metadata":{"managedFields":[[1,[2]],{}],"name":"x"}},{"metadata":{"name":"y"}}],
          "metadata":{"continue":"t"}})",
      paths);
  REQUIRE(list);
  CHECK(*list == json::parse(
                     R"({"kind":"List","items":[{"metadata":{"name":"x"}},{"metadata":{"name":"y"}}],"metadata":{"continue":"t"}})"));

  auto table = client::parse_json_pruned(
      R"({"rows":[{"cells":["a",1],"object":{"metadata":{"managedFields":[],"namespace":"n"}}}],
          "items":{"metadata":{"managedFields":3}}})",
      paths);
  REQUIRE(table);
  // "*" is any index or key, but the paths' depths still hold: this
  // "items" is an object whose member "metadata" is no list item's.
  CHECK(*table == json::parse(R"({"rows":[{"cells":["a",1],"object":{"metadata":{"namespace":"n"}}}],
                                  "items":{"metadata":{"managedFields":3}}})"));
}

TEST_CASE("pruned parse: a whole subtree and a scalar at the root's first level") {
  auto doc = client::parse_json_pruned(R"({"a":{"b":[1,{"c":2}]},"d":3,"e":[{"f":1,"g":2},{"f":3}]})",
                                       {{"a"}, {"d"}, {"e", "*", "f"}});
  REQUIRE(doc);
  CHECK(*doc == json::parse(R"({"e":[{"g":2},{}]})"));
}

}  // namespace
}  // namespace kctl
