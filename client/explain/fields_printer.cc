#include "client/explain/fields_printer.h"

#include "client/explain/type_name.h"

namespace kctl::explain {
namespace {

constexpr int kDescriptionIndent = 2;

}  // namespace

void print_fields(const IndentedWriter& out, const Schema& object) {
  for (const auto& [name, field] : object.fields) {
    std::string line = name + "\t<" + type_name(*field) + ">";
    if (object.is_required(name)) line += " -required-";
    out.line(line);
    out.indented(kDescriptionIndent).wrapped(field->description);
    out.line("");
  }
}

}  // namespace kctl::explain
