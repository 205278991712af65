// Writes lines at an indentation, wrapping descriptions to kubectl
// explain's 80 columns (the Formatter of pkg/explain).
#pragma once

#include <ostream>
#include <string_view>

namespace kctl::explain {

class IndentedWriter {
 public:
  explicit IndentedWriter(std::ostream& out, int indent = 0) : out_(&out), indent_(indent) {}

  // A writer indenting `more` columns further.
  IndentedWriter indented(int more) const { return IndentedWriter(*out_, indent_ + more); }
  // One line; an empty line gets no indentation.
  void line(std::string_view text) const;
  // `text` wrapped to fit in 80 columns after the indentation.
  void wrapped(std::string_view text) const;

 private:
  static constexpr int kWrapColumn = 80;
  std::ostream* out_;
  int indent_;
};

}  // namespace kctl::explain
