// JSON merge patches (RFC 7386) and apimachinery's
// CreateThreeWayJSONMergePatch, which kubectl apply uses for custom
// resources.
#include <doctest/doctest.h>

#include "client/patch/json_merge_patch.h"
#include "patch_test_support.h"

namespace kctl::patch::testing {
namespace {

TEST_CASE("json merge patch: RFC 7386 diff and apply") {
  json original = y("{a: 1, b: {c: x, d: y}, l: [1, 2], gone: z}");
  json modified = y("{a: 2, b: {c: x}, l: [2], new: {k: v}}");
  json patch = create_merge_patch(original, modified);
  CHECK(patch == y("{a: 2, b: {d: null}, l: [2], new: {k: v}, gone: null}"));
  CHECK(apply_merge_patch(original, patch) == modified);
  // RFC 7386 appendix A examples.
  CHECK(apply_merge_patch(y("{a: b}"), y("{a: c}")) == y("{a: c}"));
  CHECK(apply_merge_patch(y("{a: [{b: c}]}"), y("{a: [1]}")) == y("{a: [1]}"));
  CHECK(apply_merge_patch(y("{e: null}"), y("{a: 1}")) == y("{e: null, a: 1}"));
  CHECK(apply_merge_patch(y("{}"), y("{a: {bb: {ccc: null}}}")) == y("{a: {bb: {}}}"));
}

TEST_CASE("json merge patch: three-way keeps others' changes and deletes what the manifest dropped") {
  json original = y("{kind: Widget, spec: {size: 1, color: red, old: x}}");
  json modified = y("{kind: Widget, spec: {size: 2, color: red}}");
  json current = y("{kind: Widget, spec: {size: 1, color: blue, old: x, extra: 7}, status: {ok: true}}");
  auto patch = create_three_way_json_merge_patch(original, modified, current);
  REQUIRE(patch.ok());
  CHECK(*patch == y("{spec: {size: 2, color: red, old: null}}"));
  CHECK(apply_merge_patch(current, *patch) ==
        y("{kind: Widget, spec: {size: 2, color: red, extra: 7}, status: {ok: true}}"));
  CHECK(check_identity_unchanged(*patch).ok());
}

TEST_CASE("json merge patch: lists are replaced whole; an unchanged object gives {}") {
  json original = y("{spec: {items: [a, b]}}");
  json modified = y("{spec: {items: [a, c]}}");
  auto patch = create_three_way_json_merge_patch(original, modified, original);
  REQUIRE(patch.ok());
  CHECK(*patch == y("{spec: {items: [a, c]}}"));
  auto none = create_three_way_json_merge_patch(original, original, original);
  REQUIRE(none.ok());
  CHECK(none->dump() == "{}");
}

TEST_CASE("json merge patch: changing apiVersion, kind or name fails kubectl's preconditions") {
  auto patch = create_three_way_json_merge_patch(y("{kind: A, metadata: {name: n}}"), y("{kind: B, metadata: {name: n}}"),
                                                 y("{kind: A, metadata: {name: n}}"));
  REQUIRE(patch.ok());
  auto checked = check_identity_unchanged(*patch);
  REQUIRE_FALSE(checked.ok());
  CHECK(checked.error().message == "precondition failed for: map[kind:B]");
  CHECK_FALSE(check_identity_unchanged(y("{metadata: {name: other}}")).ok());
  CHECK(check_identity_unchanged(y("{metadata: {labels: {a: b}}}")).ok());
}

}  // namespace
}  // namespace kctl::patch::testing
