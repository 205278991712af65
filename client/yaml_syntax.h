// kubectl's words for a manifest YAML syntax error. kubectl splits a file
// into documents at "---" lines and hands each to go-yaml, a port of
// libyaml; running Debian's libyaml over the same document gives the same
// problem text ("did not find expected ',' or '}'") and, with go-yaml's
// line rule, the same line number, which yaml-cpp's messages do not.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kctl::client {

// The documents of a YAML stream as kubectl's YAMLReader splits it: at
// lines that are "---" followed by nothing but blanks.
std::vector<std::string_view> split_yaml_documents(std::string_view text);

// go-yaml's error for the first document of `text` libyaml rejects:
// "yaml: line 5: did not find expected ',' or ']'"; nullopt when libyaml
// accepts them all.
std::optional<std::string> go_yaml_syntax_error(std::string_view text);

}  // namespace kctl::client
