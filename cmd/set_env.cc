// kctl set env: KEY=VALUE and KEY- changes (arguments after the
// resources, and -e), variables imported with --from from a config map or
// secret, set on the selected containers of each pod spec; --list prints
// each container's environment instead.
#include <algorithm>
#include <set>

#include "client/go_quote.h"
#include "cmd/set_commands.h"
#include "cmd/write_ops.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {

std::vector<std::string> env_name_problems(const std::string& name) {
  std::vector<std::string> problems;
  auto first_ok = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_'; };
  bool ok = !name.empty() && first_ok(name.front());
  for (char c : name) ok = ok && (first_ok(c) || std::isdigit(static_cast<unsigned char>(c)));
  if (!ok)
    problems.push_back(
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and "
        "must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for "
        "validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')");
  if (name == ".") problems.push_back("must not be '.'");
  else if (name == "..") problems.push_back("must not be '..'");
  else if (name.rfind("..", 0) == 0) problems.push_back("must not start with '..'");
  return problems;
}

std::string key_to_env_name(const std::string& key) {
  std::string out;
  for (char c : key) {
    const auto u = static_cast<unsigned char>(c);
    out += std::isalnum(u) || c == '_' ? static_cast<char>(std::toupper(u)) : '_';
  }
  return out;
}

ojson update_env(const ojson& existing, const ojson& env, const std::vector<std::string>& remove) {
  std::set<std::string> covered(remove.begin(), remove.end());
  auto find = [&env](const std::string& name) -> const ojson* {
    for (const auto& e : env)
      if (e.value("name", "") == name) return &e;
    return nullptr;
  };
  ojson out = ojson::array();
  if (existing.is_array())
    for (const auto& e : existing) {
      const std::string name = e.value("name", "");
      if (covered.count(name)) continue;
      if (const ojson* newer = find(name)) {
        covered.insert(name);
        out.push_back(*newer);
      } else {
        out.push_back(e);
      }
    }
  for (const auto& e : env) {
    const std::string name = e.value("name", "");
    if (!covered.insert(name).second) continue;
    out.push_back(e);
  }
  return out;
}

std::string env_ref_string(const ojson& from) {
  auto ref = [&from](const char* key) { return from.contains(key) && from[key].is_object() ? &from[key] : nullptr; };
  if (const ojson* r = ref("configMapKeyRef"))
    return "configmap " + r->value("name", "") + ", key " + r->value("key", "");
  if (const ojson* r = ref("secretKeyRef")) return "secret " + r->value("name", "") + ", key " + r->value("key", "");
  if (const ojson* r = ref("fieldRef")) return "field path " + r->value("fieldPath", "");
  if (const ojson* r = ref("resourceFieldRef")) {
    const std::string container = r->value("containerName", "");
    return "resource field " + (container.empty() ? "" : container + "/") + r->value("resource", "");
  }
  return "invalid source";
}

namespace {

struct EnvOptions {
  std::vector<std::string> args, env_params, keys;
  SetFlags flags;
  std::string containers = "*", from, prefix;
  bool list = false, resolve = false, overwrite = true;
};

struct EnvChanges {
  ojson env = ojson::array();
  std::vector<std::string> remove;
};

ojson env_var(const std::string& name, const std::string& value) {
  ojson e = {{"name", name}};
  if (!value.empty()) e["value"] = value;  // Go's omitempty
  return e;
}

// kubectl's SplitEnvironmentFromResources.
Result<> split_env_args(const std::vector<std::string>& args, std::vector<std::string>& resources,
                        std::vector<std::string>& env_args) {
  bool first = true;
  for (const auto& s : args) {
    // kubectl's ^(.+)=(.*)$, or a removal.
    const bool is_env = s.find('=', 1) != std::string::npos || (!s.empty() && s.back() == '-');
    if (is_env) {
      first = false;
      env_args.push_back(s);
    } else if (first) {
      resources.push_back(s);
    } else {
      std::string all;
      for (const auto& a : args) all += (all.empty() ? "" : " ") + a;
      return make_error(ErrorKind::Internal, "all resources must be specified before environment changes: " + all);
    }
  }
  return {};
}

// kubectl's ParseEnv (without reading "-" from stdin).
Result<EnvChanges> parse_env(const std::vector<std::string>& specs) {
  EnvChanges c;
  std::set<std::string> set;
  for (const auto& spec : specs) {
    if (const auto eq = spec.find('='); eq != std::string::npos) {
      const std::string name = spec.substr(0, eq);
      if (auto problems = env_name_problems(name); !problems.empty()) {
        std::string joined;
        for (const auto& p : problems) joined += (joined.empty() ? "" : ";") + p;
        return make_error(ErrorKind::Internal, client::go_quote(name) + " is not a valid key name: " + joined);
      }
      set.insert(name);
      c.env.push_back(env_var(name, spec.substr(eq + 1)));
    } else if (!spec.empty() && spec.back() == '-' && spec != "-") {
      c.remove.push_back(spec.substr(0, spec.size() - 1));
    } else {
      return make_error(ErrorKind::Internal, "unknown environment variable: " + spec);
    }
  }
  for (const auto& r : c.remove)
    if (set.count(r))
      return make_error(ErrorKind::Internal,
                        "can not both modify and remove the same environment variable in the same command");
  return c;
}

// The variables --from imports: one per key of the config map's or
// secret's data (in key order; kubectl's order is Go's map order).
Result<> import_from(Factory& f, const EnvOptions& o, ojson& env) {
  auto targets = resolve_targets(f, {}, {o.from}, {{}, false, o.flags.selector, {}, o.flags.all, true});
  if (!targets) return targets.take_error();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  for (const auto& t : targets->items) {
    auto obj = get_object(**rest, t.visit);
    if (!obj) return obj.take_error();
    const std::string kind = t.visit.resource.kind;
    const bool secret = kind == "Secret" && t.visit.resource.group.empty();
    if (!secret && !(kind == "ConfigMap" && t.visit.resource.group.empty()))
      return make_error(ErrorKind::Internal, "unsupported resource specified in --from");
    const nlohmann::json data = obj->value("data", nlohmann::json::object());
    if (!data.is_object()) continue;
    for (const auto& [key, value] : data.items()) {
      if (!o.keys.empty() && std::find(o.keys.begin(), o.keys.end(), key) == o.keys.end()) continue;
      const std::string name = key_to_env_name(key);
      if (name != key) f.io().err << "Warning: key " << key << " transferred to " << name << '\n';
      ojson ref = {{"name", t.visit.name}, {"key", key}};
      env.push_back({{"name", name}, {"valueFrom", {{secret ? "secretKeyRef" : "configMapKeyRef", ref}}}});
    }
  }
  return {};
}

std::string base64_decode(const std::string& in) {
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : in) {
    int v;
    if (c >= 'A' && c <= 'Z') v = c - 'A';
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
    else if (c >= '0' && c <= '9') v = c - '0' + 52;
    else if (c == '+') v = 62;
    else if (c == '/') v = 63;
    else continue;
    buffer = (buffer << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xff);
    }
  }
  return out;
}

// --resolve: the value a config map or secret reference points to.
Result<std::string> resolve_ref(client::RestClient& rest, const Visit& owner, const ojson& from) {
  for (const char* key : {"configMapKeyRef", "secretKeyRef"}) {
    if (!from.contains(key) || !from[key].is_object()) continue;
    const bool secret = std::string(key) == "secretKeyRef";
    Visit v = owner;
    v.resource = client::ApiResource{};
    v.resource.version = "v1";
    v.resource.name = secret ? "secrets" : "configmaps";
    v.resource.kind = secret ? "Secret" : "ConfigMap";
    v.resource.namespaced = true;
    v.name = from[key].value("name", "");
    auto obj = get_object(rest, v);
    if (!obj) return obj.take_error();
    const std::string k = from[key].value("key", "");
    const nlohmann::json data = obj->value("data", nlohmann::json::object());
    if (!data.is_object() || !data.contains(k))
      return make_error(ErrorKind::Internal, "key " + k + " not found in " + (secret ? "secret " : "config map ") + v.name);
    return secret ? base64_decode(data[k].get<std::string>()) : data[k].get<std::string>();
  }
  return make_error(ErrorKind::Internal, "invalid valueFrom");
}

void list_env(Factory& f, const EnvOptions& o, const SetObject& obj, const ojson& container) {
  std::ostream& out = f.io().out;
  out << "# " << obj.object.value("kind", obj.visit.resource.kind) << ' ' << obj.visit.name << ", container "
      << container.value("name", "") << '\n';
  std::map<std::string, std::vector<std::string>> failures;
  const ojson env = container.value("env", ojson::array());
  for (const auto& e : env) {
    const std::string name = e.value("name", "");
    if (!e.contains("valueFrom")) {
      out << name << '=' << e.value("value", "") << '\n';
      continue;
    }
    if (o.resolve) {
      Result<std::string> value = make_error(ErrorKind::Internal, "");
      if (auto rest = f.rest_client()) value = resolve_ref(**rest, obj.visit, e["valueFrom"]);
      if (value) {
        out << name << '=' << *value << '\n';
        continue;
      }
      failures[value.error().message].push_back(name);
    }
    out << "# " << name << " from " << env_ref_string(e["valueFrom"]) << '\n';
  }
  std::vector<std::string> lines;
  for (auto& [message, names] : failures) {
    std::sort(names.begin(), names.end());
    std::string joined;
    for (const auto& n : names) joined += (joined.empty() ? "" : ", ") + n;
    lines.push_back("error retrieving reference for " + joined + ": " + message);
  }
  std::sort(lines.begin(), lines.end());
  for (const auto& l : lines) f.io().err << l << '\n';
}

Result<bool> change_env(Factory& f, const EnvOptions& o, const EnvChanges& changes, SetObject& obj, ojson& spec) {
  // kubectl 1.32 changes the init containers too, after the others.
  std::vector<ojson*> selected;
  for (const char* list : {"containers", "initContainers"})
    if (auto cs = spec.find(list); cs != spec.end() && cs->is_array())
      for (auto& c : *cs)
        if (container_selected(c.value("name", ""), o.containers)) selected.push_back(&c);
  if (selected.empty()) {
    f.io().err << "Warning: " << obj.object.value("kind", obj.visit.resource.kind) << '/' << obj.visit.name
               << " does not have any containers matching " << client::go_quote(o.containers) << '\n';
    return true;
  }
  for (ojson* c : selected) {
    const ojson existing = c->value("env", ojson::array());
    if (!o.overwrite)
      for (const auto& e : changes.env)
        for (const auto& cur : existing)
          if (cur.value("name", "") == e.value("name", "") && cur.value("value", "") != e.value("value", ""))
            return make_error(ErrorKind::Internal, "'" + cur.value("name", "") + "' already has a value (" +
                                                       cur.value("value", "") + "), and --overwrite is false");
    ojson updated = update_env(existing, changes.env, changes.remove);
    if (updated.empty()) c->erase("env");  // Go's omitempty
    else set_in_go_order(*c, "env", std::move(updated), container_field_order());
    if (o.list) list_env(f, o, obj, *c);
  }
  return true;
}

Result<> run_env(Factory& f, EnvOptions& o) {
  if (o.flags.all && !o.flags.selector.empty())
    return make_error(ErrorKind::Internal, "cannot set --all and --selector at the same time");
  std::vector<std::string> resources, env_args;
  if (auto r = split_env_args(o.args, resources, env_args); !r) return r;
  auto dry_run = parse_dry_run(o.flags.write.dry_run, f.logger());
  if (!dry_run) return dry_run.take_error();
  if (auto v = OperationPrinter::validate(o.flags.write.output); !v) return v;
  // kubectl's Validate.
  if (o.flags.local && *dry_run == DryRun::Server)
    return make_error(ErrorKind::Internal, "cannot specify --local and --dry-run=server - did you mean --dry-run=client?");
  if (o.flags.files.empty() && resources.empty())
    return make_error(ErrorKind::Internal,
                      "one or more resources must be specified as <resource> <name> or <resource>/<name>");
  if (o.list && !o.flags.write.output.empty())
    return make_error(ErrorKind::Internal, "--list and --output may not be specified together");
  if (!o.keys.empty() && o.from.empty())
    return make_error(ErrorKind::Internal, "when specifying --keys, a configmap or secret must be provided with --from");

  std::vector<std::string> specs = o.env_params;
  specs.insert(specs.end(), env_args.begin(), env_args.end());
  auto changes = parse_env(specs);
  if (!changes) return changes.take_error();
  if (!o.from.empty())
    if (auto r = import_from(f, o, changes->env); !r) return r;
  if (!o.prefix.empty())
    for (auto& e : changes->env) e["name"] = o.prefix + e.value("name", "");

  auto run = load_set_objects(f, o.flags, resources);
  if (!run) return run.take_error();
  const EnvChanges& c = *changes;
  return apply_set(f, o.flags, {"env updated", "failed to patch env update to pod template: ", o.list},
                   std::move(*run), [&](SetObject& obj, ojson& spec, std::vector<Error>&) {
                     return change_env(f, o, c, obj, spec);
                   });
}

}  // namespace

void register_set_env(CLI::App& set, VerbContext& ctx) {
  auto opts = std::make_shared<EnvOptions>();
  EnvOptions& o = *opts;
  CLI::App* sub = set.add_subcommand("env", "Update environment variables on a pod template");
  sub->add_option("args", o.args);
  o.flags.add_to(*sub, "If true, select all resources in the namespace of the specified resource types",
                 "Selector (label query) to filter on", "If true, set env will NOT contact api-server but run locally.");
  add_filename_flags(*sub, o.flags.files, "the resource to update the env");
  sub->add_option("-c,--containers", o.containers,
                  "The names of containers in the selected pod templates to change - may use wildcards");
  sub->add_option("-e,--env", o.env_params,
                  "Specify a key-value pair for an environment variable to set into each container.")
      ->allow_extra_args(false);
  sub->add_option("--from", o.from, "The name of a resource from which to inject environment variables");
  sub->add_option("--keys", o.keys, "Comma-separated list of keys to import from specified resource")
      ->allow_extra_args(false)
      ->delimiter(',');
  sub->add_flag("--list", o.list,
                "If true, display the environment and any changes in the standard format. this flag will removed "
                "when we have kubectl view env.");
  sub->add_flag("--overwrite", o.overwrite,
                "If true, allow environment to be overwritten, otherwise reject updates that overwrite existing "
                "environment.");
  sub->add_option("--prefix", o.prefix, "Prefix to append to variable names");
  sub->add_flag("--resolve", o.resolve, "If true, show secret or configmap references when listing variables");
  on_chosen(sub, ctx, [opts, &ctx]() { return run_env(ctx.factory, *opts); });
}

}  // namespace kctl::cmd
