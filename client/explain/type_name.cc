#include "client/explain/type_name.h"

namespace kctl::explain {

std::string type_name(const Schema& schema) {
  switch (schema.kind) {
    case SchemaKind::Kind: return "Object";
    case SchemaKind::Map: return "map[string]" + type_name(*schema.element);
    case SchemaKind::Array: return "[]" + type_name(*schema.element);
    case SchemaKind::Primitive: return schema.primitive_type;
    case SchemaKind::Reference: return type_name(*schema.target);
    case SchemaKind::Arbitrary: return {};
  }
  return {};
}

}  // namespace kctl::explain
