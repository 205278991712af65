// kctl label and kctl annotate: KEY=VALUE and KEY- arguments after the
// resources, applied to each object's metadata and sent as the JSON merge
// patch between the object before and after (kubectl's label.go and
// annotate.go, which differ in their messages and checks only).
#include <map>

#include "client/patch/json_merge_patch.h"
#include "cmd/render_error.h"
#include "cmd/verb.h"
#include "cmd/write_ops.h"
#include "cmd/write_output.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

struct MetadataVerb {
  const char* name;          // "label"
  const char* field;         // "labels"
  const char* field_manager;
};

constexpr MetadataVerb kLabel{"label", "labels", "kubectl-label"};
constexpr MetadataVerb kAnnotate{"annotate", "annotations", "kubectl-annotate"};

struct MetadataOptions {
  std::vector<std::string> args;
  FilenameOptions files;
  WriteFlags write;
  std::string label_selector, field_selector, resource_version, field_manager;
  bool all = false, all_namespaces = false, overwrite = false, list = false, local = false;
};

struct Changes {
  std::map<std::string, std::string> set;
  std::vector<std::string> remove;
};

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// validation.IsValidLabelValue's messages, joined as kubectl joins them.
std::string label_value_problems(const std::string& v) {
  std::vector<std::string> problems;
  if (v.size() > 63) problems.push_back("must be no more than 63 characters");
  bool ok = v.empty() || (is_alnum(v.front()) && is_alnum(v.back()));
  for (char c : v) ok = ok && (is_alnum(c) || c == '-' || c == '_' || c == '.');
  if (!ok)
    problems.push_back(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must "
        "start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for "
        "validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
  std::string joined;
  for (const auto& p : problems) joined += (joined.empty() ? "" : ";") + p;
  return joined;
}

Result<Changes> parse_changes(const MetadataVerb& verb, const std::vector<std::string>& specs) {
  Changes c;
  const bool label = verb.name == kLabel.name;
  for (const auto& spec : specs) {
    if (const auto eq = spec.find('='); eq != std::string::npos) {
      std::string key = spec.substr(0, eq), value = spec.substr(eq + 1);
      if (label) {
        if (value.find('=') != std::string::npos) return make_error(ErrorKind::Internal, "invalid label spec: " + spec);
        if (auto problems = label_value_problems(value); !problems.empty())
          return make_error(ErrorKind::Internal, "invalid label value: \"" + spec + "\": " + problems);
      } else if (key.empty()) {
        return make_error(ErrorKind::Internal, "invalid annotation format: " + spec);
      }
      c.set[key] = value;
    } else {
      c.remove.push_back(spec.substr(0, spec.size() - 1));
    }
  }
  for (const auto& key : c.remove)
    if (c.set.count(key))
      return make_error(ErrorKind::Internal, std::string("can not both modify and remove ") +
                                                 (label ? "a label" : "an annotation") + " in the same command");
  return c;
}

// kubectl's GetResourcesAndPairs: resources first, then KEY=VALUE/KEY- pairs.
Result<> split_args(const MetadataVerb& verb, const std::vector<std::string>& args, std::vector<std::string>& resources,
                    std::vector<std::string>& pairs) {
  bool first_pair = false;
  for (const auto& s : args) {
    const bool is_pair = s.find('=') != std::string::npos || (!s.empty() && s.back() == '-');
    if (is_pair) {
      first_pair = true;
      pairs.push_back(s);
    } else if (first_pair) {
      return make_error(ErrorKind::Internal,
                        std::string("all resources must be specified before ") + verb.name + " changes: " + s);
    } else {
      resources.push_back(s);
    }
  }
  return {};
}

// The change applied to `obj`'s metadata field, kubectl's checks first.
Result<> apply_changes(const MetadataVerb& verb, json& obj, const Changes& c, bool overwrite,
                       const std::string& resource_version) {
  json& meta = obj["metadata"];
  if (!meta.is_object()) meta = json::object();
  json current = meta.value(verb.field, json::object());
  if (!current.is_object()) current = json::object();
  if (!overwrite) {
    std::vector<std::string> conflicts;
    for (const auto& [k, v] : c.set)
      if (auto it = current.find(k); it != current.end() && it->is_string() && it->get<std::string>() != v)
        conflicts.push_back("'" + k + "' already has a value (" + it->get<std::string>() + ")");
    if (!conflicts.empty()) {
      if (verb.name == kLabel.name) {
        std::string m;
        for (const auto& x : conflicts) m += (m.empty() ? "" : ", ") + x + ", and --overwrite is false";
        return make_error(ErrorKind::Internal, conflicts.size() == 1 ? m : "[" + m + "]");
      }
      std::string m = "--overwrite is false but found the following declared annotation(s): ";
      for (std::size_t i = 0; i < conflicts.size(); ++i) m += (i ? "; " : "") + conflicts[i];
      return make_error(ErrorKind::Internal, m);
    }
  }
  for (const auto& [k, v] : c.set) current[k] = v;
  for (const auto& k : c.remove) current.erase(k);
  meta[verb.field] = std::move(current);
  if (!resource_version.empty()) meta["resourceVersion"] = resource_version;
  return {};
}

Result<> run(Factory& f, const MetadataVerb& verb, MetadataOptions& o) {
  std::vector<std::string> resources, pairs;
  if (auto r = split_args(verb, o.args, resources, pairs); !r) return r;
  auto changes = parse_changes(verb, pairs);
  if (!changes) return changes.take_error();
  const bool label = verb.name == kLabel.name;
  if (changes->set.empty() && changes->remove.empty() && !(label && o.list))
    return make_error(ErrorKind::Internal, std::string("at least one ") + (label ? "label" : "annotation") +
                                               " update is required");
  if (resources.empty() && o.files.empty())
    return make_error(ErrorKind::Internal, "one or more resources must be specified as <resource> <name> or "
                                           "<resource>/<name>");
  auto dry_run = parse_dry_run(o.write.dry_run, f.logger());
  if (!dry_run) return dry_run.take_error();
  if (auto v = OperationPrinter::validate(o.write.output); !v) return v;
  if (o.local && o.files.empty())
    return make_error(ErrorKind::Internal, "one or more resources must be specified as <resource> <name> or "
                                           "<resource>/<name>");

  auto targets =
      resolve_targets(f, o.files, resources, {{}, o.all_namespaces, o.label_selector, o.field_selector, o.all, true});
  if (!targets) return targets.take_error();
  client::RestClient* rest = nullptr;
  if (!o.local) {
    auto r = f.rest_client();
    if (!r) return r.take_error();
    rest = *r;
  }
  std::ostream& out = f.io().out;
  const std::string field_manager = o.field_manager.empty() ? verb.field_manager : o.field_manager;
  std::vector<Error> errors;
  for (auto& t : targets->items) {
    json obj = t.object;
    // kubectl's builder reads named objects (and -f ones) from the server.
    if (!o.local && !t.live) {
      auto live = get_object(*rest, t.visit);
      if (!live) {
        errors.push_back(with_source(live.take_error(), "getting", t.source));
        continue;
      }
      obj = std::move(*live);
      if (!obj.contains("kind")) obj["kind"] = t.visit.resource.kind;
    }
    if (!o.resource_version.empty() && obj.contains("metadata") && obj["metadata"].is_object())
      obj["metadata"].erase("resourceVersion");  // so that the patch carries the one asked for
    const json before = obj;
    const bool local = o.local || o.list || *dry_run == DryRun::Client;
    if (label && !local) {
      const json existing = obj.value("metadata", json::object()).value("labels", json::object());
      for (const auto& key : changes->remove)
        if (!existing.is_object() || !existing.contains(key)) out << "label \"" << key << "\" not found.\n";
    }
    if (auto r = apply_changes(verb, obj, *changes, o.overwrite, o.resource_version); !r) {
      errors.push_back(r.take_error());
      continue;
    }
    // kubectl's updateDataChangeMsg compares the two encodings.
    const std::string old_text = before.dump(), new_text = obj.dump();
    const std::string message =
        old_text == new_text ? "not labeled"
                             : (!o.overwrite && new_text.size() < old_text.size() ? "unlabeled" : "labeled");
    json result = obj;
    if (!local) {
      WriteParams params{*dry_run == DryRun::Server, field_manager};
      auto patched = patch_object(*rest, t.visit, "application/merge-patch+json", patch::create_merge_patch(before, obj).dump(),
                                  params);
      if (!patched) {
        errors.push_back(patched.take_error());
        continue;
      }
      result = std::move(*patched);
    }
    if (label && o.list) {
      const json labels = result.value("metadata", json::object()).value("labels", json::object());
      for (const auto& [k, v] : labels.items()) out << k << '=' << (v.is_string() ? v.get<std::string>() : v.dump()) << '\n';
      continue;
    }
    OperationPrinter printer(o.write.output, *dry_run, o.write.show_managed_fields, out);
    printer.print(result, label ? message : "annotated");
  }
  for (auto& e : targets->refused) errors.push_back(std::move(e));
  return report_errors(errors, f.io().err);
}

void register_metadata_verb(CLI::App& root, VerbContext& ctx, const MetadataVerb& verb, const char* summary) {
  auto opts = std::make_shared<MetadataOptions>();
  MetadataOptions& o = *opts;
  const std::string what = verb.field;
  CLI::App* sub = root.add_subcommand(verb.name, summary);
  sub->add_option("args", o.args);
  sub->add_flag("--all", o.all, "Select all resources, in the namespace of the specified resource types");
  sub->add_flag("-A,--all-namespaces", o.all_namespaces,
                "If true, check the specified action in all namespaces.");
  o.write.add_to(*sub);
  sub->add_option("--field-manager", o.field_manager, "Name of the manager used to track field ownership.");
  sub->add_option("--field-selector", o.field_selector,
                  "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector "
                  "key1=value1,key2=value2). The server only supports a limited number of field queries per type.");
  add_filename_flags(*sub, o.files, "identifying the resource to update the " + what.substr(0, what.size() - 1));
  if (&verb == &kLabel) sub->add_flag("--list", o.list, "If true, display the labels for a given resource.");
  sub->add_flag("--local", o.local,
                "If true, " + std::string(verb.name) + " will NOT contact api-server but run locally.");
  sub->add_flag("--overwrite", o.overwrite,
                "If true, allow " + what + " to be overwritten, otherwise reject " + what.substr(0, what.size() - 1) +
                    " updates that overwrite existing " + what + ".");
  sub->add_option("--resource-version", o.resource_version,
                  "If non-empty, the " + what.substr(0, what.size() - 1) +
                      " update will only succeed if this is the current resource-version for the object. Only valid "
                      "when specifying a single resource.");
  sub->add_option("-l,--selector", o.label_selector,
                  "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). "
                  "Matching objects must satisfy all of the specified label constraints.");
  const MetadataVerb* v = &verb;
  on_chosen(sub, ctx, [opts, v, &ctx]() { return run(ctx.factory, *v, *opts); });
}

}  // namespace

void register_label(CLI::App& root, VerbContext& ctx) {
  register_metadata_verb(root, ctx, kLabel, "Update the labels on a resource");
}

void register_annotate(CLI::App& root, VerbContext& ctx) {
  register_metadata_verb(root, ctx, kAnnotate, "Update the annotations on a resource");
}

}  // namespace kctl::cmd
