// The FIELDS section of kubectl explain --recursive: every field name and
// type, nested fields indented below their parent.
#pragma once

#include "client/explain/indented_writer.h"
#include "client/explain/schema.h"

namespace kctl::explain {

void print_fields_recursively(const IndentedWriter& out, const Schema& object);

}  // namespace kctl::explain
