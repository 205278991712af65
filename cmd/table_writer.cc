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

void TableWriter::flush(std::ostream& out) {
  std::vector<std::size_t> widths;
  for (const auto& r : rows_)
    for (std::size_t i = 0; i + 1 < r.size(); ++i) {
      if (widths.size() <= i) widths.resize(i + 1, 0);
      widths[i] = std::max(widths[i], display_width(r[i]));
    }
  for (const auto& r : rows_) {
    for (std::size_t i = 0; i < r.size(); ++i) {
      out << r[i];
      if (i + 1 < r.size())
        out << std::string(std::max(kMinWidth, widths[i] + kPadding) - display_width(r[i]), ' ');
    }
    out << '\n';
  }
  rows_.clear();
}

}  // namespace kctl::cmd
