// The RESOURCE.field.path argument, read as client-go JSONPath like
// kubectl explain does; error texts are kubectl 1.32's.
#include <doctest/doctest.h>

#include "client/explain/field_path.h"

namespace kctl::explain {

using Fields = std::vector<std::string>;

std::string error_of(std::string_view arg) {
  auto nodes = parse_path_nodes(arg);
  return nodes ? std::string() : nodes.error().message;
}

TEST_CASE("resource and fields") {
  CHECK(*resource_of("pods") == "pods");
  CHECK(*resource_of("pods.spec.containers") == "pods");
  CHECK(*resource_of("pods.") == "pods");
  CHECK(*fields_after_resource("pods.spec.containers") == Fields{"spec", "containers"});
  CHECK(*fields_after_resource("pods.spec['containers']") == Fields{"spec", "containers"});
  CHECK(*fields_after_resource("pods.spec.") == Fields{"spec"});
  CHECK(fields_after_resource("pods.spec[0]").error().message ==
        "invalid jsonpath syntax, all nodes must be field nodes");
  CHECK(resource_of(".pods").error().message == "invalid jsonpath syntax, first node must be field node");
}

TEST_CASE("group-qualified resources") {
  const std::vector<std::string> deployments{"deployments.apps", "deployments.extensions"};
  auto m = match_group_resource("deployments.apps.spec.replicas", deployments);
  CHECK(m->index == 0);
  CHECK(m->fields == Fields{"spec", "replicas"});
  m = match_group_resource("deployments.extensions", deployments);
  CHECK(m->index == 1);
  CHECK(m->fields.empty());
  // No group matches: the first, and every step after the name is a field.
  m = match_group_resource("deploy.apps", {"deployments.apps"});
  CHECK(m->index == 0);
  CHECK(m->fields == Fields{"apps"});
  m = match_group_resource("pods..spec", {"pods"});
  CHECK(m->fields == Fields{"spec"});
  m = match_group_resource("pods['spec']", {"pods"});
  CHECK(m->fields == Fields{"spec"});
  CHECK(match_group_resource("pods.spec..containers", {"pods"}).error().message ==
        "invalid jsonpath syntax, first node must be field node");
  CHECK(match_group_resource("pods.spec.containers[0]", {"pods"}).error().message ==
        "invalid jsonpath syntax, first node must be field node");
  CHECK(match_group_resource("pods.spec.*", {"pods"}).error().message ==
        "invalid jsonpath syntax, first node must be field node");
}

TEST_CASE("jsonpath syntax errors") {
  CHECK(error_of("pods.spec[containers]") == "invalid array index containers");
  CHECK(error_of("pods.spec[containers") == "unterminated array");
  CHECK(error_of("pods{x}") == "unrecognized character in action: U+007B '{'");
  CHECK(error_of("pods.spec['x") == "unterminated array");
  CHECK(error_of("pods \"x") == "unterminated quoted string");
  CHECK(error_of("pods 1.2.3") == "cannot parse number 1.2.3");
  CHECK(error_of("pods -") == "cannot parse number -");
  CHECK(error_of("pods[-]") == "array index - is not a number");
  CHECK(error_of("pods.spec[a,b]") == "invalid array index a");
  CHECK(error_of("pods.spec[1,b]") == "invalid array index b");
  CHECK(*fields_after_resource("pods.spec.\\\"x") == Fields{"spec", "\"x"});
  CHECK(*fields_after_resource("pods.spec\"x") == Fields{"spec\"x"});
  CHECK(error_of("pods}x") == "must pass in 1 jsonpath string");
  CHECK(error_of("pods...spec") == "");
  CHECK(match_group_resource("pods...spec", {"pods"}).error().message == "invalid multiple recursive descent");
  CHECK(error_of("pods[1:2]") == "");
  CHECK(error_of("pods[?(@.a==1)]") == "");
}

}  // namespace kctl::explain
