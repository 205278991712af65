// kubectl get's generic printers (-o json|yaml|name): one object as it is
// when a single item was asked for, otherwise every item in one List. The
// List is written item by item as pages arrive, never held whole.
#include <memory>

#include "client/printers/object_stream.h"
#include "cmd/render_error.h"
#include "cmd/get_options.h"
#include "cmd/get_printers.h"
#include "cmd/resource_fetch.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;


void drop_managed_fields(json& obj) {
  if (auto meta = obj.find("metadata"); meta != obj.end() && meta->is_object()) meta->erase("managedFields");
}

}  // namespace

Result<> print_generic(Factory& f, const GetOptions& o, const VisitPlan& plan) {
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  FetchOptions fetch;
  fetch.chunk_size = o.sorting() ? 0 : o.chunk_size;
  fetch.label_selector = o.label_selector;
  fetch.field_selector = o.field_selector;
  // kubectl drops managedFields for its JSON and YAML printers only.
  const bool strip = !o.show_managed_fields && (o.output == "json" || o.output == "yaml");
  fetch.drop_managed_fields = strip && !o.sorting();  // kubectl sorts before it strips
  // Sorting and templates need every item; the rest streams.
  const bool collect = o.sorting() || is_template_output(o.output);
  std::ostream& out = f.io().out;
  auto printer = printers::object_stream_for(o.output, out);
  std::vector<json> collected;

  if (plan.single_item_implied) {
    json object;
    auto r = fetch_visit(**rest, plan.visits.at(0), fetch, [&](json&& obj) -> Result<> {
      object = std::move(obj);
      return {};
    });
    if (!r) return o.ignore_not_found && is_not_found(r.error()) ? Result<>() : r;
    if (auto t = check_template_given(o.output); is_template_output(o.output) && !t) return t;
    if (strip) drop_managed_fields(object);
    if (!collect) {
      printer->single(object);
      out.flush();
      return {};
    }
    collected.push_back(std::move(object));
    return print_collected(o, collected, true, out);
  }

  std::vector<Error> errors;
  std::size_t items = 0;
  auto take = [&](json&& obj) {
    if (strip) drop_managed_fields(obj);
    ++items;
    if (collect) collected.push_back(std::move(obj));
    else printer->item(obj);
  };
  for (const auto& visit : plan.visits) {
    auto r = fetch_visit(**rest, visit, fetch, [&](json&& page) -> Result<> {
      auto list = page.find("items");
      if (list == page.end()) {  // a named object
        take(std::move(page));
        return {};
      }
      std::string kind = page.value("kind", "");
      if (kind.size() > 4 && kind.compare(kind.size() - 4, 4, "List") == 0) kind.resize(kind.size() - 4);
      const std::string api_version = page.value("apiVersion", "");
      for (auto& item : *list) {
        if (!item.contains("kind")) item["kind"] = kind;
        if (!item.contains("apiVersion")) item["apiVersion"] = api_version;
        take(std::move(item));
      }
      return {};
    });
    if (!r) {
      if (o.ignore_not_found && is_not_found(r.error())) continue;
      errors.push_back(r.take_error());
    }
  }
  if (items == 0 && o.ignore_not_found) return report_errors(errors, f.io().err);
  if (collect) {
    if (auto t = check_template_given(o.output); is_template_output(o.output) && !t) return t;
    if (auto p = print_collected(o, collected, false, out); !p) errors.push_back(p.take_error());
  } else {
    printer->end_list();
    out.flush();
  }
  return report_errors(errors, f.io().err);
}

}  // namespace kctl::cmd
