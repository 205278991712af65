// config set-context, set-cluster, set-credentials: create or modify one
// entry, in the file that defines it (new entries go to the default file).
#include <algorithm>
#include <vector>

#include "kubeconfig/file_data.h"
#include "cmd/config_editor.h"
#include "cmd/config_verbs.h"

namespace kctl::cmd {
namespace {

using kubeconfig::Config;
using kubeconfig::File;
using kubeconfig::Section;

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

}  // namespace

void register_config_set(CLI::App& config, VerbContext& ctx) {
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
}

}  // namespace kctl::cmd
