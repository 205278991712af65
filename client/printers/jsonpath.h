// kubectl's JSONPath templates (-o jsonpath=..., custom-columns, --sort-by):
// client-go's util/jsonpath parser, evaluator and the text its printer writes.
#pragma once

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "client/printers/jsonpath_node.h"
#include "client/result.h"

namespace kctl::printers {

class JsonPath {
 public:
  // Errors carry client-go's text ("unclosed action"); kubectl get prints
  // them as "error: error parsing jsonpath <template>, <text>\n".
  static Result<JsonPath> parse(std::string_view template_text);

  // kubectl get passes --allow-missing-template-keys (true by default);
  // without it a missing key is the error "<key> is not found".
  void allow_missing_keys(bool allow) { allow_missing_keys_ = allow; }

  // Appends what kubectl's JSONPathPrinter writes for `data`: text between
  // actions verbatim, the values of one expression joined by a space, maps
  // and arrays as Go's compact json.Marshal, null as "null", numbers as Go
  // prints int64/float64. Errors carry the evaluation's text ("x is not
  // found"); see the report of this library for kubectl's full message.
  Result<> print(const nlohmann::json& data, std::string& out) const;

  // The values each top-level expression finds (text pieces included). Go's
  // invalid value (a range over a null element) comes back as null.
  Result<std::vector<std::vector<nlohmann::json>>> find_results(const nlohmann::json& data) const;

 private:
  explicit JsonPath(JsonPathNode root) : root_(std::make_shared<const JsonPathNode>(std::move(root))) {}

  std::shared_ptr<const JsonPathNode> root_;  // shared: copies of a parsed template are cheap
  bool allow_missing_keys_ = false;
};

}  // namespace kctl::printers
