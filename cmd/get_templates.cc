// kubectl get's template printers (-o jsonpath, jsonpath-file,
// custom-columns, custom-columns-file) and --sort-by for the generic
// printers: these need every item at once, so the items are collected
// (still held only once), sorted, then printed.
#include <fstream>
#include <sstream>

#include "client/printers/custom_columns.h"
#include "client/printers/go_fmt.h"
#include "client/printers/go_quote.h"
#include "client/printers/jsonpath.h"
#include "client/printers/object_stream.h"
#include "client/printers/sort_order.h"
#include "cmd/get_options.h"
#include "cmd/get_printers.h"
#include "cmd/table_writer.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

Error plain(std::string message) { return make_error(ErrorKind::Internal, std::move(message)); }

Result<std::string> read_whole_file(const std::string& path, const std::string& what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return plain(what + " " + path + ", open " + path + ": no such file or directory");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Result<> print_custom_columns(const GetOptions& o, const std::vector<const json*>& objects, std::ostream& out) {
  auto columns = custom_columns_output(o);
  if (!columns) return columns.take_error();
  TableWriter table;
  if (!o.no_headers) table.row(columns->headers);
  for (const json* obj : objects) {
    auto cells = printers::custom_columns_row(*columns, *obj);
    if (!cells) return cells.take_error();
    table.row(std::move(*cells));
  }
  table.flush(out);
  out.flush();
  return {};
}

Result<> print_jsonpath(const GetOptions& o, const json& data, std::ostream& out) {
  auto path = jsonpath_output(o);
  if (!path) return path.take_error();
  return print_jsonpath(*path, data, out);
}

}  // namespace

Result<JsonPathOutput> jsonpath_output(const GetOptions& o) {
  std::string text = o.output.substr(o.output.find('=') + 1);
  if (o.output.rfind("jsonpath-file", 0) == 0) {
    auto file = read_whole_file(text, "error reading --template");
    if (!file) return file.take_error();
    text = *file;
  }
  auto path = printers::JsonPath::parse(text);
  if (!path) return plain("error parsing jsonpath " + text + ", " + path.error().message);
  path->allow_missing_keys(o.allow_missing_template_keys);
  return JsonPathOutput{std::move(*path), std::move(text)};
}

Result<> print_jsonpath(const JsonPathOutput& output, const json& data, std::ostream& out) {
  std::string printed;
  auto r = output.path.print(data, printed);
  out << printed;
  out.flush();
  if (!r)
    return plain("error executing jsonpath " + printers::go_quote(output.text) + ": Error executing template: " +
                 r.error().message +
                 ". Printing more information for debugging the template:\n\ttemplate was:\n\t\t" + output.text +
                 "\n\tobject given to jsonpath engine was:\n\t\t" + printers::go_sharp_v(data) + "\n\n");
  return {};
}

Result<printers::CustomColumns> custom_columns_output(const GetOptions& o) {
  const std::string spec = o.output.substr(o.output.find('=') + 1);
  if (o.output.rfind("custom-columns-file", 0) != 0) return printers::parse_custom_columns(spec);
  std::ifstream in(spec);
  if (!in) return plain("error reading template " + spec + ", open " + spec + ": no such file or directory");
  return printers::read_custom_columns_file(in);
}

bool is_template_output(const std::string& output) {
  for (const char* prefix : {"jsonpath", "custom-columns"})
    if (output.rfind(prefix, 0) == 0) return true;
  return false;
}

Result<> check_template_given(const std::string& output) {
  const auto eq = output.find('=');
  const bool empty = eq == std::string::npos || eq + 1 == output.size();
  if (!empty) return {};
  if (output.rfind("custom-columns", 0) == 0)
    return plain("custom-columns format specified but no custom columns given");
  return plain("template format specified but no template given");
}

Result<> print_collected(const GetOptions& o, std::vector<json>& items, bool single, std::ostream& out) {
  std::vector<std::size_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (o.sorting() && !single) {
    std::vector<const json*> objects;
    for (const auto& i : items) objects.push_back(&i);
    auto sorted = printers::sort_order(objects, o.sort_by);
    if (!sorted) return sorted.take_error();
    order = std::move(*sorted);
  }
  if (o.output.rfind("custom-columns", 0) == 0) {
    std::vector<const json*> objects;
    for (std::size_t i : order) objects.push_back(&items[i]);
    return print_custom_columns(o, objects, out);
  }
  if (o.output.rfind("jsonpath", 0) == 0) {
    if (single) return print_jsonpath(o, items.at(0), out);
    json list = {{"apiVersion", "v1"}, {"kind", "List"}, {"metadata", {{"resourceVersion", ""}}}};
    json& list_items = list["items"] = json::array();
    for (std::size_t i : order) list_items.push_back(std::move(items[i]));  // the List holds the only copy
    items.clear();
    return print_jsonpath(o, list, out);
  }
  auto printer = printers::object_stream_for(o.output, out);
  if (single) {
    printer->single(items.at(0));
  } else {
    for (std::size_t i : order) printer->item(items[i]);
    printer->end_list();
  }
  out.flush();
  return {};
}

}  // namespace kctl::cmd
