// kubectl wait's --for: what it asks for, parsed with kubectl's errors, and
// whether an object meets it (pure, for unit tests).
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "client/printers/jsonpath.h"
#include "client/result.h"

namespace kctl::cmd {

struct WaitCondition {
  enum class Kind { Delete, Create, Condition, JsonPath };
  Kind kind = Kind::Condition;
  std::string name;   // Condition: the condition type
  std::string value;  // Condition: the wanted status ("true" by default); JsonPath: the value, "" for any
  std::optional<printers::JsonPath> path;
};

// --for=delete|create|condition=NAME[=VALUE]|jsonpath='{...}'[=VALUE].
Result<WaitCondition> parse_wait_condition(const std::string& text);

// Whether `obj` meets a condition= or jsonpath= wait (kubectl's
// checkCondition functions, errors included).
Result<bool> wait_condition_met(const WaitCondition& c, const nlohmann::json& obj);

}  // namespace kctl::cmd
