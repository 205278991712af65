#include "cmd/wait_conditions.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "client/ascii.h"
#include "client/printers/go_fmt.h"
#include "client/printers/go_quote.h"
#include "client/printers/relaxed_jsonpath.h"

namespace kctl::cmd {

using nlohmann::json;

namespace {

bool equal_fold(const std::string& a, const std::string& b) { return ascii_lower(a) == ascii_lower(b); }

std::string trim_space(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\n\r\v\f");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\n\r\v\f") - first + 1);
}

// The jsonpath= text split at the '=' signs outside braces.
std::vector<std::string> split_outside_braces(const std::string& text) {
  std::vector<std::string> parts(1);
  int depth = 0;
  for (char c : text) {
    if (c == '{') ++depth;
    if (c == '}') --depth;
    if (c == '=' && depth == 0) parts.emplace_back();
    else parts.back() += c;
  }
  return parts;
}

std::string trim_quotes(const std::string& s) {
  const auto first = s.find_first_not_of("'\"");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of("'\"") - first + 1);
}

Result<WaitCondition> parse_jsonpath(const std::string& text) {
  const auto parts = split_outside_braces(text);
  if (parts.size() > 2)
    return make_error(ErrorKind::Internal, "jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 "
                                           "or --for=jsonpath='{.status.readyReplicas}'");
  auto expression = printers::relaxed_jsonpath(parts[0]);
  if (!expression) return expression.take_error();
  WaitCondition c;
  c.kind = WaitCondition::Kind::JsonPath;
  if (parts.size() == 2) {
    c.value = trim_quotes(parts[1]);
    if (c.value.empty())
      return make_error(ErrorKind::Internal, "jsonpath wait has to have a value after equal sign, like "
                                             "--for=jsonpath='{.status.readyReplicas}'=3");
  }
  if (expression->empty()) return make_error(ErrorKind::Internal, "jsonpath expression cannot be empty");
  auto path = printers::JsonPath::parse(*expression);
  if (!path) return path.take_error();
  path->allow_missing_keys(true);
  c.path = std::move(*path);
  return c;
}

// The observedGeneration a condition speaks for: its own, else the status's.
std::optional<long long> observed_generation(const json& obj, const json& condition) {
  if (auto it = condition.find("observedGeneration"); it != condition.end() && it->is_number_integer())
    return it->get<long long>();
  const json status = obj.value("status", json::object());
  if (status.is_object())
    if (auto it = status.find("observedGeneration"); it != status.end() && it->is_number_integer())
      return it->get<long long>();
  return std::nullopt;
}

bool status_condition_met(const WaitCondition& c, const json& obj) {
  const json status = obj.value("status", json::object());
  if (!status.is_object() || !status.contains("conditions") || !status["conditions"].is_array()) return false;
  for (const auto& condition : status["conditions"]) {
    if (!condition.is_object()) continue;
    const auto type = condition.find("type");
    if (type == condition.end() || !type->is_string() || !equal_fold(type->get<std::string>(), c.name)) continue;
    const auto st = condition.find("status");
    if (st == condition.end() || !st->is_string()) continue;
    const json meta = obj.value("metadata", json::object());
    if (meta.is_object() && meta.contains("generation") && meta["generation"].is_number_integer()) {
      const auto observed = observed_generation(obj, condition);
      if (observed && *observed < meta["generation"].get<long long>()) return false;
    }
    return equal_fold(st->get<std::string>(), c.value);
  }
  return false;
}

Result<bool> jsonpath_met(const WaitCondition& c, const json& obj) {
  auto results = c.path->find_results(obj);
  if (!results) return results.take_error();
  if (results->empty() || results->front().empty()) return false;
  if (results->size() > 1) return make_error(ErrorKind::Internal, "given jsonpath expression matches more than one list");
  if (results->front().size() > 1)
    return make_error(ErrorKind::Internal, "given jsonpath expression matches more than one value");
  if (c.value.empty()) return true;
  const json& found = results->front().front();
  if (found.is_object() || found.is_array())
    return make_error(ErrorKind::Internal, "jsonpath leads to a nested object or list which is not supported");
  const std::string text = found.is_string() ? found.get<std::string>() : printers::go_sprint(found);
  return trim_space(text) == trim_space(c.value);
}

}  // namespace

Result<WaitCondition> parse_wait_condition(const std::string& text) {
  WaitCondition c;
  if (ascii_lower(text) == "delete") {
    c.kind = WaitCondition::Kind::Delete;
    return c;
  }
  if (ascii_lower(text) == "create") {
    c.kind = WaitCondition::Kind::Create;
    return c;
  }
  if (text.rfind("condition=", 0) == 0) {
    c.name = text.substr(10);
    c.value = "true";
    if (const auto eq = c.name.find('='); eq != std::string::npos) {
      c.value = c.name.substr(eq + 1);
      c.name.erase(eq);
    }
    return c;
  }
  if (text.rfind("jsonpath=", 0) == 0) return parse_jsonpath(text.substr(9));
  return make_error(ErrorKind::Internal, "unrecognized condition: " + printers::go_quote(text));
}

Result<bool> wait_condition_met(const WaitCondition& c, const json& obj) {
  if (c.kind == WaitCondition::Kind::JsonPath) return jsonpath_met(c, obj);
  return status_condition_met(c, obj);
}

}  // namespace kctl::cmd
