// kubectl's PrefixWriter: text at an indentation level of two spaces per
// level, through the tab writer, with terminal control characters made
// visible (cli-runtime's printers.WriteEscaped).
#pragma once

#include <string>
#include <string_view>

#include "client/describe/tab_writer.h"

namespace kctl::describe {

enum Level : int { kLevel0 = 0, kLevel1, kLevel2, kLevel3, kLevel4 };

class PrefixWriter {
 public:
  PrefixWriter() = default;
  // `aligned` false: the text kept as written, tabs and all (kubectl's
  // PrefixWriter on a plain buffer, as rollout history prints a template).
  explicit PrefixWriter(bool aligned) : aligned_(aligned) {}

  void write(int level, std::string_view text);
  // The text and a newline, without indentation (Go's WriteLine).
  void write_line(std::string_view text) { write(kLevel0, std::string(text) + "\n"); }
  // Ends the current column blocks (DescribeEvents flushes before its table).
  void flush() {
    if (aligned_) tabs_.flush();
  }
  std::string take() { return aligned_ ? tabs_.take() : std::move(raw_); }

 private:
  TabWriter tabs_;
  bool aligned_ = true;
  std::string raw_;
};

}  // namespace kctl::describe
