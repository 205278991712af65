// Column alignment as Go's text/tabwriter does it for kubectl's tables
// (minwidth 6, padding 3, pad with spaces): every cell but the last of a
// row is padded to its column's width.
#pragma once

#include <functional>
#include <ostream>
#include <string_view>
#include <string>
#include <vector>

namespace kctl::cmd {

class TableWriter {
 public:
  void row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  void flush(std::ostream& out);
  // Styles a cell: an escape sequence written before it ("" for none) and
  // a reset after it, outside the padding, so alignment is unchanged.
  using CellStyle = std::function<std::string_view(std::size_t row, std::size_t column, const std::string& cell)>;
  void flush(std::ostream& out, const CellStyle& style);
  // kubectl's tabwriter.RememberWidths: a column is never narrower than it
  // was at an earlier flush (get --watch flushes at every event).
  void remember_widths(bool on) { remember_ = on; }

 private:
  std::vector<std::vector<std::string>> rows_;
  std::vector<std::size_t> remembered_;
  bool remember_ = false;
};

}  // namespace kctl::cmd
