// kubectl explain's page for a resource or one of its fields, from the
// OpenAPI v2 schema (pkg/explain/model_printer.go): KIND, VERSION, the
// field's name and type, the descriptions collected on the way through
// arrays, maps and references, and the FIELDS of an object.
#pragma once

#include <ostream>
#include <string>

#include "client/explain/schema.h"

namespace kctl::explain {

struct ModelPage {
  GroupVersionKind gvk;
  std::string field_name;  // the last path element; empty for the resource
  bool recursive = false;
};

// `schema` is what lookup_field found for the page's field path.
void print_model(std::ostream& out, const ModelPage& page, const Schema& schema);

}  // namespace kctl::explain
