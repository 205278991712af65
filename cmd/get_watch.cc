// kubectl get --watch / --watch-only: print the list (or object), then
// every change as it comes, as kubectl does (tables keep their column
// widths from one event to the next; one object at a time for the generic
// printers). Beyond kubectl: when the server ends the watch kctl watches
// again from the last version it saw, and when that version is gone (410)
// it lists again and prints what changed meanwhile, instead of exiting;
// while the server cannot be reached (a restart) it tries again with a
// growing delay, warning on stderr.
#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <sstream>
#include <thread>

#include "client/printers/go_json.h"
#include "client/printers/go_yaml.h"
#include "client/printers/server_table.h"
#include "client/watch.h"
#include "cmd/get_options.h"
#include "cmd/get_printers.h"
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

// -o jsonpath... or custom-columns..., parsed once for the whole watch.
struct WatchTemplate {
  std::optional<JsonPathOutput> jsonpath;
  std::optional<printers::CustomColumns> columns;
};

Result<WatchTemplate> watch_template(const GetOptions& o) {
  WatchTemplate t;
  if (auto given = check_template_given(o.output); is_template_output(o.output) && !given) return given.take_error();
  if (o.output.rfind("jsonpath", 0) == 0) {
    auto path = jsonpath_output(o);
    if (!path) return path.take_error();
    t.jsonpath = std::move(*path);
  } else if (o.output.rfind("custom-columns", 0) == 0) {
    auto columns = custom_columns_output(o);
    if (!columns) return columns.take_error();
    t.columns = std::move(*columns);
  }
  return t;
}

// Prints what the watch sees: table rows, template output or whole objects.
class WatchPrinter {
 public:
  WatchPrinter(const GetOptions& o, const client::ApiResource& resource, std::ostream& out, WatchTemplate tmpl)
      : o_(o), resource_(resource), out_(out), table_(table_options(o)), template_(std::move(tmpl)) {
    writer_.remember_widths(true);
  }

  bool human() const { return o_.human; }

  // One object or table under `event` ("" when not an event).
  Result<> print(const std::string& event, const json& obj) {
    if (o_.human) {
      std::vector<printers::TableRow> rows;
      table_.print(obj, rows);
      const bool with_event = o_.output_watch_events && !event.empty();
      for (std::size_t i = 0; i < rows.size(); ++i) {
        auto& cells = rows[i].cells;
        if (with_event) cells.insert(cells.begin(), rows[i].header ? "EVENT" : event_column(event));
        writer_.row(std::move(cells));
      }
      return {};
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
      return {};
    }
    if (template_.jsonpath || template_.columns) {
      // The templates see the event itself: {.type}, {.object.metadata.name}.
      if (as_event) shown = json{{"type", event}, {"object", std::move(shown)}};
      return print_template(shown);
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
    return {};
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

  // kubectl's template printers write into get's tab writer, flushed after
  // the first list and after each event (widths remembered, as for
  // tables). The custom-columns header comes once: kubectl prints it when
  // the printed type changes, and a watch prints one type (the objects, or
  // their events).
  Result<> print_template(const json& shown) {
    if (template_.jsonpath) return print_jsonpath(*template_.jsonpath, shown, out_);
    if (!o_.no_headers && !header_printed_) writer_.row(template_.columns->headers);
    header_printed_ = true;
    auto cells = printers::custom_columns_row(*template_.columns, shown);
    if (!cells) return cells.take_error();
    writer_.row(std::move(*cells));
    return {};
  }

  const GetOptions& o_;
  const client::ApiResource& resource_;
  std::ostream& out_;
  printers::ServerTablePrinter table_;
  WatchTemplate template_;
  TableWriter writer_;
  std::size_t printed_ = 0;
  bool header_printed_ = false;
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

// Errors a server that is restarting or overloaded gives: worth waiting for.
bool server_unavailable(const Error& e) {
  if (e.kind == ErrorKind::Connection) return true;
  return e.kind == ErrorKind::ApiStatus && (e.code >= 500 || e.code == 429);
}

// 1 s, doubling up to 30 s, back to 1 s once the server answers.
class RetryDelay {
 public:
  int seconds() const { return seconds_; }
  void reset() { seconds_ = 1; }
  void wait() {
    std::this_thread::sleep_for(std::chrono::seconds(seconds_));
    seconds_ = std::min(seconds_ * 2, 30);
  }

 private:
  int seconds_ = 1;
};

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

  auto tmpl = watch_template(o);
  if (!tmpl) return tmpl.take_error();
  WatchPrinter printer(o, visit.resource, f.io().out, std::move(*tmpl));
  std::map<std::string, SeenObject> seen;
  const bool list = visit.name.empty();

  // Lists the visit; prints everything (initial) or only what changed.
  auto list_and_print = [&](bool initial, std::string& rv) -> Result<> {
    std::map<std::string, SeenObject> now;
    auto r = fetch_visit(**rest, visit, fetch, [&](json&& page) -> Result<> {
      if (list) rv = metadata_of(page).value("resourceVersion", "");
      // One object listed again: watch on from its version (the first
      // watch starts at "0", which begins with the object itself).
      else if (!initial) rv = object_metadata(page).value("resourceVersion", rv);
      for (auto& obj : split_page(page)) {
        const json& meta = object_metadata(obj);
        const std::string key = key_of(meta);
        const std::string version = meta.value("resourceVersion", "");
        auto before = seen.find(key);
        Result<> printed;
        if (initial) {
          if (!o.watch_only) printed = printer.print("ADDED", obj);
        } else if (before == seen.end()) {
          printed = printer.print("ADDED", obj);
        } else if (before->second.resource_version != version) {
          printed = printer.print("MODIFIED", obj);
        }
        if (!printed) return printed;
        now[key] = {version, std::move(obj)};
      }
      return {};
    });
    if (!r) return r;
    if (!initial)
      for (const auto& [key, old] : seen)
        if (!now.count(key))
          if (auto printed = printer.print("DELETED", old.shown); !printed) return printed;
    seen = std::move(now);
    printer.flush();
    return {};
  };

  std::string rv = "0";
  if (auto r = list_and_print(true, rv); !r) return r;
  // A watch of one object starts with a synthetic ADDED event for it,
  // already printed above.
  bool skip_first = !list;
  // One watch from `rv`: done (true) or ended by the server (false).
  auto watch_once = [&]() -> Result<bool> {
    auto url = watch_request(**rest, visit, fetch, rv).url();
    if (!url) return url.take_error();
    std::optional<Error> print_error;
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
          if (auto printed = printer.print(type, obj); !printed) {
            print_error = printed.take_error();
            return false;
          }
          printer.flush();
          return static_cast<bool>(f.io().out);
        },
        headers);
    if (print_error) return *print_error;
    return watched;
  };
  auto relist_once = [&]() -> Result<bool> {
    if (auto r = list_and_print(false, rv); !r) return r.take_error();
    return false;
  };

  bool relist = false;  // the version is gone: list again before watching
  RetryDelay delay;
  for (;;) {
    auto outcome = relist ? relist_once() : watch_once();
    if (!f.io().out) return {};
    if (outcome) {
      if (*outcome) return {};
      // Listed again, or the server ended the watch: watch on from the last
      // version seen.
      relist = false;
      delay.reset();
      continue;
    }
    const Error& e = outcome.error();
    if (e.kind == ErrorKind::ApiStatus && (e.code == 410 || e.reason == "Expired" || e.reason == "Gone")) {
      relist = true;
      continue;
    }
    if (!server_unavailable(e)) return e;
    // Restarts and outages: try again, as client-go's reflector does,
    // saying so on stderr so that a silent terminal is not a mystery.
    f.logger().warning("reflector.go:492", "watch of " + visit.resource.name + " failed: " + e.message +
                                                "; retrying in " + std::to_string(delay.seconds()) + "s");
    delay.wait();
  }
}

}  // namespace kctl::cmd
