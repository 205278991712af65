// Helpers for the patch tests: YAML fixtures (as upstream's patch_test.go
// writes them) to JSON, as sigs.k8s.io/yaml and apimachinery's json decode
// them (integers stay integers), and the two-way / three-way checks its
// table tests run.
#pragma once

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

#include <string>

#include "client/explain/openapi_v2_document.h"
#include "client/patch/strategic_patch.h"
#include "patch_openapi_fixture.h"

namespace kctl::patch::testing {

using nlohmann::json;

inline json yaml_node_to_json(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      json out = json::object();
      for (const auto& kv : node) out[kv.first.as<std::string>()] = yaml_node_to_json(kv.second);
      return out;
    }
    case YAML::NodeType::Sequence: {
      json out = json::array();
      for (const auto& item : node) out.push_back(yaml_node_to_json(item));
      return out;
    }
    case YAML::NodeType::Scalar: {
      const std::string& s = node.Scalar();
      if (node.Tag() == "!") return s;  // quoted
      if (s == "null" || s == "~") return nullptr;
      if (s == "true" || s == "false") return s == "true";
      std::size_t used = 0;
      try {
        long long i = std::stoll(s, &used);
        if (used == s.size()) return i;
        double d = std::stod(s, &used);
        if (used == s.size()) return d;
      } catch (const std::exception&) {
      }
      return s;
    }
    default: return nullptr;
  }
}

// An empty text is {} (as a missing fixture field is in patch_test.go).
inline json y(const std::string& yaml) {
  if (yaml.find_first_not_of(" \n") == std::string::npos) return json::object();
  json out = yaml_node_to_json(YAML::Load(yaml));
  return out.is_null() ? json::object() : out;
}

// The parsed fixture document, shared by the tests.
inline const explain::OpenApiV2Document& fixture_document() {
  static const explain::OpenApiV2Document doc = [] {
    auto parsed = explain::OpenApiV2Document::parse(kPatchOpenApiFixture);
    REQUIRE(parsed.ok());
    return std::move(*parsed);
  }();
  return doc;
}

inline PatchSchema merge_item_schema() { return PatchSchema::for_definition(fixture_document(), "mergeItem"); }

// One row of patch_test.go's tables; empty fields are {}.
struct PatchCase {
  std::string description;
  std::string original, two_way, modified, current, three_way, result;
  std::string two_way_result;  // empty: modified
};

// CreateTwoWayMergePatch(original, modified) == two_way, and applying it
// to original gives modified (or two_way_result).
inline void check_two_way(const PatchCase& c, const PatchSchema& schema) {
  INFO(c.description);
  auto patch = create_two_way_merge_patch(y(c.original), y(c.modified), schema);
  REQUIRE_MESSAGE(patch.ok(), (patch.ok() ? std::string() : patch.error().message));
  CHECK(patch->dump() == y(c.two_way).dump());
  auto applied = strategic_merge_patch(y(c.original), y(c.two_way), schema);
  REQUIRE_MESSAGE(applied.ok(), (applied.ok() ? std::string() : applied.error().message));
  CHECK(applied->dump() == y(c.two_way_result.empty() ? c.modified : c.two_way_result).dump());
}

// CreateThreeWayMergePatch(original, modified, current) == three_way, and
// applying it to current gives result.
inline void check_three_way(const PatchCase& c, const PatchSchema& schema) {
  INFO(c.description);
  auto patch = create_three_way_merge_patch(y(c.original), y(c.modified), y(c.current), schema);
  REQUIRE_MESSAGE(patch.ok(), (patch.ok() ? std::string() : patch.error().message));
  CHECK(patch->dump() == y(c.three_way).dump());
  auto applied = strategic_merge_patch(y(c.current), *patch, schema);
  REQUIRE_MESSAGE(applied.ok(), (applied.ok() ? std::string() : applied.error().message));
  CHECK(applied->dump() == y(c.result).dump());
}

}  // namespace kctl::patch::testing
