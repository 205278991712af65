// What rendering one v3 explain page carries along: the document that
// references resolve in, --recursive, and the first failure of kubectl's
// template (rendering goes on; the caller reports the failure instead of
// the page).
#pragma once

#include <optional>
#include <string>

#include "client/explain/openapi_v3_schema.h"

namespace kctl::explain {

struct V3Render {
  const Json& document;
  bool recursive = false;
  std::optional<std::string> failure;

  void fail(std::string message) {
    if (!failure) failure = std::move(message);
  }
};

}  // namespace kctl::explain
