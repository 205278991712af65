#include "client/printers/server_table.h"

#include "client/ascii.h"
#include "client/printers/go_fmt.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace kctl::printers {
namespace {

using nlohmann::json;

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

bool visible(const json& column, bool wide) { return wide || column.value("priority", 0) == 0; }

// obj[key] when it is there, else `fallback`, without copying.
const json& member_or(const json& obj, const char* key, const json& fallback) {
  auto it = obj.find(key);
  return it != obj.end() ? *it : fallback;
}

const json& row_metadata(const json& row) {
  static const json kEmpty = json::object();
  auto obj = row.find("object");
  if (obj == row.end() || !obj->is_object()) return kEmpty;
  auto meta = obj->find("metadata");
  return meta != obj->end() && meta->is_object() ? *meta : kEmpty;
}

}  // namespace

std::string table_cell_text(const json& cell) { return cell.is_null() ? std::string() : go_sprint(cell); }

std::string format_labels(const json& labels) {
  if (!labels.is_object() || labels.empty()) return "<none>";
  std::string s;
  for (const auto& [k, v] : labels.items()) {  // nlohmann's object keys are sorted
    if (!s.empty()) s += ',';
    s += k + "=" + (v.is_string() ? v.get<std::string>() : v.dump());
  }
  return s;
}

std::string kind_prefix(std::string_view kind, std::string_view group) {
  std::string s(kind);
  if (!group.empty()) {
    s += '.';
    s += group;
  }
  return ascii_lower(s);
}

std::string group_of_api_version(std::string_view api_version) {
  const auto slash = api_version.find('/');
  return slash == std::string_view::npos ? "" : std::string(api_version.substr(0, slash));
}

void ServerTablePrinter::print(const json& table, std::vector<TableRow>& out, const std::vector<std::size_t>* order) {
  static const json kNone = json::array();
  // By reference: a page's rows are megabytes of objects.
  const json& member_columns = member_or(table, "columnDefinitions", kNone);
  const json& rows = member_or(table, "rows", kNone);
  json columns = member_columns;
  bool no_headers = options_.no_headers;
  if (printed_headers_ && (columns.empty() || columns == last_columns_)) no_headers = true;
  if (columns.empty()) {
    columns = last_columns_;  // watch events may leave them out
  } else if (columns != last_columns_) {
    last_columns_ = columns;
    printed_headers_ = false;
  }
  if (!rows.empty()) printed_headers_ = true;
  if (rows.empty()) return;  // no header above an empty table

  int name_column = -1;
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].value("format", "") == "name" && columns[i].value("type", "") == "string") {
      name_column = static_cast<int>(i);
      break;
    }
  const bool labels = options_.show_labels || !options_.label_columns.empty();

  header_.clear();
  if (options_.with_namespace) header_.push_back("NAMESPACE");
  for (const auto& c : columns)
    if (visible(c, options_.wide)) header_.push_back(upper(c.value("name", "")));
  for (const auto& key : options_.label_columns) {
    auto slash = key.rfind('/');
    header_.push_back(upper(slash == std::string::npos ? key : key.substr(slash + 1)));
  }
  if (options_.show_labels) header_.push_back("LABELS");
  if (!no_headers) {
    TableRow header;
    header.header = true;
    header.cells = header_;
    out.push_back(std::move(header));
  }

  for (std::size_t n = 0; n < rows.size(); ++n) {
    const json& row = rows[order ? (*order)[n] : n];
    const json& meta = row_metadata(row);
    TableRow r;
    if (options_.with_namespace) r.cells.push_back(meta.value("namespace", ""));
    const json& cells = member_or(row, "cells", kNone);
    for (std::size_t i = 0; i < cells.size() && i < columns.size(); ++i) {
      if (!visible(columns[i], options_.wide)) continue;
      if (static_cast<int>(i) == name_column) r.name_cell = static_cast<int>(r.cells.size());
      r.cells.push_back(table_cell_text(cells[i]));
    }
    if (labels) {
      static const json kNoLabels = json::object();
      const json& label_map = member_or(meta, "labels", kNoLabels);
      for (const auto& key : options_.label_columns) {
        auto it = label_map.find(key);
        r.cells.push_back(it != label_map.end() && it->is_string() ? it->get<std::string>() : "");
      }
      if (options_.show_labels) r.cells.push_back(format_labels(label_map));
    }
    out.push_back(std::move(r));
  }
}

}  // namespace kctl::printers
