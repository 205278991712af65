// apimachinery's mergepatch errors, in its words.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "client/error.h"

namespace kctl::patch {

Error patch_error(std::string message);
Error bad_json_doc_error();                      // "invalid JSON document"
Error no_list_of_lists_error();                  // "lists of lists are not supported"
Error bad_primitive_list_format_error();         // "invalid patch format of primitive list"
Error bad_retain_keys_format_error();            // "invalid patch format of retainKeys"
Error bad_set_element_order_format_error();      // "invalid patch format of setElementOrder list"
// "expected a map[string]interface {}, but received a string"
Error bad_arg_type_error(const char* expected_go_type, const nlohmann::json& actual);
Error no_merge_key_error(const nlohmann::json& map, const std::string& merge_key);
Error bad_patch_type_error(const nlohmann::json& type, const nlohmann::json& map);

inline constexpr const char* kGoMapType = "map[string]interface {}";
inline constexpr const char* kGoSliceType = "[]interface {}";

}  // namespace kctl::patch
