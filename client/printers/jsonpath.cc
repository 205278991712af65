#include "client/printers/jsonpath.h"

#include "client/printers/go_fmt.h"
#include "client/printers/go_json.h"
#include "client/printers/jsonpath_eval.h"
#include "client/printers/jsonpath_parser.h"

namespace kctl::printers {
namespace {

using Json = nlohmann::json;

// One value as JSONPath.PrintResults writes it.
void append_value(std::string& out, const Json* value) {
  if (value == nullptr) {
    out += "<no value>";
    return;
  }
  switch (value->type()) {
    case Json::value_t::object:
    case Json::value_t::array: out += to_go_json(nlohmann::ordered_json(*value), 0); return;
    case Json::value_t::null: out += "null"; return;
    default: out += go_sprint(*value); return;
  }
}

}  // namespace

Result<JsonPath> JsonPath::parse(std::string_view template_text) {
  auto root = parse_jsonpath_template(template_text);
  if (!root) return root.take_error();
  return JsonPath(std::move(*root));
}

Result<> JsonPath::print(const Json& data, std::string& out) const {
  JsonPathEvaluation evaluation(*root_, allow_missing_keys_);
  auto groups = evaluation.find(data);
  if (!groups) return groups.take_error();
  for (const auto& values : *groups) {
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out += ' ';
      append_value(out, values[i]);
    }
  }
  return {};
}

Result<std::vector<std::vector<Json>>> JsonPath::find_results(const Json& data) const {
  JsonPathEvaluation evaluation(*root_, allow_missing_keys_);
  auto groups = evaluation.find(data);
  if (!groups) return groups.take_error();
  std::vector<std::vector<Json>> results;
  results.reserve(groups->size());
  for (const auto& values : *groups) {
    auto& copies = results.emplace_back();
    copies.reserve(values.size());
    for (const Json* value : values) copies.push_back(value ? *value : Json());
  }
  return results;
}

}  // namespace kctl::printers
