// Evaluates a parsed JSONPath template against JSON data as client-go's
// JSONPath.FindResults does, ranges and their quirks included.
#pragma once

#include <nlohmann/json.hpp>

#include <deque>
#include <vector>

#include "client/printers/jsonpath_node.h"
#include "client/result.h"

namespace kctl::printers {

// What one expression found. nullptr stands for Go's invalid reflect.Value
// (what a range over a null element or over nothing yields); a pointer to a
// JSON null is a nil interface{}.
using JsonPathValues = std::vector<const nlohmann::json*>;

class JsonPathEvaluation {
 public:
  JsonPathEvaluation(const JsonPathNode& root, bool allow_missing_keys)
      : root_(root), allow_missing_keys_(allow_missing_keys) {}
  JsonPathEvaluation(const JsonPathEvaluation&) = delete;
  JsonPathEvaluation& operator=(const JsonPathEvaluation&) = delete;

  // The values of each top-level expression (and text), in output order.
  // They may point into `data` or into this evaluation (literals), so they
  // live as long as both.
  Result<std::vector<JsonPathValues>> find(const nlohmann::json& data);

 private:
  Result<std::vector<JsonPathValues>> find_from(std::size_t first_node, const nlohmann::json* data);
  Result<JsonPathValues> walk(const JsonPathValues& input, const JsonPathNode& node);
  Result<JsonPathValues> eval_list(const JsonPathValues& input, const JsonPathNode& list);
  Result<JsonPathValues> eval_field(const JsonPathValues& input, const JsonPathNode& node) const;
  Result<JsonPathValues> eval_array(const JsonPathValues& input, const JsonPathNode& node) const;
  Result<JsonPathValues> eval_filter(const JsonPathValues& input, const JsonPathNode& node);
  Result<JsonPathValues> eval_identifier(const JsonPathValues& input, const JsonPathNode& node);
  JsonPathValues eval_wildcard(const JsonPathValues& input);
  JsonPathValues eval_recursive(const JsonPathValues& input);
  // The children of a value, as .* sees them (map values, array items, bytes of a string).
  JsonPathValues children_of(const nlohmann::json* value);
  const nlohmann::json* own(nlohmann::json value);

  const JsonPathNode& root_;
  bool allow_missing_keys_;
  // FindResults' range bookkeeping.
  int begin_range_ = 0;
  int in_range_ = 0;
  int end_range_ = 0;
  std::size_t last_end_node_ = static_cast<std::size_t>(-1);
  std::deque<nlohmann::json> owned_;
};

}  // namespace kctl::printers
