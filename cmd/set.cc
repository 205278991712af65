// kctl set: the parent of image, env and resources, and what they share:
// finding pod specs (kubectl's UpdatePodSpecForObject), reading the
// objects, and CalculatePatches' loop of change, patch and print.
#include "client/patch/strategic_patch.h"
#include "cmd/apply_patch.h"
#include "cmd/render_error.h"
#include "cmd/set_commands.h"
#include "cmd/write_ops.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {

using nlohmann::json;

namespace {

std::string group_of(const ojson& obj) {
  const std::string api_version = obj.value("apiVersion", "");
  const auto slash = api_version.find('/');
  return slash == std::string::npos ? "" : api_version.substr(0, slash);
}

// Go's %T of the object kubectl decoded: "*v1.Service", or unstructured
// for kinds outside its scheme.
std::string go_type_name(const ojson& obj, const Visit& v) {
  if (!kubectl_scheme_has_group(v.resource.group)) return "*unstructured.Unstructured";
  return "*" + v.resource.version + "." + obj.value("kind", v.resource.kind);
}

ojson& child(ojson& obj, const char* key) {
  ojson& c = obj[key];
  if (!c.is_object()) c = ojson::object();
  return c;
}

bool single_error_printed(const Error& e) { return e.message.rfind("error: ", 0) == 0; }

}  // namespace

ojson* pod_spec_of(ojson& obj) {
  const std::string kind = obj.value("kind", ""), group = group_of(obj);
  const bool apps = group == "apps" || group == "extensions";
  if (kind == "Pod" && group.empty()) return &child(obj, "spec");
  if ((kind == "ReplicationController" && group.empty()) || (kind == "StatefulSet" && group == "apps") ||
      ((kind == "Deployment" || kind == "DaemonSet" || kind == "ReplicaSet") && apps) ||
      (kind == "Job" && group == "batch"))
    return &child(child(child(obj, "spec"), "template"), "spec");
  if (kind == "CronJob" && group == "batch")
    return &child(child(child(child(child(obj, "spec"), "jobTemplate"), "spec"), "template"), "spec");
  return nullptr;
}

bool container_selected(const std::string& name, const std::string& spec) {
  if (spec == "*") return true;
  if (spec.find('*') == std::string::npos) return name == spec;
  std::vector<std::string> parts;
  for (std::size_t start = 0;;) {
    const auto star = spec.find('*', start);
    parts.push_back(spec.substr(start, star == std::string::npos ? std::string::npos : star - start));
    if (star == std::string::npos) break;
    start = star + 1;
  }
  // kubectl compares the index within the rest of the name with the
  // position in the whole name; kept as it is.
  long pos = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string& part = parts[i];
    if (part.empty()) continue;
    const auto found = name.substr(static_cast<std::size_t>(pos)).find(part);
    const long next = found == std::string::npos ? -1 : static_cast<long>(found);
    if (next < pos || (i == 0 && pos != 0) ||
        (i == parts.size() - 1 && static_cast<long>(name.size()) != static_cast<long>(part.size()) + next))
      return false;
    pos = next;
  }
  return true;
}

void set_in_go_order(ojson& obj, const std::string& key, ojson value, const std::vector<std::string>& go_order) {
  if (obj.contains(key)) {
    obj[key] = std::move(value);
    return;
  }
  auto rank = [&](const std::string& k) {
    for (std::size_t i = 0; i < go_order.size(); ++i)
      if (go_order[i] == k) return i;
    return go_order.size();
  };
  const std::size_t key_rank = rank(key);
  ojson out = ojson::object();
  bool placed = false;
  for (auto& [k, v] : obj.items()) {
    if (!placed && rank(k) > key_rank) {
      out[key] = std::move(value);
      placed = true;
    }
    out[k] = std::move(v);
  }
  if (!placed) out[key] = std::move(value);
  obj = std::move(out);
}

const std::vector<std::string>& container_field_order() {
  static const std::vector<std::string> order = {
      "name", "image", "command", "args", "workingDir", "ports", "envFrom", "env", "resources", "resizePolicy",
      "restartPolicy", "volumeMounts", "volumeDevices", "livenessProbe", "readinessProbe", "startupProbe",
      "lifecycle", "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy", "securityContext",
      "stdin", "stdinOnce", "tty"};
  return order;
}

void SetFlags::add_to(CLI::App& sub, const std::string& all_help, const std::string& selector_help,
                      const std::string& local_help) {
  sub.add_flag("--all", all, all_help);
  write.add_to(sub);
  sub.add_option("--field-manager", field_manager, "Name of the manager used to track field ownership.");
  sub.add_flag("--local", local, local_help);
  sub.add_option("-l,--selector", selector, selector_help);
}

Result<> split_resources_and_pairs(const std::vector<std::string>& args, const std::string& pair_type,
                                   std::vector<std::string>& resources, std::vector<std::string>& pairs) {
  bool found_pair = false;
  for (const auto& s : args) {
    const bool is_pair = (s.find('=') != std::string::npos && s.front() != '=') ||
                         (s.size() > 1 && s.back() == '-');
    if (is_pair) {
      found_pair = true;
      pairs.push_back(s);
    } else if (found_pair) {
      return make_error(ErrorKind::Internal, "all resources must be specified before " + pair_type + " changes: " + s);
    } else {
      resources.push_back(s);
    }
  }
  return {};
}

Result<SetRun> load_set_objects(Factory& f, const SetFlags& flags, const std::vector<std::string>& resources) {
  SetRun run;
  auto dry_run = parse_dry_run(flags.write.dry_run, f.logger());
  if (!dry_run) return dry_run.take_error();
  run.dry_run = *dry_run;
  if (auto v = OperationPrinter::validate(flags.write.output); !v) return v.take_error();
  if (flags.local && !resources.empty())
    return make_error(ErrorKind::Internal,
                      "you must specify resources by --filename when --local is set.\nExample resource "
                      "specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'");
  // With both --all and -l kubectl's builder uses the selector; the
  // subcommands refuse the pair afterwards, in their own words.
  const bool all = flags.all && flags.selector.empty();
  auto targets = resolve_targets(f, flags.files, resources, {{}, false, flags.selector, {}, all, true});
  if (!targets) return targets.take_error();
  std::vector<Error> errors;
  client::RestClient* rest = nullptr;
  if (!flags.local) {
    auto r = f.rest_client();
    if (!r) return r.take_error();
    rest = *r;
  }
  for (auto& t : targets->items) {
    if (flags.local) {
      ojson obj(t.object);
      // kubectl's local objects keep the manifest's metadata as it was.
      if (t.namespace_filled_in) obj["metadata"].erase("namespace");
      run.objects.push_back({t.visit, std::move(obj)});
      continue;
    }
    // kubectl's builder reads every object, -f ones too (Latest).
    auto live = get_object_ordered(*rest, t.visit);
    if (!live) {
      errors.push_back(with_source(live.take_error(), "getting", t.source));
      continue;
    }
    run.objects.push_back({t.visit, std::move(*live)});
  }
  for (auto& e : targets->refused) errors.push_back(std::move(e));
  if (!errors.empty()) {
    auto r = report_errors(errors, f.io().err);
    return r.take_error();
  }
  return run;
}

Result<> report_set_errors(const std::vector<Error>& errors, std::ostream& err) {
  if (errors.empty()) return {};
  if (errors.size() == 1) {
    std::string m = errors.front().message;
    if (!single_error_printed(errors.front())) m = "error: " + m;
    err << m << (!m.empty() && m.back() == '\n' ? "" : "\n");
  } else {
    for (const auto& e : errors) err << e.message << '\n';
  }
  err.flush();
  return make_error(ErrorKind::Printed, "");
}

Result<> apply_set(Factory& f, const SetFlags& flags, const SetVerb& verb, SetRun run, const SetMutation& mutate) {
  struct Pending {
    SetObject* obj;
    ojson before;
    Result<bool> changed;
  };
  std::vector<Error> errors;
  std::vector<Pending> pending;
  for (auto& obj : run.objects) {
    ojson before = obj.object;
    ojson* spec = pod_spec_of(obj.object);
    Result<bool> changed =
        spec == nullptr
            ? Result<bool>(make_error(ErrorKind::Internal, "the object is not a pod or does not have a pod template: " +
                                                               go_type_name(obj.object, obj.visit)))
            : mutate(obj, *spec, errors);
    pending.push_back({&obj, std::move(before), std::move(changed)});
  }
  if (verb.list_only) return {};  // kubectl's --list reports nothing else

  const bool local = flags.local || run.dry_run == DryRun::Client;
  client::RestClient* rest = nullptr;
  OperationPrinter printer(flags.write.output, run.dry_run, flags.write.show_managed_fields, f.io().out);
  for (auto& p : pending) {
    const Visit& v = p.obj->visit;
    if (!p.changed) {
      errors.push_back(make_error(ErrorKind::Plain,
                                  "error: " + v.resource.name + "/" + v.name + " " + p.changed.error().message + "\n"));
      continue;
    }
    const json before(p.before), after(p.obj->object);
    if (!*p.changed || before == after) continue;  // no change: kubectl says nothing
    if (local) {
      printer.print(p.obj->object, verb.operation);
      continue;
    }
    auto doc = f.openapi_v2();
    if (!doc) return doc.take_error();
    const auto schema = patch::PatchSchema::for_resource(
        **doc, explain::GroupVersionKind{v.resource.group, v.resource.version, v.resource.kind});
    auto patch = patch::create_two_way_merge_patch(before, after, schema);
    if (!patch) {
      errors.push_back(make_error(ErrorKind::Plain, "error: " + v.resource.name + "/" + v.name + " " +
                                                        patch.error().message + "\n"));
      continue;
    }
    if (patch->empty()) continue;
    if (rest == nullptr) {
      auto r = f.rest_client();
      if (!r) return r.take_error();
      rest = *r;
    }
    auto patched = patch_object_ordered(*rest, v, "application/strategic-merge-patch+json", patch->dump(),
                                        {run.dry_run == DryRun::Server, flags.field_manager});
    if (!patched) {
      errors.push_back(make_error(ErrorKind::Plain, verb.patch_failure + patched.error().message));
      continue;
    }
    printer.print(*patched, verb.operation);
  }
  return report_set_errors(errors, f.io().err);
}

void register_set(CLI::App& root, VerbContext& ctx) {
  CLI::App* set = root.add_subcommand("set", "Set specific features on objects");
  set->require_subcommand(1);
  register_set_env(*set, ctx);
  register_set_image(*set, ctx);
  register_set_resources(*set, ctx);
}

}  // namespace kctl::cmd
