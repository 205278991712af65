#include "client/patch/patch_errors.h"

#include "client/patch/go_values.h"

namespace kctl::patch {

namespace {

// reflect.TypeOf(v).String() for a decoded JSON value.
std::string go_type_name(const json& v) {
  switch (go_type(v)) {
    case GoType::Map: return kGoMapType;
    case GoType::Slice: return kGoSliceType;
    case GoType::String: return "string";
    case GoType::Int64: return "int64";
    case GoType::Float64: return "float64";
    case GoType::Bool: return "bool";
    case GoType::Nil: break;
  }
  return "%!s(<nil>)";
}

}  // namespace

Error patch_error(std::string message) { return make_error(ErrorKind::Internal, std::move(message)); }
Error bad_json_doc_error() { return patch_error("invalid JSON document"); }
Error no_list_of_lists_error() { return patch_error("lists of lists are not supported"); }
Error bad_primitive_list_format_error() { return patch_error("invalid patch format of primitive list"); }
Error bad_retain_keys_format_error() { return patch_error("invalid patch format of retainKeys"); }
Error bad_set_element_order_format_error() { return patch_error("invalid patch format of setElementOrder list"); }

Error bad_arg_type_error(const char* expected_go_type, const json& actual) {
  return patch_error(std::string("expected a ") + expected_go_type + ", but received a " + go_type_name(actual));
}

Error no_merge_key_error(const json& map, const std::string& merge_key) {
  return patch_error("map: " + go_string(map) + " does not contain declared merge key: " + merge_key);
}

Error bad_patch_type_error(const json& type, const json& map) {
  return patch_error("unknown patch type: " + go_string(type) + " in map: " + go_string(map));
}

}  // namespace kctl::patch
