#include "client/explain/recursive_fields_printer.h"

#include <set>
#include <string>

#include "client/explain/type_name.h"

namespace kctl::explain {
namespace {

constexpr int kIndentPerLevel = 3;

// The definitions being printed on the way down to this field: a
// definition that contains itself (JSONSchemaProps) is printed once per
// path, as kubectl does.
using ReferencesOnPath = std::set<std::string>;

void print_nested(const IndentedWriter& out, const Schema& schema, ReferencesOnPath& on_path);

void print_object(const IndentedWriter& out, const Schema& object, ReferencesOnPath& on_path) {
  for (const auto& [name, field] : object.fields) {
    out.line(name + "\t<" + type_name(*field) + ">");
    print_nested(out.indented(kIndentPerLevel), *field, on_path);
  }
}

void print_nested(const IndentedWriter& out, const Schema& schema, ReferencesOnPath& on_path) {
  switch (schema.kind) {
    case SchemaKind::Kind:
      print_object(out, schema, on_path);
      break;
    case SchemaKind::Array:
    case SchemaKind::Map:
      print_nested(out, *schema.element, on_path);
      break;
    case SchemaKind::Reference:
      if (!on_path.insert(schema.reference).second) return;
      print_nested(out, *schema.target, on_path);
      on_path.erase(schema.reference);
      break;
    case SchemaKind::Primitive:
    case SchemaKind::Arbitrary:
      break;
  }
}

}  // namespace

void print_fields_recursively(const IndentedWriter& out, const Schema& object) {
  ReferencesOnPath on_path;
  print_object(out, object, on_path);
}

}  // namespace kctl::explain
