#include "cmd/table_writer.h"

#include <algorithm>

namespace kctl::cmd {
namespace {

constexpr std::size_t kMinWidth = 6;  // kubectl's printers.GetNewTabWriter
constexpr std::size_t kPadding = 3;

std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

void TableWriter::flush(std::ostream& out) { flush(out, CellStyle()); }

void TableWriter::flush(std::ostream& out, const CellStyle& style) {
  std::vector<std::size_t> widths = remember_ ? remembered_ : std::vector<std::size_t>{};
  for (const auto& r : rows_)
    for (std::size_t i = 0; i + 1 < r.size(); ++i) {
      if (widths.size() <= i) widths.resize(i + 1, 0);
      widths[i] = std::max(widths[i], display_width(r[i]));
    }
  for (std::size_t row = 0; row < rows_.size(); ++row) {
    const auto& r = rows_[row];
    for (std::size_t i = 0; i < r.size(); ++i) {
      const std::string_view start = style ? style(row, i, r[i]) : std::string_view();
      if (start.empty()) out << r[i];
      else out << start << r[i] << "\x1b[0m";
      if (i + 1 < r.size())
        out << std::string(std::max(kMinWidth, widths[i] + kPadding) - display_width(r[i]), ' ');
    }
    out << '\n';
  }
  if (remember_) remembered_ = std::move(widths);
  rows_.clear();
}

}  // namespace kctl::cmd
