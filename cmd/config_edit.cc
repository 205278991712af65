// The config verbs that change kubeconfig files: use-context, set-context,
// set-cluster, set-credentials, set, unset, delete-context, delete-cluster,
// delete-user, rename-context. Edits go to the file that defines the entry
// (new entries to the default file) and keep fields kctl does not know.
#include <climits>
#include <cstdlib>
#include <set>
#include <sstream>

#include <yaml-cpp/binary.h>

#include "cmd/config_verbs.h"
#include "kubeconfig/file_data.h"
#include "kubeconfig/write.h"

namespace kctl::cmd {
namespace {

using kubeconfig::Config;
using kubeconfig::File;
using kubeconfig::Section;

// A scalar that always reads back as a string (quoted in the file when it
// would otherwise look like a number or a bool).
YAML::Node string_node(const std::string& value) {
  YAML::Node n(value);
  n.SetTag("!");
  return n;
}

YAML::Node bool_node(bool value) { return YAML::Node(value ? "true" : "false"); }

Result<bool> parse_bool(const std::string& flag, const std::string& text) {
  if (text == "true" || text == "1" || text == "t" || text == "T" || text == "TRUE" || text == "True") return true;
  if (text == "false" || text == "0" || text == "f" || text == "F" || text == "FALSE" || text == "False") return false;
  return make_error(ErrorKind::Usage, "invalid argument \"" + text + "\" for \"" + flag +
                                          "\" flag: strconv.ParseBool: parsing \"" + text + "\": invalid syntax");
}

std::string absolute(const std::string& path) {
  if (path.empty() || path.front() == '/') return path;
  char cwd[PATH_MAX];
  if (::getcwd(cwd, sizeof cwd) == nullptr) return path;
  return std::string(cwd) + "/" + path;
}

// The file name kubectl shows in delete/rename messages.
std::string default_file_name(Factory& f, const Config& c) {
  if (!f.flags().kubeconfig.empty()) return f.flags().kubeconfig;
  for (const File& file : c.files)
    if (file.exists) return file.path;
  return c.files.empty() ? "" : c.files.back().path;
}

// A flag the user gave, by name, with its value (CLI11 leaves absent flags unset).
struct Given {
  CLI::App* app;
  bool operator()(const char* name) const { return app->count(name) > 0; }
};

struct Editor {
  Factory& f;
  Config* config = nullptr;
  kubeconfig::LoadingRules rules;
  std::set<std::size_t> dirty;

  static Result<Editor> open(Factory& f) {
    auto c = f.config(/*for_edit=*/true);
    if (!c) return c.take_error();
    return Editor{f, *c, f.loading_rules(), {}};
  }

  YAML::Node entry(Section s, const std::string& name) {
    std::size_t i = kubeconfig::file_for_entry(*config, rules, s, name);
    dirty.insert(i);
    return kubeconfig::edit_entry(config->files[i], s, name);
  }

  void set_current_context(const std::string& name) {
    std::size_t i = kubeconfig::file_for_current_context(*config, rules);
    config->files[i].root["current-context"] = string_node(name);
    dirty.insert(i);
  }

  Result<> save() {
    for (std::size_t i : dirty)
      if (auto r = kubeconfig::save(*config, i); !r) return r;
    return {};
  }
};

struct SetContextOptions {
  std::string name, cluster, user, ns;
  bool current = false;
  CLI::App* app = nullptr;

  Result<> run(Factory& f) const {
    auto ed = Editor::open(f);
    if (!ed) return ed.take_error();
    std::string target = name;
    if (current) {
      if (!name.empty()) return make_error(ErrorKind::Internal, "you cannot specify both a context name and --current");
      target = ed->config->current_context;
      if (target.empty()) return make_error(ErrorKind::Internal, "no current context is set");
    }
    if (target.empty()) return make_error(ErrorKind::Internal, "you must specify a non-empty context name or --current");
    bool exists = ed->config->find(Section::Contexts, target) != nullptr;
    YAML::Node body = ed->entry(Section::Contexts, target);
    Given given{app};
    if (given("--cluster")) body["cluster"] = string_node(cluster);
    if (given("--user")) body["user"] = string_node(user);
    if (given("--namespace")) body["namespace"] = string_node(ns);
    if (auto r = ed->save(); !r) return r;
    f.io().out << "Context \"" << target << "\" " << (exists ? "modified" : "created") << ".\n";
    return {};
  }
};

struct SetClusterOptions {
  std::string name, server, ca, tls_server_name, proxy_url, insecure, embed, disable_compression;
  CLI::App* app = nullptr;

  Result<> run(Factory& f) const {
    auto ed = Editor::open(f);
    if (!ed) return ed.take_error();
    Given given{app};
    YAML::Node body = ed->entry(Section::Clusters, name);
    if (given("--server")) body["server"] = string_node(server);
    if (given("--tls-server-name")) body["tls-server-name"] = string_node(tls_server_name);
    if (given("--proxy-url")) body["proxy-url"] = string_node(proxy_url);
    if (given("--disable-compression")) {
      auto b = parse_bool("--disable-compression", disable_compression);
      if (!b) return b.take_error();
      body["disable-compression"] = bool_node(*b);
    }
    bool embed_certs = false;
    if (given("--embed-certs")) {
      auto b = parse_bool("--embed-certs", embed);
      if (!b) return b.take_error();
      embed_certs = *b;
    }
    // kubectl 1.32 sets insecure-skip-tls-verify on every set-cluster (false
    // when the flag is absent, which drops it from the file); kctl does the same.
    bool skip_verify = false;
    if (given("--insecure-skip-tls-verify")) {
      auto b = parse_bool("--insecure-skip-tls-verify", insecure);
      if (!b) return b.take_error();
      skip_verify = *b;
    }
    if (skip_verify) {
      body["insecure-skip-tls-verify"] = bool_node(true);
      body.remove("certificate-authority");  // insecure mode clears any CA, as kubectl
      body.remove("certificate-authority-data");
    } else {
      body.remove("insecure-skip-tls-verify");
    }
    if (given("--certificate-authority")) {
      body.remove("insecure-skip-tls-verify");
      if (embed_certs) {
        auto data = kubeconfig::read_file_base64(ca);
        if (!data) return data.take_error();
        body["certificate-authority-data"] = string_node(*data);
        body.remove("certificate-authority");
      } else {
        body["certificate-authority"] = string_node(absolute(ca));
        body.remove("certificate-authority-data");
      }
    }
    if (auto r = ed->save(); !r) return r;
    f.io().out << "Cluster \"" << name << "\" set.\n";
    return {};
  }
};

struct SetCredentialsOptions {
  std::string name, token, username, password, cert, key, embed;
  std::string exec_command, exec_api_version, exec_interactive_mode, exec_provide_cluster_info;
  std::vector<std::string> exec_args, exec_env;
  CLI::App* app = nullptr;

  Result<> run(Factory& f) const {
    auto ed = Editor::open(f);
    if (!ed) return ed.take_error();
    Given given{app};
    bool embed_certs = false;
    if (given("--embed-certs")) {
      auto b = parse_bool("--embed-certs", embed);
      if (!b) return b.take_error();
      embed_certs = *b;
    }
    YAML::Node body = ed->entry(Section::Users, name);
    auto set_file = [&](const char* flag, const std::string& path, const char* key, const char* data_key) -> Result<> {
      if (!given(flag)) return {};
      if (embed_certs) {
        auto data = kubeconfig::read_file_base64(path);
        if (!data) return data.take_error();
        body[data_key] = string_node(*data);
        body.remove(key);
      } else {
        body[key] = string_node(absolute(path));
        body.remove(data_key);
      }
      return {};
    };
    if (auto r = set_file("--client-certificate", cert, "client-certificate", "client-certificate-data"); !r) return r;
    if (auto r = set_file("--client-key", key, "client-key", "client-key-data"); !r) return r;
    bool set_token = given("--token") && !token.empty();
    bool set_basic = (given("--username") && !username.empty()) || (given("--password") && !password.empty());
    if (given("--token")) body["token"] = string_node(token);
    if (given("--username")) body["username"] = string_node(username);
    if (given("--password")) body["password"] = string_node(password);
    // Setting one kind of credential clears the others, as kubectl does.
    if (set_token || set_basic) {
      if (!set_token) body.remove("token");
      if (!set_basic) {
        body.remove("username");
        body.remove("password");
      }
    }
    if (auto r = set_exec(body, given); !r) return r;
    if (auto r = ed->save(); !r) return r;
    f.io().out << "User \"" << name << "\" set.\n";
    return {};
  }

  Result<> set_exec(YAML::Node& body, const Given& given) const {
    bool any = given("--exec-command") || given("--exec-api-version") || given("--exec-arg") ||
               given("--exec-env") || given("--exec-interactive-mode") || given("--exec-provide-cluster-info");
    if (!any) return {};
    if (!body["exec"] || !body["exec"].IsMap()) body["exec"] = YAML::Node(YAML::NodeType::Map);
    YAML::Node exec = body["exec"];
    if (given("--exec-command")) exec["command"] = string_node(exec_command);
    if (given("--exec-api-version")) exec["apiVersion"] = string_node(exec_api_version);
    if (given("--exec-interactive-mode")) {
      if (exec_interactive_mode != "Never" && exec_interactive_mode != "IfAvailable" && exec_interactive_mode != "Always")
        return make_error(ErrorKind::Usage, "invalid interactive mode: " + exec_interactive_mode +
                                                " (valid values: Never, IfAvailable, Always)");
      exec["interactiveMode"] = string_node(exec_interactive_mode);
    }
    if (given("--exec-provide-cluster-info")) {
      auto b = parse_bool("--exec-provide-cluster-info", exec_provide_cluster_info);
      if (!b) return b.take_error();
      exec["provideClusterInfo"] = bool_node(*b);
    }
    if (given("--exec-arg")) {
      YAML::Node args(YAML::NodeType::Sequence);
      for (const std::string& a : exec_args) args.push_back(string_node(a));
      exec["args"] = args;
    }
    if (given("--exec-env")) {
      // Rebuilt as plain data, then attached once.
      std::vector<std::pair<std::string, std::string>> env;
      if (exec["env"] && exec["env"].IsSequence())
        for (const YAML::Node& e : exec["env"]) env.emplace_back(kubeconfig::field(e, "name"), kubeconfig::field(e, "value"));
      for (const std::string& kv : exec_env) {
        bool remove = !kv.empty() && kv.back() == '-' && kv.find('=') == std::string::npos;
        std::string k = remove ? kv.substr(0, kv.size() - 1) : kv.substr(0, kv.find('='));
        if (!remove && kv.find('=') == std::string::npos)
          return make_error(ErrorKind::Usage, "exec-env must be of the form name=value: " + kv);
        std::erase_if(env, [&](const auto& e) { return e.first == k; });
        if (!remove) env.emplace_back(k, kv.substr(kv.find('=') + 1));
      }
      YAML::Node list(YAML::NodeType::Sequence);
      for (const auto& [k, v] : env) {
        YAML::Node item(YAML::NodeType::Map);
        item["name"] = string_node(k);
        item["value"] = string_node(v);
        list.push_back(item);
      }
      exec["env"] = list;
    }
    return {};
  }
};

// `config set` / `config unset` property paths:
//   current-context | preferences.colors | (clusters|users|contexts).NAME.FIELD[.SUBFIELD...]
struct PropertyPath {
  enum class Kind { CurrentContext, Preferences, Entry } kind = Kind::Entry;
  Section section = Section::Clusters;
  std::string name;
  std::vector<std::string> fields;
};

Result<PropertyPath> parse_property(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream ss(text);
  for (std::string p; std::getline(ss, p, '.');) parts.push_back(p);
  PropertyPath path;
  if (parts.empty()) return make_error(ErrorKind::Usage, "you must specify a property");
  if (parts[0] == "current-context" && parts.size() == 1) {
    path.kind = PropertyPath::Kind::CurrentContext;
    return path;
  }
  if (parts[0] == "preferences" && parts.size() >= 2) {
    path.kind = PropertyPath::Kind::Preferences;
    path.fields.assign(parts.begin() + 1, parts.end());
    return path;
  }
  if (parts[0] == "clusters") path.section = Section::Clusters;
  else if (parts[0] == "users") path.section = Section::Users;
  else if (parts[0] == "contexts") path.section = Section::Contexts;
  else
    return make_error(ErrorKind::Internal, "unable to parse " + text +
                                               ": the first part must be one of current-context, "
                                               "preferences, clusters, users, contexts");
  if (parts.size() < 3)
    return make_error(ErrorKind::Internal, "unable to parse " + text + ": expected " + parts[0] + ".NAME.FIELD");
  path.name = parts[1];
  path.fields.assign(parts.begin() + 2, parts.end());
  return path;
}

bool is_bool_field(const std::string& f) {
  return f == "insecure-skip-tls-verify" || f == "disable-compression" || f == "provideClusterInfo" || f == "colors";
}

struct SetOptions {
  std::string property, value, raw_bytes = "false";
  bool unset = false;

  Result<> run(Factory& f) const {
    auto path = parse_property(property);
    if (!path) return path.take_error();
    auto ed = Editor::open(f);
    if (!ed) return ed.take_error();
    std::string stored = value;
    if (!unset && raw_bytes == "true" && !path->fields.empty() && path->fields.back().size() > 5 &&
        path->fields.back().ends_with("-data"))
      stored = YAML::EncodeBase64(reinterpret_cast<const unsigned char*>(value.data()), value.size());
    if (path->kind == PropertyPath::Kind::CurrentContext) {
      if (unset) {
        std::size_t i = kubeconfig::file_for_current_context(*ed->config, ed->rules);
        ed->config->files[i].root["current-context"] = string_node("");
        ed->dirty.insert(i);
      } else {
        ed->set_current_context(stored);
      }
    } else {
      // Handles are rebound with reset(): `a = b` would rewrite the node `a`
      // refers to (yaml-cpp's reference semantics).
      YAML::Node node;
      if (path->kind == PropertyPath::Kind::Preferences) {
        std::size_t i = kubeconfig::file_for_current_context(*ed->config, ed->rules);
        ed->dirty.insert(i);
        YAML::Node root = ed->config->files[i].root;
        if (!root["preferences"].IsMap()) root["preferences"] = YAML::Node(YAML::NodeType::Map);
        node.reset(root["preferences"]);
      } else {
        if (unset && ed->config->find(path->section, path->name) == nullptr)
          return make_error(ErrorKind::Internal, "current map key `" + path->name + "` is invalid");
        node.reset(ed->entry(path->section, path->name));
      }
      for (std::size_t k = 0; k + 1 < path->fields.size(); ++k) {
        const std::string& key = path->fields[k];
        if (!node[key].IsMap()) {
          if (unset) return make_error(ErrorKind::Internal, "current map key `" + key + "` is invalid");
          node[key] = YAML::Node(YAML::NodeType::Map);
        }
        YAML::Node next = node[key];
        node.reset(next);
      }
      const std::string& leaf = path->fields.back();
      if (unset) {
        node.remove(leaf);
      } else if (is_bool_field(leaf)) {
        auto b = parse_bool(leaf, stored);
        if (!b) return b.take_error();
        node[leaf] = bool_node(*b);
      } else {
        node[leaf] = string_node(stored);
      }
    }
    if (auto r = ed->save(); !r) return r;
    f.io().out << "Property \"" << property << "\" " << (unset ? "unset" : "set") << ".\n";
    return {};
  }
};

Result<> use_context(Factory& f, const std::string& name) {
  auto ed = Editor::open(f);
  if (!ed) return ed.take_error();
  if (ed->config->find(Section::Contexts, name) == nullptr)
    return make_error(ErrorKind::Internal, "no context exists with the name: \"" + name + "\"");
  ed->set_current_context(name);
  if (auto r = ed->save(); !r) return r;
  f.io().out << "Switched to context \"" << name << "\".\n";
  if (auto env = f.env()("KCTL_CONTEXT"); env && !env->empty() && *env != name)
    f.io().err << "warning: KCTL_CONTEXT=" << *env << " still selects the context in this shell\n";
  return {};
}

Result<> delete_entry(Factory& f, Section s, const std::string& name) {
  auto ed = Editor::open(f);
  if (!ed) return ed.take_error();
  const char* what = s == Section::Contexts ? "context" : s == Section::Clusters ? "cluster" : "user";
  const kubeconfig::Entry* e = ed->config->find(s, name);
  if (e == nullptr)
    return make_error(ErrorKind::Internal, std::string("cannot delete ") + what + " " + name + ", not in " +
                                               default_file_name(f, *ed->config));
  std::string origin = e->origin;
  std::size_t i = kubeconfig::file_for_entry(*ed->config, ed->rules, s, name);
  kubeconfig::remove_entry(ed->config->files[i], s, name);
  ed->dirty.insert(i);
  if (auto r = ed->save(); !r) return r;
  f.io().out << "deleted " << what << " " << name << " from " << origin << '\n';
  if (s == Section::Contexts && ed->config->current_context == name)
    f.io().err << "warning: this removed your active context, use \"kctl config use-context\" to select a different one\n";
  return {};
}

Result<> rename_context(Factory& f, const std::string& from, const std::string& to) {
  auto ed = Editor::open(f);
  if (!ed) return ed.take_error();
  std::string file = default_file_name(f, *ed->config);
  if (ed->config->find(Section::Contexts, from) == nullptr)
    return make_error(ErrorKind::Internal, "cannot rename the context \"" + from + "\", it's not in " + file);
  if (ed->config->find(Section::Contexts, to) != nullptr)
    return make_error(ErrorKind::Internal, "cannot rename the context \"" + from + "\", the context \"" + to +
                                               "\" already exists in " + file);
  std::size_t i = kubeconfig::file_for_entry(*ed->config, ed->rules, Section::Contexts, from);
  YAML::Node list = ed->config->files[i].root["contexts"];
  for (YAML::Node item : list)
    if (kubeconfig::field(item, "name") == from) item["name"] = string_node(to);
  ed->dirty.insert(i);
  if (ed->config->current_context == from) ed->set_current_context(to);
  if (auto r = ed->save(); !r) return r;
  f.io().out << "Context \"" << from << "\" renamed to \"" << to << "\".\n";
  return {};
}

}  // namespace

void register_config_edit(CLI::App& config, VerbContext& ctx) {
  auto use = std::make_shared<std::string>();
  CLI::App* u = config.add_subcommand("use-context", "Set the current-context in a kubeconfig file");
  u->alias("use");
  u->add_option("CONTEXT_NAME", *use, "Context name")->required();
  on_chosen(u, ctx, [use, &ctx] { return use_context(ctx.factory, *use); });

  auto sc = std::make_shared<SetContextOptions>();
  CLI::App* s = config.add_subcommand("set-context", "Set a context entry in kubeconfig");
  sc->app = s;
  s->add_option("NAME", sc->name, "Context name");
  s->add_flag("--current", sc->current, "Modify the current context");
  s->add_option("--cluster", sc->cluster, "cluster for the context entry in kubeconfig");
  s->add_option("--user", sc->user, "user for the context entry in kubeconfig");
  s->add_option("--namespace", sc->ns, "namespace for the context entry in kubeconfig");
  on_chosen(s, ctx, [sc, &ctx] { return sc->run(ctx.factory); });

  auto cl = std::make_shared<SetClusterOptions>();
  CLI::App* c = config.add_subcommand("set-cluster", "Set a cluster entry in kubeconfig");
  cl->app = c;
  c->add_option("NAME", cl->name, "Cluster name")->required();
  c->add_option("--server", cl->server, "server for the cluster entry in kubeconfig");
  c->add_option("--certificate-authority", cl->ca, "Path to certificate-authority file for the cluster entry in kubeconfig");
  c->add_option("--tls-server-name", cl->tls_server_name, "tls-server-name for the cluster entry in kubeconfig");
  c->add_option("--proxy-url", cl->proxy_url, "proxy-url for the cluster entry in kubeconfig");
  c->add_option("--insecure-skip-tls-verify", cl->insecure, "insecure-skip-tls-verify for the cluster entry in kubeconfig")
      ->expected(0, 1)->default_str("true");
  c->add_option("--embed-certs", cl->embed, "embed-certs for the cluster entry in kubeconfig")->expected(0, 1)->default_str("true");
  c->add_option("--disable-compression", cl->disable_compression, "disable-compression for the cluster entry in kubeconfig")
      ->expected(0, 1)->default_str("true");
  on_chosen(c, ctx, [cl, &ctx] { return cl->run(ctx.factory); });

  auto cr = std::make_shared<SetCredentialsOptions>();
  CLI::App* k = config.add_subcommand("set-credentials", "Set a user entry in kubeconfig");
  cr->app = k;
  k->add_option("NAME", cr->name, "User name")->required();
  k->add_option("--token", cr->token, "token for the user entry in kubeconfig");
  k->add_option("--username", cr->username, "username for the user entry in kubeconfig");
  k->add_option("--password", cr->password, "password for the user entry in kubeconfig");
  k->add_option("--client-certificate", cr->cert, "Path to client-certificate file for the user entry in kubeconfig");
  k->add_option("--client-key", cr->key, "Path to client-key file for the user entry in kubeconfig");
  k->add_option("--embed-certs", cr->embed, "Embed client cert/key for the user entry in kubeconfig")->expected(0, 1)->default_str("true");
  k->add_option("--exec-command", cr->exec_command, "Command for the exec credential plugin for the user entry in kubeconfig");
  k->add_option("--exec-api-version", cr->exec_api_version, "API version of the exec credential plugin for the user entry in kubeconfig");
  k->add_option("--exec-arg", cr->exec_args, "New arguments for the exec credential plugin command for the user entry in kubeconfig");
  k->add_option("--exec-env", cr->exec_env, "'key=value' environment values for the exec credential plugin");
  k->add_option("--exec-interactive-mode", cr->exec_interactive_mode, "InteractiveMode of the exec credentials plugin for the user entry in kubeconfig");
  k->add_option("--exec-provide-cluster-info", cr->exec_provide_cluster_info, "ProvideClusterInfo of the exec credentials plugin for the user entry in kubeconfig")
      ->expected(0, 1)->default_str("true");
  on_chosen(k, ctx, [cr, &ctx] { return cr->run(ctx.factory); });

  auto set = std::make_shared<SetOptions>();
  CLI::App* st = config.add_subcommand("set", "Set an individual value in a kubeconfig file");
  st->add_option("PROPERTY_NAME", set->property, "Property path")->required();
  st->add_option("PROPERTY_VALUE", set->value, "Value")->required();
  st->add_option("--set-raw-bytes", set->raw_bytes, "When writing a []byte PROPERTY_VALUE, write the given string directly without base64 decoding.")
      ->expected(0, 1)->default_str("true");
  on_chosen(st, ctx, [set, &ctx] { return set->run(ctx.factory); });

  auto unset = std::make_shared<SetOptions>();
  unset->unset = true;
  CLI::App* un = config.add_subcommand("unset", "Unset an individual value in a kubeconfig file");
  un->add_option("PROPERTY_NAME", unset->property, "Property path")->required();
  on_chosen(un, ctx, [unset, &ctx] { return unset->run(ctx.factory); });

  for (auto [verb, section] : {std::pair{"delete-context", Section::Contexts}, std::pair{"delete-cluster", Section::Clusters},
                               std::pair{"delete-user", Section::Users}}) {
    auto name = std::make_shared<std::string>();
    CLI::App* d = config.add_subcommand(verb, std::string("Delete the specified ") +
                                                  (section == Section::Contexts ? "context" : section == Section::Clusters ? "cluster" : "user") +
                                                  " from the kubeconfig");
    d->add_option("NAME", *name, "Name")->required();
    Section sec = section;
    on_chosen(d, ctx, [name, sec, &ctx] { return delete_entry(ctx.factory, sec, *name); });
  }

  auto names = std::make_shared<std::pair<std::string, std::string>>();
  CLI::App* rn = config.add_subcommand("rename-context", "Rename a context from the kubeconfig file");
  rn->add_option("CONTEXT_NAME", names->first, "Old name")->required();
  rn->add_option("NEW_NAME", names->second, "New name")->required();
  on_chosen(rn, ctx, [names, &ctx] { return rename_context(ctx.factory, names->first, names->second); });
}

}  // namespace kctl::cmd
