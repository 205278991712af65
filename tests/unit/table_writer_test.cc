// cmd/table_writer: kubectl's tabwriter layout (minwidth 6, padding 3,
// the last cell of a row not padded).
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "cmd/table_writer.h"

namespace kctl::cmd {
namespace {

using Rows = std::vector<std::vector<std::string>>;

std::string table(const Rows& rows) {
  TableWriter writer;
  for (const auto& r : rows) writer.row(r);
  std::ostringstream out;
  writer.flush(out);
  return out.str();
}

TEST_CASE("TableWriter: columns are as wide as their widest cell plus 3, at least 6") {
  struct Row {
    const char* name;
    Rows rows;
    std::string want;
  };
  const Row cases[] = {
      // kubectl config get-contexts for the same contexts.
      {"kubectl config get-contexts",
       {{"CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"},
        {"*", "a", "c", "u", ""},
        {" ", "bb", "c2", "averyveryverylongusername", "n"}},
       "CURRENT   NAME   CLUSTER   AUTHINFO                    NAMESPACE\n"
       "*         a      c         u                           \n"
       "          bb     c2        averyveryverylongusername   n\n"},
      {"last column is not padded",
       {{"NAME", "STATUS"}, {"web-1", "Running"}, {"w", "Pending"}},
       "NAME    STATUS\n"
       "web-1   Running\n"
       "w       Pending\n"},
      {"narrow columns get the minimum width", {{"A", "B", "C"}, {"1", "2", "3"}}, "A     B     C\n1     2     3\n"},
      {"a single column", {{"only"}, {"x"}}, "only\nx\n"},
      {"UTF-8 counts characters, not bytes",
       {{"NAME", "X"}, {"caf\xC3\xA9-long", "1"}},
       "NAME        X\n"
       "caf\xC3\xA9-long   1\n"},
      {"rows with fewer cells", {{"A", "B", "C"}, {"long-value"}}, "A     B     C\nlong-value\n"},
  };
  for (const Row& c : cases) {
    SUBCASE(c.name) { CHECK(table(c.rows) == c.want); }
  }
}

TEST_CASE("TableWriter: flush writes the rows once") {
  TableWriter writer;
  writer.row({"A", "B"});
  std::ostringstream first, second;
  writer.flush(first);
  writer.flush(second);
  CHECK(first.str() == "A     B\n");
  CHECK(second.str().empty());
}

}  // namespace
}  // namespace kctl::cmd
