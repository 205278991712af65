// Column alignment as Go's text/tabwriter does it for kubectl's tables
// (minwidth 6, padding 3, pad with spaces): every cell but the last of a
// row is padded to its column's width.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace kctl::cmd {

class TableWriter {
 public:
  void row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  void flush(std::ostream& out);

 private:
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace kctl::cmd
