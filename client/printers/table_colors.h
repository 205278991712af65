// Beyond kubectl: colour for tables on a terminal (kubectl#524, open since
// 2018): a bold header, status words by meaning (green for running or
// healthy, yellow for waiting, red for failing) and restarts above zero in
// yellow. Only escape sequences are added; the text and its alignment are
// kubectl's.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kctl::printers {

enum class ColorMode { Auto, Always, Never };

// --color=auto|always|never; false for anything else.
bool parse_color_mode(std::string_view text, ColorMode& mode);

// Whether to colour: always; never; auto when stdout is a terminal,
// NO_COLOR is unset or empty, and TERM is not "dumb".
bool use_color(ColorMode mode, bool stdout_is_terminal, const char* no_color_env, const char* term_env);

// The escape sequence that starts a cell's colour ("" for none), given the
// table's header row and the cell's column.
class TableColorizer {
 public:
  explicit TableColorizer(std::vector<std::string> header) : header_(std::move(header)) {}
  std::string_view header_style() const { return "\x1b[1m"; }
  std::string_view cell_style(std::size_t column, std::string_view cell) const;
  static constexpr std::string_view kReset = "\x1b[0m";

 private:
  std::vector<std::string> header_;
};

}  // namespace kctl::printers
