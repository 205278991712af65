// client/warnings: Warning headers as client-go's ParseWarningHeaders reads
// them, and kubectl's deduplicating writer.
#include <doctest/doctest.h>

#include <sstream>

#include "client/warnings.h"

namespace kctl {
namespace {

TEST_CASE("warning headers: 299 texts, escapes, several values, dates; others skipped") {
  client::Headers h = {
      {"Content-Type", "application/json"},
      {"Warning", R"(299 - "extensions/v1beta1 Ingress is deprecated in v1.14+")"},
      {"warning", R"(299 - "a \"quoted\" word" "Sat, 28 Nov 2026 10:00:00 GMT", 299 kube-apiserver "second")"},
      {"Warning", R"(199 - "not a 299")"},
      {"Warning", R"(299 - unquoted)"},
      {"Warning", R"(299 - "")"},
  };
  CHECK(client::parse_warning_headers(h) ==
        std::vector<std::string>{"extensions/v1beta1 Ingress is deprecated in v1.14+", R"(a "quoted" word)", "second"});
}

TEST_CASE("warning writer: each text once, colour only when asked") {
  std::ostringstream plain, colored;
  client::WarningWriter w(plain, false), c(colored, true);
  w.write("x");
  w.write("y");
  w.write("x");
  c.write("x");
  CHECK(plain.str() == "Warning: x\nWarning: y\n");
  CHECK(colored.str() == "\x1b[33;1mWarning:\x1b[0m x\n");
}

}  // namespace
}  // namespace kctl
