#include "client/printers/jsonpath_eval.h"

#include "client/printers/go_fmt.h"
#include "client/printers/jsonpath_compare.h"

namespace kctl::printers {
namespace {

using Json = nlohmann::json;
using Kind = JsonPathNode::Kind;

Error eval_error(std::string message) { return make_error(ErrorKind::Internal, std::move(message)); }

// The Go type name of a decoded JSON value, as "%v is not array or slice" prints it.
std::string go_type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: return "map[string]interface {}";
    case Json::value_t::string: return "string";
    case Json::value_t::boolean: return "bool";
    case Json::value_t::number_float: return "float64";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "int64";
    default: return "interface {}";
  }
}

}  // namespace

const Json* JsonPathEvaluation::own(Json value) { return &owned_.emplace_back(std::move(value)); }

Result<std::vector<JsonPathValues>> JsonPathEvaluation::find(const Json& data) {
  begin_range_ = in_range_ = end_range_ = 0;
  last_end_node_ = static_cast<std::size_t>(-1);
  return find_from(0, data.is_null() ? nullptr : &data);
}

// client-go's FindResults on the template's nodes from `first_node` on: a
// "range" runs the rest of the nodes once per value (each run stops at its
// "end"), then resumes after the last "end" seen.
Result<std::vector<JsonPathValues>> JsonPathEvaluation::find_from(std::size_t first_node, const Json* data) {
  const auto& nodes = root_.children;
  const JsonPathValues cur{data};
  std::vector<JsonPathValues> full;
  for (std::size_t i = first_node; i < nodes.size(); ++i) {
    auto results = walk(cur, nodes[i]);
    if (!results) return results.take_error();
    if (end_range_ > 0 && end_range_ <= in_range_) {
      --end_range_;
      last_end_node_ = i;
      break;
    }
    if (begin_range_ > 0) {
      --begin_range_;
      ++in_range_;
      if (!results->empty()) {
        for (const Json* value : *results) {
          // Go re-wraps the value: a null element becomes the invalid value.
          auto inner = find_from(i + 1, value && value->is_null() ? nullptr : value);
          if (!inner) return inner.take_error();
          for (auto& r : *inner) full.push_back(std::move(r));
        }
      } else {
        // Still walk the body, so that its "end" is found.
        auto inner = find_from(i + 1, nullptr);
        if (!inner) return inner.take_error();
      }
      --in_range_;
      for (std::size_t k = i + 1; k < nodes.size(); ++k) {
        if (k == last_end_node_) {
          i = k;
          break;
        }
      }
      continue;
    }
    full.push_back(std::move(*results));
  }
  return full;
}

Result<JsonPathValues> JsonPathEvaluation::walk(const JsonPathValues& input, const JsonPathNode& node) {
  switch (node.kind) {
    case Kind::List: return eval_list(input, node);
    case Kind::Text: return JsonPathValues{own(node.text)};
    case Kind::Field: return eval_field(input, node);
    case Kind::Array: return eval_array(input, node);
    case Kind::Filter: return eval_filter(input, node);
    case Kind::Int: return JsonPathValues(input.size(), own(node.int_value));
    case Kind::Float: return JsonPathValues(input.size(), own(node.float_value));
    case Kind::Bool: return JsonPathValues(input.size(), own(node.bool_value));
    case Kind::Wildcard: return eval_wildcard(input);
    case Kind::Recursive: return eval_recursive(input);
    case Kind::Union: {
      JsonPathValues result;
      for (const auto& list : node.children) {
        auto part = eval_list(input, list);
        if (!part) return part;
        result.insert(result.end(), part->begin(), part->end());
      }
      return result;
    }
    case Kind::Identifier: return eval_identifier(input, node);
  }
  return eval_error("unexpected Node");
}

Result<JsonPathValues> JsonPathEvaluation::eval_list(const JsonPathValues& input, const JsonPathNode& list) {
  JsonPathValues cur = input;
  for (const auto& node : list.children) {
    auto next = walk(cur, node);
    if (!next) return next;
    cur = std::move(*next);
  }
  return cur;
}

Result<JsonPathValues> JsonPathEvaluation::eval_identifier(const JsonPathValues& input, const JsonPathNode& node) {
  if (node.text == "range") {
    ++begin_range_;
    return input;
  }
  if (node.text == "end") {
    if (in_range_ == 0) return eval_error("not in range, nothing to end");
    ++end_range_;
    return JsonPathValues{};
  }
  return eval_error("unrecognized identifier " + node.text);
}

Result<JsonPathValues> JsonPathEvaluation::eval_field(const JsonPathValues& input, const JsonPathNode& node) const {
  JsonPathValues results;
  if (input.empty()) return results;
  for (const Json* value : input) {
    if (value == nullptr || !value->is_object()) continue;
    auto it = value->find(node.text);
    if (it != value->end()) results.push_back(&*it);
  }
  if (results.empty() && !allow_missing_keys_) return eval_error(node.text + " is not found");
  return results;
}

Result<JsonPathValues> JsonPathEvaluation::eval_array(const JsonPathValues& input, const JsonPathNode& node) const {
  JsonPathValues result;
  for (const Json* value : input) {
    // kubectl panics here ("call of reflect.Value.Type on zero Value").
    if (value == nullptr) return eval_error("reflect: call of reflect.Value.Type on zero Value");
    if (value->is_null()) continue;
    if (!value->is_array()) return eval_error(go_type_name(*value) + " is not array or slice");
    const auto length = static_cast<std::int64_t>(value->size());
    auto bounds = node.bounds;
    if (!bounds[0].known) bounds[0].value = 0;
    if (bounds[0].value < 0) bounds[0].value += length;
    if (!bounds[1].known) bounds[1].value = length;
    if (bounds[1].value < 0 || (bounds[1].value == 0 && bounds[1].derived)) bounds[1].value += length;
    const std::int64_t begin = bounds[0].value;
    const std::int64_t end = bounds[1].value;
    if (begin == end) return result;  // an empty selection ends the whole step, as in Go
    if (begin >= length || begin < 0)
      return eval_error("array index out of bounds: index " + std::to_string(begin) + ", length " + std::to_string(length));
    if (end > length || end < 0)
      return eval_error("array index out of bounds: index " + std::to_string(end - 1) + ", length " + std::to_string(length));
    if (begin > end)
      return eval_error("starting index " + std::to_string(begin) + " is greater than ending index " + std::to_string(end));
    std::int64_t step = 1;
    if (bounds[2].known) {
      if (bounds[2].value <= 0) return eval_error("step must be > 0");
      step = bounds[2].value;
    }
    for (std::int64_t i = begin; i < end; i += step) result.push_back(&(*value)[static_cast<std::size_t>(i)]);
  }
  return result;
}

JsonPathValues JsonPathEvaluation::children_of(const Json* value) {
  JsonPathValues children;
  if (value == nullptr) return children;
  if (value->is_object() || value->is_array()) {
    for (const auto& item : *value) children.push_back(&item);
  } else if (value->is_string()) {
    for (const unsigned char byte : value->get_ref<const std::string&>()) children.push_back(own(byte));
  }
  return children;
}

// Go walks maps in random order; kctl uses the keys' order.
JsonPathValues JsonPathEvaluation::eval_wildcard(const JsonPathValues& input) {
  JsonPathValues results;
  for (const Json* value : input) {
    auto children = children_of(value);
    results.insert(results.end(), children.begin(), children.end());
  }
  return results;
}

JsonPathValues JsonPathEvaluation::eval_recursive(const JsonPathValues& input) {
  JsonPathValues result;
  for (const Json* value : input) {
    auto children = children_of(value);
    if (children.empty()) continue;
    result.push_back(value);
    auto below = eval_recursive(children);
    result.insert(result.end(), below.begin(), below.end());
  }
  return result;
}

Result<JsonPathValues> JsonPathEvaluation::eval_filter(const JsonPathValues& input, const JsonPathNode& node) {
  JsonPathValues results;
  const auto& left_list = node.children[0];
  const auto& right_list = node.children[1];
  for (const Json* value : input) {
    if (value == nullptr)
      return eval_error("<invalid reflect.Value> is not array or slice and cannot be filtered");
    if (!value->is_array()) return eval_error(go_sprint(*value) + " is not array or slice and cannot be filtered");
    for (const auto& item : *value) {
      const JsonPathValues element{&item};
      auto lefts = eval_list(element, left_list);
      if (node.text == "exists") {
        if (lefts && !lefts->empty()) results.push_back(&item);
        continue;
      }
      if (!lefts) return lefts;
      if (lefts->empty()) continue;
      if (lefts->size() > 1) return eval_error("can only compare one element at a time");
      auto rights = eval_list(element, right_list);
      if (!rights) return rights;
      if (rights->empty()) continue;
      if (rights->size() > 1) return eval_error("can only compare one element at a time");
      auto pass = compare_filter_values(node.text, lefts->front(), rights->front());
      if (!pass) return pass.take_error();
      if (*pass) results.push_back(&item);
    }
  }
  return results;
}

}  // namespace kctl::printers
