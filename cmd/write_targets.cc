#include "cmd/write_targets.h"

#include "cmd/live_targets.h"
#include "cmd/resource_fetch.h"

namespace kctl::cmd {

using nlohmann::json;

Result<Targets> targets_from_manifests(Factory& f, const FilenameOptions& files, const std::string& ns,
                                       bool enforce_ns, const client::DocumentCheck& check) {
  auto manifests = read_manifests(files, f.io().in, check);
  if (!manifests) {
    // get lists a manifest's parse error with others; a write verb stops
    // at it, kubectl's "error: " first.
    Error e = manifests.take_error();
    if (e.kind == ErrorKind::Plain) e.kind = ErrorKind::Internal;
    return e;
  }
  return targets_from_objects(f, std::move(*manifests), ns, enforce_ns);
}

Result<Targets> targets_from_objects(Factory& f, Manifests manifests, const std::string& ns, bool enforce_ns) {
  auto discovery = f.discovery();
  if (!discovery) return discovery.take_error();
  const KindResolver resolve = discovery_kind_resolver(**discovery);
  VisitScope scope;
  scope.ns = ns;
  Targets targets;
  targets.single_item_implied = manifests.single_source && manifests.objects.size() == 1;
  auto refusal = manifests.refused.begin();
  // A refused source's error comes after its objects' mapping errors.
  auto refusals_until = [&](std::size_t position) {
    for (; refusal != manifests.refused.end() && refusal->after <= position; ++refusal)
      targets.refused.push_back(std::move(refusal->error));
  };
  for (std::size_t i = 0; i < manifests.objects.size(); ++i) {
    refusals_until(i);
    auto& m = manifests.objects[i];
    auto visit = manifest_visit(m, scope, resolve);
    if (!visit) {
      targets.refused.push_back(visit.take_error());
      continue;
    }
    bool filled_in = false;
    if (visit->resource.namespaced) {
      json& meta = m.object["metadata"];
      if (!meta.is_object()) meta = json::object();
      const std::string object_ns = meta.value("namespace", "");
      if (enforce_ns && !object_ns.empty() && object_ns != ns) {
        targets.refused.push_back(make_error(
            ErrorKind::Plain, "the namespace from the provided object \"" + object_ns +
                                  "\" does not match the namespace \"" + ns + "\". You must pass '--namespace=" +
                                  object_ns + "' to perform this operation."));
        continue;
      }
      filled_in = object_ns.empty();
      meta["namespace"] = visit->ns;
    }
    targets.items.push_back({std::move(*visit), std::move(m.object), false, std::move(m.source), filled_in});
  }
  refusals_until(manifests.objects.size());
  return targets;
}

std::vector<Error> with_refused(std::vector<Error> errors, std::vector<Error> refused) {
  if (errors.empty() || refused.size() < 2) {
    for (auto& e : refused) errors.push_back(std::move(e));
    return errors;
  }
  // Several refusals after the verb's own errors are one aggregate, which
  // Go prints as "[a, b]" (duplicates dropped).
  errors.push_back(make_error(ErrorKind::Plain, aggregate_message(refused)));
  return errors;
}

Result<Targets> targets_from_args(Factory& f, const std::vector<std::string>& args, const ArgsScope& scope,
                                  const std::string& program) {
  if (args.empty())
    return make_error(ErrorKind::Internal,
                      "You must provide one or more resources by argument or filename.\nExample resource "
                      "specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> "
                      "<name>'\n   '<resource>'");
  if (scope.all && (!scope.label_selector.empty() || !scope.field_selector.empty()))
    return make_error(ErrorKind::Internal, "setting 'all' parameter but found a non empty selector. ");
  auto parsed = parse_resource_args(args, program);
  if (!parsed) return parsed.take_error();
  auto discovery = f.discovery();
  if (!discovery) return discovery.take_error();
  client::Discovery& d = **discovery;
  VisitScope visit_scope{scope.ns, scope.all_namespaces, scope.label_selector, scope.field_selector, scope.all};
  const bool types_only = parsed->names.empty() && parsed->tuples.empty() && scope.label_selector.empty() &&
                          scope.field_selector.empty() && !scope.all;
  auto plan = plan_visits(
      *parsed, visit_scope,
      [&d, &f](std::string_view arg) {
        std::vector<std::string> warnings;
        auto r = client::resolve_resource(d, arg, &warnings);
        for (const auto& w : warnings) f.io().err << "Warning: " << w << '\n';
        return r;
      },
      [&d](std::string_view arg) {
        std::vector<std::string> names;
        if (auto data = d.data())
          for (const auto& r : client::expand_category(**data, arg))
            names.push_back(r.group.empty() ? r.name : r.name + "." + r.group);
        return names;
      });
  if (!plan) return plan.take_error();
  if (types_only && scope.require_names)
    return make_error(ErrorKind::Internal, "resource(s) were provided, but no name was specified");
  Targets targets;
  targets.single_item_implied = plan->single_item_implied;
  auto rest = f.rest_client();
  FetchOptions fetch;
  fetch.label_selector = scope.label_selector;
  fetch.field_selector = scope.field_selector;
  for (auto& visit : plan->visits) {
    if (!visit.name.empty()) {
      targets.items.push_back({std::move(visit), nullptr, false, {}});
      continue;
    }
    if (!rest) return rest.take_error();
    auto r = fetch_visit(**rest, visit, fetch, [&](json&& page) -> Result<> {
      auto items = page.find("items");
      if (items == page.end() || !items->is_array()) return {};
      for (auto& item : *items) {
        const json meta = item.value("metadata", json::object());
        Visit one = visit;
        one.name = meta.value("name", "");
        if (visit.resource.namespaced) one.ns = meta.value("namespace", visit.ns);
        // Lists leave out their items' kind and apiVersion.
        item["kind"] = visit.resource.kind;
        item["apiVersion"] = visit.resource.group.empty() ? visit.resource.version
                                                          : visit.resource.group + "/" + visit.resource.version;
        targets.items.push_back({std::move(one), std::move(item), true, {}});
      }
      return {};
    });
    if (!r) return r.take_error();
  }
  return targets;
}

Result<Targets> resolve_targets(Factory& f, const FilenameOptions& files, const std::vector<std::string>& args,
                                ArgsScope scope) {
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  scope.ns = (*rc)->ns;
  if (!files.empty() && !args.empty())
    return make_error(ErrorKind::Internal,
                      "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well");
  if (!files.empty()) return targets_from_manifests(f, files, scope.ns, !f.flags().overrides.ns.empty());
  return targets_from_args(f, args, scope, "kctl");
}

}  // namespace kctl::cmd
