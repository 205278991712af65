// Go's text/tabwriter as kubectl's describers configure it (minwidth 0,
// tabwidth 8, padding 2, pad with spaces, no flags): tab-terminated cells
// of consecutive lines form columns, each as wide as its widest cell plus
// two; a line without a tab ends every column above it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kctl::describe {

class TabWriter {
 public:
  void write(std::string_view text);
  // Formats and emits everything buffered (Go's Writer.Flush).
  void flush();
  // Flushes and hands over the formatted text.
  std::string take();

 private:
  struct Cell {
    std::string text;
    std::size_t width = 0;  // in runes, as Go counts them
  };
  using Line = std::vector<Cell>;

  void end_cell();
  void format(std::size_t line0, std::size_t line1);
  void write_lines(std::size_t line0, std::size_t line1);

  std::vector<Line> lines_{Line{}};
  std::string cell_;
  std::vector<std::size_t> widths_;
  std::string out_;
};

}  // namespace kctl::describe
