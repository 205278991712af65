#include "client/printers/jsonpath_compare.h"

namespace kctl::printers {
namespace {

using Json = nlohmann::json;

enum class BasicKind { Bool, Int, Float, String };

Error compare_error(std::string message) { return make_error(ErrorKind::Internal, std::move(message)); }

Result<BasicKind> basic_kind(const Json* value) {
  if (value != nullptr) {
    switch (value->type()) {
      case Json::value_t::boolean: return BasicKind::Bool;
      case Json::value_t::number_integer:
      case Json::value_t::number_unsigned: return BasicKind::Int;
      case Json::value_t::number_float: return BasicKind::Float;
      case Json::value_t::string: return BasicKind::String;
      default: break;
    }
  }
  return compare_error("invalid type for comparison");
}

struct Operands {
  BasicKind kind;
  const Json& left;
  const Json& right;
};

Result<Operands> operands(const Json* left, const Json* right) {
  auto k1 = basic_kind(left);
  if (!k1) return k1.take_error();
  auto k2 = basic_kind(right);
  if (!k2) return k2.take_error();
  if (*k1 != *k2) return compare_error("incompatible types for comparison");
  return Operands{*k1, *left, *right};
}

Result<bool> equal(const Json* left, const Json* right) {
  auto o = operands(left, right);
  if (!o) return o.take_error();
  switch (o->kind) {
    case BasicKind::Bool: return o->left.get<bool>() == o->right.get<bool>();
    case BasicKind::Int: return o->left.get<std::int64_t>() == o->right.get<std::int64_t>();
    case BasicKind::Float: return o->left.get<double>() == o->right.get<double>();
    case BasicKind::String: return o->left.get_ref<const std::string&>() == o->right.get_ref<const std::string&>();
  }
  return false;
}

Result<bool> less(const Json* left, const Json* right) {
  auto o = operands(left, right);
  if (!o) return o.take_error();
  switch (o->kind) {
    case BasicKind::Bool: return compare_error("invalid type for comparison");
    case BasicKind::Int: return o->left.get<std::int64_t>() < o->right.get<std::int64_t>();
    case BasicKind::Float: return o->left.get<double>() < o->right.get<double>();
    case BasicKind::String: return o->left.get_ref<const std::string&>() < o->right.get_ref<const std::string&>();
  }
  return false;
}

Result<bool> negate(Result<bool> r) {
  if (!r) return r;
  return !*r;
}

}  // namespace

Result<bool> compare_filter_values(const std::string& op, const Json* left, const Json* right) {
  if (op == "==") return equal(left, right);
  if (op == "!=") return negate(equal(left, right));
  if (op == "<") return less(left, right);
  if (op == ">=") return negate(less(left, right));
  if (op == "<=" || op == ">") {
    auto lt = less(left, right);
    if (!lt) return lt;
    auto le = *lt ? Result<bool>(true) : equal(left, right);
    return op == "<=" ? le : negate(std::move(le));
  }
  return compare_error("unrecognized filter operator " + op);
}

}  // namespace kctl::printers
