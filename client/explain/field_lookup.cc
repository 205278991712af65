#include "client/explain/field_lookup.h"

#include "client/go_quote.h"

namespace kctl::explain {

Result<const Schema*> lookup_field(const Schema& root, const std::vector<std::string>& path) {
  const Schema* at = &root;
  std::size_t next = 0;
  while (true) {
    switch (at->kind) {
      case SchemaKind::Primitive:
      case SchemaKind::Arbitrary:
        return at;
      default:
        break;
    }
    if (next == path.size()) return at;
    switch (at->kind) {
      case SchemaKind::Array:
      case SchemaKind::Map:
        at = at->element.get();
        break;
      case SchemaKind::Reference:
        at = at->target;
        break;
      default: {
        auto field = at->fields.find(path[next]);
        if (field == at->fields.end())
          return make_error(ErrorKind::Internal, "field " + client::go_quote(path[next]) + " does not exist");
        ++next;
        at = field->second.get();
      }
    }
  }
}

}  // namespace kctl::explain
