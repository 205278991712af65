// kubectl get's human-readable output: every visit is fetched as server
// tables first (kubectl decides the kind prefix from all results), rows are
// kept as text, then printed per resource type with kubectl's separators.
#include <optional>
#include <set>
#include <sstream>
#include <tuple>

#include "client/printers/server_table.h"
#include "client/printers/sort_order.h"
#include "client/printers/table_colors.h"
#include "cmd/get_options.h"
#include "cmd/render_error.h"
#include "cmd/resource_fetch.h"
#include "cmd/table_writer.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

// The rows printed under one printer: a run of visits of the same resource.
struct TableGroup {
  client::ApiResource resource;
  std::vector<printers::TableRow> rows;
  std::vector<std::string> header;  // for colours
};

bool same_resource(const client::ApiResource& a, const client::ApiResource& b) {
  return a.group == b.group && a.version == b.version && a.name == b.name;
}


}  // namespace

Result<> print_tables(Factory& f, const GetOptions& o, const VisitPlan& plan) {
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  FetchOptions fetch;
  fetch.accept = kTableAccept;
  fetch.chunk_size = o.sorting() ? 0 : o.chunk_size;
  fetch.label_selector = o.label_selector;
  fetch.field_selector = o.field_selector;
  fetch.include_object = o.sorting();
  fetch.drop_managed_fields = !o.sorting();  // rows need only names, namespaces and labels

  std::vector<TableGroup> groups;
  std::vector<printers::ServerTablePrinter> table_printers;
  std::vector<Error> errors;
  std::set<std::tuple<std::string, std::string, std::string>> kinds;  // group, version, kind
  bool all_namespaced = !o.all_namespaces;
  std::optional<Error> sort_error;  // fatal, as kubectl's sorter

  for (const auto& visit : plan.visits) {
    if (groups.empty() || !same_resource(groups.back().resource, visit.resource)) {
      printers::TableOptions opts;
      opts.wide = o.output == "wide";
      opts.no_headers = o.no_headers;
      opts.with_namespace = o.all_namespaces && visit.resource.namespaced;
      opts.show_labels = o.show_labels;
      opts.label_columns = o.label_columns;
      groups.push_back({visit.resource, {}, {}});
      table_printers.emplace_back(std::move(opts));
    }
    auto r = fetch_visit(**rest, visit, fetch, [&](json&& page) -> Result<> {
      kinds.emplace(visit.resource.group, visit.resource.version, visit.resource.kind);
      all_namespaced = all_namespaced && visit.resource.namespaced;
      if (!o.sorting()) {
        table_printers.back().print(page, groups.back().rows);
      } else {
        // kubectl sorts each table's rows by the field in the rows' objects
        static const json kNoObject;
        std::vector<const json*> row_objects;
        if (auto rows = page.find("rows"); rows != page.end() && rows->is_array())
          for (const auto& row : *rows) {
            auto obj = row.find("object");
            row_objects.push_back(obj != row.end() ? &*obj : &kNoObject);
          }
        auto order = printers::sort_table_rows_order(row_objects, o.sort_by);
        if (order) {
          table_printers.back().print(page, groups.back().rows, &*order);
        } else if (order.error().message.rfind("Field ", 0) == 0) {
          // values that cannot be compared: kubectl's sorter dies through klog
          f.logger().fatal("sorter.go:375", order.error().message);
          sort_error = make_error(ErrorKind::Printed, order.error().message);
          return *sort_error;
        }
        // Any other sorting error makes kubectl 1.32 drop the table silently
        // ("No resources found", exit 0); kctl does the same.
      }
      if (!table_printers.back().header().empty()) groups.back().header = table_printers.back().header();
      return {};
    });
    if (sort_error) return *sort_error;
    if (!r) {
      if (o.ignore_not_found && is_not_found(r.error())) continue;
      errors.push_back(r.take_error());
    }
  }

  const bool with_kind = o.show_kind || kinds.size() > 1;
  std::ostream& out = f.io().out;
  std::size_t written = 0;
  bool separate = false;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (g > 0 && !o.no_headers && written > 0) separate = true;
    TableWriter table;
    const std::string prefix =
        with_kind ? printers::kind_prefix(groups[g].resource.kind, groups[g].resource.group) + "/" : "";
    std::vector<bool> header_rows;
    for (auto& row : groups[g].rows) {
      if (!prefix.empty() && row.name_cell >= 0) row.cells[row.name_cell] = prefix + row.cells[row.name_cell];
      header_rows.push_back(row.header);
      table.row(std::move(row.cells));
    }
    std::ostringstream text;
    if (o.colored) {
      const printers::TableColorizer colors(groups[g].header);
      table.flush(text, [&](std::size_t row, std::size_t column, const std::string& cell) {
        return header_rows[row] ? colors.header_style() : colors.cell_style(column, cell);
      });
    } else {
      table.flush(text);
    }
    const std::string s = text.str();
    if (s.empty()) continue;
    if (separate) out << '\n';
    separate = false;
    out << s;
    written += s.size();
  }
  out.flush();
  if (written == 0 && !o.ignore_not_found && errors.empty()) {
    if (all_namespaced) f.io().err << "No resources found in " << o.ns << " namespace.\n";
    else f.io().err << "No resources found\n";
  }
  return report_aggregate(std::move(errors), f.io().err);
}

}  // namespace kctl::cmd
