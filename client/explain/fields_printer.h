// The FIELDS section of kubectl explain: each field of an object with its
// type, "-required-" mark and wrapped description.
#pragma once

#include "client/explain/indented_writer.h"
#include "client/explain/schema.h"

namespace kctl::explain {

void print_fields(const IndentedWriter& out, const Schema& object);

}  // namespace kctl::explain
