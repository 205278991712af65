#include "client/explain/v3_indent.h"

#include "client/printers/go_fmt.h"

namespace kctl::explain {

std::string v3_indent(const std::string& text, int amount) {
  const std::string pad(static_cast<std::size_t>(amount), ' ');
  std::string out = pad;
  for (char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

std::string v3_printed(const Json& value) {
  return value.is_string() ? value.get<std::string>() : printers::go_sprint(value);
}

}  // namespace kctl::explain
