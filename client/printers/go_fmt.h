// JSON values as Go's fmt package prints the interface{} values that
// encoding/json and kubectl's unstructured decoding produce
// (map[string]interface{}, []interface{}, string, int64, float64, bool, nil).
// kubectl's jsonpath and custom-columns printers and their error texts
// format values this way.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace kctl::printers {

// fmt.Sprint(v) / "%v": map[a:1 b:[x y]], <nil>, floats as %g with the
// shortest digits (1.2345675e+06, 1e-05, 0.5).
std::string go_sprint(const nlohmann::json& value);

// "%v" of one float64.
std::string go_float_v(double value);

// "%#v": map[string]interface {}{"a":1, "b":[]interface {}{"x"}},
// interface {}(nil), strings Go-quoted.
std::string go_sharp_v(const nlohmann::json& value);

}  // namespace kctl::printers
