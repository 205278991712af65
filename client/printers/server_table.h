// kubectl's human-readable printer for the Table objects the server prints
// (`Accept: application/json;as=Table;...`): which columns show (priority 0
// unless -o wide), the NAMESPACE, label and LABELS columns it adds from each
// row's object metadata, the kind prefix on the name, and when the header
// is printed. Output is rows of cells for a tab writer.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace kctl::printers {

struct TableOptions {
  bool wide = false;
  bool no_headers = false;
  bool with_namespace = false;
  bool show_labels = false;
  std::vector<std::string> label_columns;  // -L keys
};

// One table row, decorated, before the kind prefix (known only once every
// result is in) is applied to the name cell.
struct TableRow {
  std::vector<std::string> cells;
  int name_cell = -1;  // the cell a kind prefix goes on, or -1
  bool header = false;
};

// Rows of one or more Tables of one resource type, as kubectl's
// HumanReadablePrinter prints them: the header once per run of tables with
// the same columns, and only above a table that has rows.
class ServerTablePrinter {
 public:
  explicit ServerTablePrinter(TableOptions options) : options_(std::move(options)) {}

  // Appends `table`'s header (when due) and rows to `out`. Rows are in
  // `order` when given (indices into table.rows, for --sort-by).
  void print(const nlohmann::json& table, std::vector<TableRow>& out, const std::vector<std::size_t>* order = nullptr);

  // The header cells of the last table with rows, printed or not (for
  // colouring by column).
  const std::vector<std::string>& header() const { return header_; }

 private:
  std::vector<std::string> header_;
  TableOptions options_;
  nlohmann::json last_columns_;
  bool printed_headers_ = false;
};

// A Table cell as Go's fmt.Sprint prints the decoded value: strings as
// they are, integers without a fraction, floats in %v form, null empty.
std::string table_cell_text(const nlohmann::json& cell);

// labels.FormatLabels: "k=v,k2=v2" sorted by key, "<none>" when empty.
std::string format_labels(const nlohmann::json& labels);

// "deployment.apps/web": kubectl's kind prefix for a row's name.
std::string kind_prefix(std::string_view kind, std::string_view group);

// The group of an apiVersion: "apps/v1" -> "apps", "v1" -> "".
std::string group_of_api_version(std::string_view api_version);

}  // namespace kctl::printers
