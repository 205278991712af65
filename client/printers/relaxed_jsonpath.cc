#include "client/printers/relaxed_jsonpath.h"

namespace kctl::printers {
namespace {

bool has_braces(std::string_view s) { return s.find_first_of("{}") != std::string_view::npos; }

// "\.?([^{}]+)": one leading dot is dropped when something follows it.
std::string_view field_spec(std::string_view s) {
  if (s.size() > 1 && s.front() == '.') s.remove_prefix(1);
  return s;
}

}  // namespace

// The regexp ^\{\.?([^{}]+)\}$|^\.?([^{}]+)$ of kubectl's customcolumn.go.
Result<std::string> relaxed_jsonpath(std::string_view field) {
  if (field.empty()) return std::string();
  std::string_view body = field;
  if (field.size() > 2 && field.front() == '{' && field.back() == '}') body = field.substr(1, field.size() - 2);
  if (body.empty() || has_braces(body)) {
    return make_error(ErrorKind::Internal,
                      "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or "
                      "'{.name1.name2}'");
  }
  std::string out = "{.";
  out += field_spec(body);
  out += '}';
  return out;
}

}  // namespace kctl::printers
