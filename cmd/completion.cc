#include "cmd/completion.h"

#include <algorithm>
#include <set>

#include "client/discovery.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

constexpr int kNoSpace = 2;
constexpr int kNoFileComp = 4;

// Verbs whose first argument is a resource type (or TYPE/NAME), then names.
const std::set<std::string> kResourceVerbs = {"get",   "describe", "delete", "edit",   "label",    "annotate",
                                              "patch", "scale",    "wait",   "expose", "autoscale"};
// Verbs (and subverbs) whose argument is a pod.
const std::set<std::string> kPodVerbs = {"exec", "attach", "logs", "port-forward", "debug"};

struct Parsed {
  const CLI::App* command = nullptr;
  std::vector<std::string> positionals;
  const CLI::Option* pending = nullptr;  // a flag whose value is the current word
};

const CLI::App* visible_subcommand_named(const CLI::App& app, const std::string& word) {
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (!sub->get_group().empty() && sub->check_name(word)) return sub;
  return nullptr;
}

// The option `arg` names on the command or, as global flags may follow the
// verb, on the root.
const CLI::Option* find_option(const CLI::App& root, const CLI::App& command, const std::string& arg) {
  const std::string name = arg.substr(0, arg.find('='));
  if (const CLI::Option* o = command.get_option_no_throw(name)) return o;
  return root.get_option_no_throw(name);
}

// The words before the current one: the command they name, its
// arguments, and the global flags they set (so that -n and --context
// apply to the candidates).
Parsed parse_words(const CLI::App& root, GlobalFlags& flags, const std::vector<std::string>& words) {
  Parsed p;
  p.command = &root;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.size() > 1 && w[0] == '-') {
      const CLI::Option* o = find_option(root, *p.command, w);
      if (o == nullptr || o->get_expected_max() == 0) continue;
      std::string value;
      if (auto eq = w.find('='); eq != std::string::npos) value = w.substr(eq + 1);
      else if (i + 1 < words.size()) value = words[++i];
      else p.pending = o;
      if (o->check_lname("namespace")) flags.overrides.ns = value;
      if (o->check_lname("context")) flags.overrides.context = value;
      if (o->check_lname("cluster")) flags.overrides.cluster = value;
      if (o->check_lname("user")) flags.overrides.user = value;
      if (o->check_lname("kubeconfig")) flags.kubeconfig = value;
      if (o->check_lname("server")) flags.overrides.server = value;
      continue;
    }
    if (p.positionals.empty())
      if (const CLI::App* sub = visible_subcommand_named(*p.command, w)) {
        p.command = sub;
        continue;
      }
    p.positionals.push_back(w);
  }
  return p;
}

std::vector<std::string> flag_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* o : app.get_options([](const CLI::Option* opt) { return opt->nonpositional(); })) {
    for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
    for (const std::string& s : o->get_snames()) names.push_back("-" + s);
  }
  return names;
}

std::vector<std::string> kubeconfig_names(Factory& f, kubeconfig::Section section) {
  std::vector<std::string> names;
  auto config = f.config();
  if (!config) return names;
  for (const kubeconfig::Entry& e : (*config)->section(section)) names.push_back(e.name);
  return names;
}

// The resource types users type: plurals of what can be listed, once each.
std::vector<std::string> resource_types(Factory& f) {
  std::vector<std::string> types;
  auto discovery = f.discovery();
  if (!discovery) return types;
  auto data = (*discovery)->data();
  if (!data) return types;
  std::set<std::string> seen;
  for (const client::ApiResource& r : (*data)->resources) {
    if (std::find(r.verbs.begin(), r.verbs.end(), "list") == r.verbs.end()) continue;
    // One name per resource: the first group in discovery order is the one
    // the bare plural means.
    if (seen.insert(r.name).second) types.push_back(r.name);
  }
  std::sort(types.begin(), types.end());
  return types;
}

// The names of the objects of `type` in the namespace the words select.
std::vector<std::string> object_names(Factory& f, const std::string& type) {
  std::vector<std::string> names;
  auto discovery = f.discovery();
  if (!discovery) return names;
  auto resource = client::resolve_resource(**discovery, type);
  if (!resource) return names;
  auto rest_config = f.rest_config();
  auto rest = f.rest_client();
  if (!rest_config || !rest) return names;
  auto req = (*rest)->request().group_version(resource->group, resource->version).resource(resource->name);
  if (resource->namespaced) req.ns((*rest_config)->ns);
  auto list = (*rest)->get_json(req);
  if (!list) return names;
  for (const json& item : list->value("items", json::array()))
    names.push_back(item.value("metadata", json::object()).value("name", ""));
  return names;
}

struct Candidates {
  std::vector<std::string> words;
  int directive = kNoFileComp;
};

Candidates flag_values(Factory& f, const CLI::Option& flag) {
  if (flag.check_lname("namespace")) return {object_names(f, "namespaces")};
  if (flag.check_lname("context")) return {kubeconfig_names(f, kubeconfig::Section::Contexts)};
  if (flag.check_lname("cluster")) return {kubeconfig_names(f, kubeconfig::Section::Clusters)};
  if (flag.check_lname("user")) return {kubeconfig_names(f, kubeconfig::Section::Users)};
  if (flag.check_lname("output"))
    return {{"json", "yaml", "name", "wide", "jsonpath=", "jsonpath-file=", "custom-columns=", "custom-columns-file="}};
  if (flag.check_lname("container")) return {};
  // Files (-f, --kubeconfig, ...) and free values: the shell's own.
  return {{}, 0};
}

Candidates arguments(Factory& f, const Parsed& p, const std::string& current) {
  const CLI::App& cmd = *p.command;
  const std::string name = cmd.get_name();
  const CLI::App* parent = cmd.get_parent();
  const std::string parent_name = parent != nullptr ? parent->get_name() : "";
  if (name == "completion" && p.positionals.empty()) return {{"bash", "fish", "zsh"}};
  if (parent_name == "config") {
    if (name == "use-context" || name == "delete-context" || name == "rename-context" || name == "set-context" ||
        name == "get-contexts")
      return {kubeconfig_names(f, kubeconfig::Section::Contexts)};
    if (name == "delete-cluster" || name == "set-cluster" || name == "get-clusters")
      return {kubeconfig_names(f, kubeconfig::Section::Clusters)};
    if (name == "delete-user" || name == "set-credentials") return {kubeconfig_names(f, kubeconfig::Section::Users)};
    return {};
  }
  if (kPodVerbs.count(name) && p.positionals.empty()) return {object_names(f, "pods")};
  const bool typed = kResourceVerbs.count(name) || name == "explain" || parent_name == "rollout" ||
                     (parent_name == "set" && name != "set");
  if (!typed) return {{}, 0};
  if (p.positionals.empty()) {
    // TYPE/NAME: the names of that type, in that form.
    if (auto slash = current.find('/'); slash != std::string::npos && name != "explain") {
      const std::string type = current.substr(0, slash);
      Candidates c;
      for (const std::string& n : object_names(f, type)) c.words.push_back(type + "/" + n);
      return c;
    }
    return {resource_types(f)};
  }
  const std::string& type = p.positionals.front();
  if (name == "explain" || type.find('/') != std::string::npos || type.find(',') != std::string::npos) return {};
  return {object_names(f, type)};
}

}  // namespace

int complete_words(const CLI::App& root, GlobalFlags& flags, Factory& factory, std::vector<std::string> words) {
  const std::string current = words.empty() ? std::string() : words.back();
  if (!words.empty()) words.pop_back();
  const Parsed p = parse_words(root, flags, words);
  Candidates c;
  if (p.pending != nullptr) {
    c = flag_values(factory, *p.pending);
  } else if (!current.empty() && current[0] == '-') {
    c.words = flag_names(*p.command);
    if (p.command != &root)
      for (std::string& g : flag_names(root)) c.words.push_back(std::move(g));
  } else if (p.positionals.empty() && !p.command->get_subcommands([](const CLI::App* s) {
               return !s->get_group().empty();
             }).empty()) {
    for (const CLI::App* sub : p.command->get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); }))
      c.words.push_back(sub->get_name());
    std::sort(c.words.begin(), c.words.end());
  } else {
    c = arguments(factory, p, current);
  }
  IOStreams& io = factory.io();
  for (const std::string& w : c.words)
    if (w.compare(0, current.size(), current) == 0) io.out << w << '\n';
  // "jsonpath=" and the like go on in the same word.
  const bool open_ended = std::any_of(c.words.begin(), c.words.end(), [&](const std::string& w) {
    return !w.empty() && w.back() == '=' && w.compare(0, current.size(), current) == 0;
  });
  io.out << ':' << (c.directive | (open_ended ? kNoSpace : 0)) << '\n';
  return 0;
}

void register_completion(CLI::App& root, VerbContext& ctx) {
  CLI::App* sub = root.add_subcommand("completion", "Output shell completion code for the specified shell (bash, zsh, or fish)");
  auto shell = std::make_shared<std::vector<std::string>>();
  sub->add_option("shell", *shell, "bash, zsh or fish");
  on_chosen(sub, ctx, [shell, &ctx]() -> Result<> {
    if (shell->empty()) return make_error(ErrorKind::Usage, "Shell not specified.");
    if (shell->size() > 1) return make_error(ErrorKind::Usage, "Too many arguments. Expected only the shell type.");
    const std::string script = completion_script(shell->front());
    if (script.empty()) return make_error(ErrorKind::Usage, "Unsupported shell type \"" + shell->front() + "\".");
    ctx.factory.io().out << script;
    return {};
  });
}

}  // namespace kctl::cmd
