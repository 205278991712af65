#include "client/describe/tab_writer.h"

#include <algorithm>

namespace kctl::describe {
namespace {

constexpr std::size_t kPadding = 2;

// utf8.RuneCount: every byte that does not continue a sequence starts a rune.
std::size_t rune_count(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

void TabWriter::end_cell() {
  Cell c{std::move(cell_), 0};
  c.width = rune_count(c.text);
  cell_.clear();
  lines_.back().push_back(std::move(c));
}

void TabWriter::write(std::string_view text) {
  for (char ch : text) {
    if (ch != '\t' && ch != '\v' && ch != '\n' && ch != '\f') {
      cell_ += ch;
      continue;
    }
    end_cell();
    if (ch == '\n' || ch == '\f') {
      std::size_t cells = lines_.back().size();
      lines_.emplace_back();
      // A line of one cell cannot affect later columns, so Go flushes here.
      if (ch == '\f' || cells == 1) flush();
    }
  }
}

void TabWriter::flush() {
  if (!cell_.empty()) end_cell();
  format(0, lines_.size());
  lines_.assign(1, Line{});
  cell_.clear();
}

std::string TabWriter::take() {
  flush();
  return std::move(out_);
}

// Go's Writer.format: the column at depth widths_.size() over [line0, line1).
void TabWriter::format(std::size_t line0, std::size_t line1) {
  const std::size_t column = widths_.size();
  for (std::size_t at = line0; at < line1; ++at) {
    if (column + 1 >= lines_[at].size()) continue;
    write_lines(line0, at);
    line0 = at;
    std::size_t width = 0;
    for (; at < line1 && column + 1 < lines_[at].size(); ++at)
      width = std::max(width, lines_[at][column].width + kPadding);
    widths_.push_back(width);
    format(line0, at);
    widths_.pop_back();
    line0 = at;
    if (at == line1) break;
  }
  write_lines(line0, line1);
}

void TabWriter::write_lines(std::size_t line0, std::size_t line1) {
  for (std::size_t i = line0; i < line1; ++i) {
    const Line& line = lines_[i];
    for (std::size_t j = 0; j < line.size(); ++j) {
      out_ += line[j].text;
      if (j < widths_.size()) out_.append(widths_[j] - line[j].width, ' ');
    }
    if (i + 1 < lines_.size()) out_ += '\n';
  }
}

}  // namespace kctl::describe
