// The syntax tree of kubectl's JSONPath templates (client-go util/jsonpath).
// A template parses to a List whose nodes are Text (the text between
// actions) and one List per {action}.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace kctl::printers {

// One bound of [start:end:step]; `derived` marks the end of a single index
// ([i] means [i:i+1]).
struct SliceBound {
  bool known = false;
  std::int64_t value = 0;
  bool derived = false;
};

struct JsonPathNode {
  enum class Kind {
    List,        // children evaluated in sequence
    Text,        // text: a literal string
    Field,       // text: the key
    Array,       // bounds
    Filter,      // children[0]: left list, children[1]: right list, text: operator or "exists"
    Int,         // int_value
    Float,       // float_value
    Bool,        // bool_value
    Wildcard,    // .* or [*] on a map
    Recursive,   // ..
    Union,       // children: one list per member of [a,b]
    Identifier,  // text: "range", "end" or an unknown word
  };

  Kind kind = Kind::List;
  std::string text;
  std::int64_t int_value = 0;
  double float_value = 0;
  bool bool_value = false;
  std::array<SliceBound, 3> bounds{};
  std::vector<JsonPathNode> children;

  static JsonPathNode of(Kind kind, std::string text = {}) {
    JsonPathNode node;
    node.kind = kind;
    node.text = std::move(text);
    return node;
  }
};

}  // namespace kctl::printers
