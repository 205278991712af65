// kubectl get --watch / --watch-only: print the list (or object), then
// every change as it comes, as kubectl does (tables keep their column
// widths from one event to the next; one object at a time for the generic
// printers). Beyond kubectl: when the server ends the watch kctl watches
// again from the last version it saw, and when that version is gone (410)
// it lists again and prints what changed meanwhile, instead of exiting.
#include <map>
#include <sstream>

#include "client/printers/go_json.h"
#include "client/printers/go_yaml.h"
#include "client/printers/server_table.h"
#include "client/watch.h"
#include "cmd/get_options.h"
#include "cmd/resource_fetch.h"
#include "cmd/table_writer.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

std::string event_column(const std::string& type) {
  if (type == "ADDED") return "ADDED   ";
  if (type == "MODIFIED") return "MODIFIED";
  if (type == "DELETED") return "DELETED ";
  if (type == "ERROR") return "ERROR   ";
  return type;
}

const json& metadata_of(const json& obj) {
  static const json kEmpty = json::object();
  auto m = obj.find("metadata");
  return m != obj.end() && m->is_object() ? *m : kEmpty;
}

std::string group_of(const std::string& api_version) {
  auto slash = api_version.find('/');
  return slash == std::string::npos ? "" : api_version.substr(0, slash);
}

// Prints what the watch sees: table rows or whole objects.
class WatchPrinter {
 public:
  WatchPrinter(const GetOptions& o, const client::ApiResource& resource, std::ostream& out)
      : o_(o), resource_(resource), out_(out), table_(table_options(o)) {
    writer_.remember_widths(true);
  }

  bool human() const { return o_.human; }

  // One object or table under `event` ("" when not an event).
  void print(const std::string& event, const json& obj) {
    if (o_.human) {
      std::vector<printers::TableRow> rows;
      table_.print(obj, rows);
      const bool with_event = o_.output_watch_events && !event.empty();
      for (std::size_t i = 0; i < rows.size(); ++i) {
        auto& cells = rows[i].cells;
        if (with_event) cells.insert(cells.begin(), rows[i].header ? "EVENT" : event_column(event));
        writer_.row(std::move(cells));
      }
      return;
    }
    // kubectl prints a watch event (--output-watch-events) as a
    // metav1.WatchEvent: the whole object, managedFields included, and in
    // JSON on one line.
    const bool as_event = o_.output_watch_events && !event.empty();
    json shown = obj;
    if (!as_event && o_.output != "name" && !o_.show_managed_fields)
      if (auto m = shown.find("metadata"); m != shown.end() && m->is_object()) m->erase("managedFields");
    if (o_.output == "name") {
      out_ << printers::kind_prefix(shown.value("kind", resource_.kind), group_of(shown.value("apiVersion", ""))) << '/'
           << metadata_of(shown).value("name", "") << '\n';
      return;
    }
    ordered_json doc;
    if (as_event) {
      doc["type"] = event;
      doc["object"] = ordered_json(shown);
    } else {
      doc = ordered_json(shown);
    }
    if (o_.output == "yaml") {
      if (printed_++ > 0) out_ << "---\n";
      out_ << printers::to_go_yaml(doc);
    } else {
      out_ << printers::to_go_json(doc, as_event ? 0 : 4) << '\n';
    }
  }

  void flush() {
    writer_.flush(out_);
    out_.flush();
  }

 private:
  static printers::TableOptions table_options(const GetOptions& o) {
    printers::TableOptions t;
    t.wide = o.output == "wide";
    t.no_headers = o.no_headers;
    t.with_namespace = o.all_namespaces;  // kubectl's watch adds it even for cluster-scoped types
    t.show_labels = o.show_labels;
    t.label_columns = o.label_columns;
    return t;
  }

  const GetOptions& o_;
  const client::ApiResource& resource_;
  std::ostream& out_;
  printers::ServerTablePrinter table_;
  TableWriter writer_;
  std::size_t printed_ = 0;
};

// The identity and version of each object seen, with what was printed for
// it, to print only changes after a re-list.
struct SeenObject {
  std::string resource_version;
  json shown;  // the object, or a one-row table
};

std::string key_of(const json& meta) { return meta.value("namespace", "") + "/" + meta.value("name", ""); }

// The objects of a list page (items) or of a table page (one single-row
// table per row, keeping the column definitions).
std::vector<json> split_page(const json& page) {
  std::vector<json> out;
  if (auto rows = page.find("rows"); rows != page.end() && rows->is_array()) {
    json base = page;
    base.erase("rows");
    for (const auto& row : *rows) {
      json one = base;
      one["rows"] = json::array({row});
      out.push_back(std::move(one));
    }
    return out;
  }
  if (auto items = page.find("items"); items != page.end() && items->is_array()) {
    std::string kind = page.value("kind", "");
    if (kind.size() > 4 && kind.compare(kind.size() - 4, 4, "List") == 0) kind.resize(kind.size() - 4);
    for (auto item : *items) {
      if (!item.contains("kind")) item["kind"] = kind;
      if (!item.contains("apiVersion")) item["apiVersion"] = page.value("apiVersion", "");
      out.push_back(std::move(item));
    }
    return out;
  }
  out.push_back(page);
  return out;
}

const json& object_metadata(const json& obj) {
  if (auto rows = obj.find("rows"); rows != obj.end() && rows->is_array() && !rows->empty()) {
    const json& row = (*rows)[0];
    if (auto o = row.find("object"); o != row.end()) return metadata_of(*o);
  }
  return metadata_of(obj);
}

}  // namespace

Result<> run_watch(Factory& f, const GetOptions& o, const VisitPlan& plan) {
  for (const auto& v : plan.visits)
    if (v.resource.name != plan.visits.at(0).resource.name || v.resource.group != plan.visits.at(0).resource.group)
      return make_error(ErrorKind::Internal, "you may only specify a single resource type");
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  const Visit& visit = plan.visits.at(0);
  FetchOptions fetch;
  if (o.human) fetch.accept = kTableAccept;
  fetch.chunk_size = o.chunk_size;
  fetch.label_selector = o.label_selector;
  fetch.field_selector = o.field_selector;
  client::Headers headers;
  if (o.human) headers.emplace_back("Accept", kTableAccept);

  WatchPrinter printer(o, visit.resource, f.io().out);
  std::map<std::string, SeenObject> seen;
  const bool list = visit.name.empty();

  // Lists the visit; prints everything (initial) or only what changed.
  auto list_and_print = [&](bool initial, std::string& rv) -> Result<> {
    std::map<std::string, SeenObject> now;
    auto r = fetch_visit(**rest, visit, fetch, [&](json&& page) -> Result<> {
      if (list) rv = metadata_of(page).value("resourceVersion", "");
      for (auto& obj : split_page(page)) {
        const json& meta = object_metadata(obj);
        const std::string key = key_of(meta);
        const std::string version = meta.value("resourceVersion", "");
        auto before = seen.find(key);
        if (initial) {
          if (!o.watch_only) printer.print("ADDED", obj);
        } else if (before == seen.end()) {
          printer.print("ADDED", obj);
        } else if (before->second.resource_version != version) {
          printer.print("MODIFIED", obj);
        }
        now[key] = {version, std::move(obj)};
      }
      return {};
    });
    if (!r) return r;
    if (!initial)
      for (const auto& [key, old] : seen)
        if (!now.count(key)) printer.print("DELETED", old.shown);
    seen = std::move(now);
    printer.flush();
    return {};
  };

  std::string rv = "0";
  if (auto r = list_and_print(true, rv); !r) return r;
  // A watch of one object starts with a synthetic ADDED event for it,
  // already printed above.
  bool skip_first = !list;
  for (;;) {
    auto url = watch_request(**rest, visit, fetch, rv).url();
    if (!url) return url.take_error();
    auto watched = client::watch(
        **rest, *url,
        [&](const std::string& type, const json& obj) {
          const json& meta = object_metadata(obj);
          if (auto v = meta.value("resourceVersion", ""); !v.empty()) rv = v;
          const std::string key = key_of(meta);
          if (type == "DELETED") seen.erase(key);
          else if (type == "ADDED" || type == "MODIFIED") seen[key] = {meta.value("resourceVersion", ""), obj};
          if (skip_first) {
            skip_first = false;
            return true;
          }
          printer.print(type, obj);
          printer.flush();
          return static_cast<bool>(f.io().out);
        },
        headers);
    if (!f.io().out) return {};
    if (watched) {
      if (*watched) return {};
      continue;  // the server ended the watch: go on from the last version seen
    }
    const Error& e = watched.error();
    if (e.kind != ErrorKind::ApiStatus || (e.code != 410 && e.reason != "Expired" && e.reason != "Gone")) return e;
    if (auto r = list_and_print(false, rv); !r) return r;
  }
}

}  // namespace kctl::cmd
