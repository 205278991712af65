#include "client/printers/custom_columns.h"

#include <sstream>

#include "client/printers/go_fmt.h"
#include "client/printers/relaxed_jsonpath.h"

namespace kctl::printers {
namespace {

Error spec_error(std::string message) { return make_error(ErrorKind::Internal, std::move(message)); }

// cli-runtime's printers.EscapeTerminal.
std::string escape_terminal(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '\x1b') {
      out += "^[";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      out += c;
    }
  }
  return out;
}

Result<> add_column(CustomColumns& columns, std::string header, std::string_view field) {
  auto relaxed = relaxed_jsonpath(field);
  if (!relaxed) return relaxed.take_error();
  columns.headers.push_back(std::move(header));
  columns.fields.push_back(std::move(*relaxed));
  return {};
}

Result<CustomColumns> compile(CustomColumns columns) {
  for (const auto& field : columns.fields) {
    auto path = JsonPath::parse(field);
    if (!path) return path.take_error();
    path->allow_missing_keys(true);
    columns.paths.push_back(std::move(*path));
  }
  return columns;
}

// bufio.ScanWords: fields separated by runs of whitespace.
std::vector<std::string> split_words(const std::string& line) {
  std::istringstream words(line);
  std::vector<std::string> out;
  for (std::string word; words >> word;) out.push_back(word);
  return out;
}

// bufio.ScanLines: a line without its "\n" or "\r\n".
bool read_line(std::istream& in, std::string& line) {
  if (!std::getline(in, line)) return false;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

}  // namespace

Result<CustomColumns> parse_custom_columns(std::string_view spec) {
  if (spec.empty()) return spec_error("custom-columns format specified but no custom columns given");
  CustomColumns columns;
  std::size_t from = 0;
  while (true) {
    const auto comma = spec.find(',', from);
    const auto part = spec.substr(from, comma == std::string_view::npos ? comma : comma - from);
    const auto colon = part.find(':');
    if (colon == std::string_view::npos) {
      return spec_error("unexpected custom-columns spec: " + std::string(part) +
                        ", expected <header>:<json-path-expr>");
    }
    if (auto r = add_column(columns, std::string(part.substr(0, colon)), part.substr(colon + 1)); !r)
      return r.take_error();
    if (comma == std::string_view::npos) break;
    from = comma + 1;
  }
  return compile(std::move(columns));
}

Result<CustomColumns> read_custom_columns_file(std::istream& in) {
  constexpr std::string_view kExpected =
      ". Expected format is one line of space separated headers, one line of space separated column specs.";
  std::string header_line;
  if (!read_line(in, header_line)) return spec_error("invalid template, missing header line" + std::string(kExpected));
  std::string spec_line;
  if (!read_line(in, spec_line)) return spec_error("invalid template, missing spec line" + std::string(kExpected));
  const auto headers = split_words(header_line);
  const auto specs = split_words(spec_line);
  if (headers.size() != specs.size()) {
    return spec_error("number of headers (" + std::to_string(headers.size()) + ") and field specifications (" +
                      std::to_string(specs.size()) + ") don't match");
  }
  CustomColumns columns;
  for (std::size_t i = 0; i < headers.size(); ++i) {
    if (auto r = add_column(columns, headers[i], specs[i]); !r) return r.take_error();
  }
  return compile(std::move(columns));
}

Result<std::vector<std::string>> custom_columns_row(const CustomColumns& columns, const nlohmann::json& object) {
  std::vector<std::string> cells;
  cells.reserve(columns.paths.size());
  for (const auto& path : columns.paths) {
    auto groups = path.find_results(object);
    if (!groups) return groups.take_error();
    std::vector<std::string> texts;
    if (groups->empty() || groups->front().empty()) texts.emplace_back("<none>");
    for (const auto& values : *groups) {
      for (const auto& value : values) texts.push_back(escape_terminal(go_sprint(value)));
    }
    std::string cell;
    for (std::size_t i = 0; i < texts.size(); ++i) cell += (i > 0 ? "," : "") + texts[i];
    cells.push_back(std::move(cell));
  }
  return cells;
}

}  // namespace kctl::printers
