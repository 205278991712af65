// YAML syntax errors in kubectl's words (go-yaml's texts and line rule),
// checked against what kubectl 1.32 printed for the same documents.
#include <doctest/doctest.h>

#include "client/yaml_syntax.h"

using kctl::client::go_yaml_syntax_error;
using kctl::client::split_yaml_documents;

TEST_CASE("documents split at --- lines as kubectl's YAMLReader splits them") {
  auto docs = split_yaml_documents("a: 1\n---\nb: 2\n---  \n");
  // "---  " separates (blanks after the dashes); "--- x" does not.
  REQUIRE(docs.size() == 2);
  CHECK(docs[0] == "a: 1\n");
  CHECK(docs[1] == "b: 2\n");
  CHECK(split_yaml_documents("--- x\nc: 3\n").size() == 1);
}

TEST_CASE("parser errors count lines from zero, as go-yaml reports them") {
  // kubectl: yaml: line 3: did not find expected ',' or '}'
  CHECK(go_yaml_syntax_error("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: q\ndata: {x: \"1\"}\n") ==
        "yaml: line 3: did not find expected ',' or '}'");
  // kubectl: yaml: line 5: did not find expected ',' or ']'
  CHECK(go_yaml_syntax_error("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: s\ndata: {mode: [x\n") ==
        "yaml: line 5: did not find expected ',' or ']'");
}

TEST_CASE("scanner errors count lines from one") {
  // kubectl: yaml: line 5: found a tab character that violates indentation
  CHECK(go_yaml_syntax_error("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: q\n\tdata: {x: \"1\"}\n") ==
        "yaml: line 5: found a tab character that violates indentation");
}

TEST_CASE("lines count within the failing document") {
  // kubectl: yaml: line 3: did not find expected ',' or ']'
  CHECK(go_yaml_syntax_error("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n---\napiVersion: v1\nkind: "
                             "ConfigMap\nmetadata: [a\n") == "yaml: line 3: did not find expected ',' or ']'");
  CHECK_FALSE(go_yaml_syntax_error("a: 1\n---\nb: [1, 2]\n").has_value());
}
