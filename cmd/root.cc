// The root command: kubectl's global flags and the verb families.
#include "cmd/root.h"

#include <CLI/CLI.hpp>

#include <algorithm>

#include "cmd/completion.h"
#include "cmd/create_commands.h"
#include "cmd/edit_commands.h"
#include "cmd/help_format.h"
#include "cmd/plugin_commands.h"
#include "cmd/render_error.h"
#include "cmd/set_commands.h"
#include "cmd/verb.h"
#include "cmd/workload_verbs.h"

namespace kctl::cmd {
namespace {

// Short flags that take a value, which pflag also accepts as -n=value.
constexpr std::string_view kShortWithValue = "nsvo";

// kubectl (pflag) accepts "-v=9" and "-n=ns"; CLI11 wants "-v" "9".
std::vector<std::string> normalize_args(int argc, const char* const* argv) {
  std::vector<std::string> args;
  bool after_dashdash = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") after_dashdash = true;
    if (!after_dashdash && a.size() > 3 && a[0] == '-' && a[1] != '-' && a[2] == '=' &&
        kShortWithValue.find(a[1]) != std::string_view::npos) {
      args.push_back(a.substr(0, 2));
      args.push_back(a.substr(3));
      continue;
    }
    args.push_back(std::move(a));
  }
  return args;
}

void add_global_flags(CLI::App& app, GlobalFlags& g, const std::string& default_cache_dir) {
  auto& o = g.overrides;
  app.add_option("--kubeconfig", g.kubeconfig, "Path to the kubeconfig file to use for CLI requests.");
  app.add_option("--context", o.context, "The name of the kubeconfig context to use");
  app.add_option("--cluster", o.cluster, "The name of the kubeconfig cluster to use");
  app.add_option("--user", o.user, "The name of the kubeconfig user to use");
  app.add_option("-n,--namespace", o.ns, "If present, the namespace scope for this CLI request");
  app.add_option("-s,--server", o.server, "The address and port of the Kubernetes API server");
  app.add_option("--token", o.token, "Bearer token for authentication to the API server");
  app.add_option("--username", o.username, "Username for basic authentication to the API server");
  app.add_option("--password", o.password, "Password for basic authentication to the API server");
  app.add_option("--certificate-authority", o.certificate_authority, "Path to a cert file for the certificate authority");
  app.add_option("--client-certificate", o.client_certificate, "Path to a client certificate file for TLS");
  app.add_option("--client-key", o.client_key, "Path to a client key file for TLS");
  app.add_flag("--insecure-skip-tls-verify", o.insecure_skip_tls_verify,
               "If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure");
  app.add_option("--tls-server-name", o.tls_server_name, "Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used");
  app.add_option("--as", o.as, "Username to impersonate for the operation. User could be a regular user or a service account in a namespace.");
  app.add_option("--as-group", o.as_groups, "Group to impersonate for the operation, this flag can be repeated to specify multiple groups.");
  app.add_option("--as-uid", o.as_uid, "UID to impersonate for the operation.");
  app.add_option("--request-timeout", o.request_timeout, "The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests.")
      ->default_str("0");
  app.add_flag("--disable-compression", o.disable_compression, "If true, opt-out of response compression for all requests to the server");
  app.add_option("-v,--v", g.verbosity, "number for the log level verbosity");
  app.add_option("--cache-dir", g.cache_dir, "Default cache directory")->default_str(default_cache_dir);
}

// The deepest command named by the leading words of `args` (kctl config
// view ...), for error messages when parsing failed before any callback ran.
const CLI::App* named_command(const CLI::App& root, const std::vector<std::string>& args) {
  const CLI::App* app = &root;
  for (const std::string& a : args) {
    if (a == "--") break;
    if (a.empty() || a[0] == '-') continue;
    const CLI::App* next = nullptr;
    for (const CLI::App* sub : app->get_subcommands([](const CLI::App*) { return true; }))
      if (sub->check_name(a)) next = sub;
    if (next == nullptr && app == &root) continue;  // a global flag's value before the verb
    if (next == nullptr) break;
    app = next;
  }
  return app;
}

// The first argument naming a verb (global flags and their values may
// come before it: kctl -v 6 exec ...).
std::string first_verb(const CLI::App& root, const std::vector<std::string>& args) {
  for (const std::string& a : args) {
    if (a.empty() || a[0] == '-') continue;
    for (const CLI::App* sub : root.get_subcommands([](const CLI::App*) { return true; }))
      if (sub->check_name(a)) return sub->get_name();
  }
  return {};
}

// cobra's wording for the parse errors kubectl users know.
int render_parse_error(const CLI::ParseError& e, const CLI::App& root, const std::vector<std::string>& args,
                       std::ostream& err) {
  const CLI::App* cmd = named_command(root, args);
  std::string path = command_path(*cmd);
  std::string what = e.what();
  const std::string extra = "was not expected: ";
  if (auto at = what.find(extra); at != std::string::npos) {
    std::string arg = what.substr(at + extra.size());
    if (auto space = arg.find(' '); space != std::string::npos) arg = arg.substr(0, space);
    if (!arg.empty() && arg[0] == '-') {
      if (arg.size() > 1 && arg[1] != '-')
        err << "Error: unknown shorthand flag: '" << arg[1] << "' in " << arg << '\n';
      else
        err << "Error: unknown flag: " << arg.substr(0, arg.find('=')) << '\n';
      err << "See '" << path << " --help' for usage.\n";
      return 1;
    }
    if (cmd == &root) {
      err << "Error: unknown command \"" << arg << "\" for \"kctl\"\n";
      return 1;
    }
  }
  // A command group alone (kctl set, kctl config): its help on stderr and
  // exit code 1, as kubectl's DefaultSubCommandRun.
  if (cmd != &root && dynamic_cast<const CLI::RequiredError*>(&e) != nullptr &&
      what.find("subcommand") != std::string::npos) {
    err << cmd->help();
    return 1;
  }
  if (cmd == &root && dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
    for (const std::string& a : args)
      if (!a.empty() && a[0] != '-') {
        err << "Error: unknown command \"" << a << "\" for \"kctl\"\n";
        return 1;
      }
  }
  return render_error(make_error(ErrorKind::Usage, what), path, err);
}

// Verbs whose arguments after "--" are a command to run (cobra's
// ArgsLenAtDash): exec, debug, run, and create deployment/job/cronjob.
bool takes_command(const std::string& verb) {
  return verb == "exec" || verb == "debug" || verb == "run" || verb == "create";
}

}  // namespace

void on_chosen(CLI::App* sub, VerbContext& ctx, std::function<Result<>()> run) {
  sub->callback([sub, &ctx, run = std::move(run)] {
    // CLI11 runs a parent's callback after its chosen subcommand's: the
    // subcommand's action (apply view-last-applied) must stay.
    if (!sub->get_subcommands().empty()) return;
    ctx.action = run;
    ctx.command_path = command_path(*sub);
  });
}

Result<> no_arguments(const std::vector<std::string>& args) {
  if (args.empty()) return {};
  std::string list;
  for (const std::string& a : args) list += (list.empty() ? "" : " ") + a;
  return make_error(ErrorKind::Usage, "unexpected arguments: [" + list + "]");
}

void build_command_tree(CLI::App& app, GlobalFlags& flags, VerbContext& ctx) {
  // Before any subcommand exists: each takes its parent's formatter.
  app.formatter(std::make_shared<KubectlHelpFormatter>());
  app.fallthrough();  // global flags may follow the verb, as with kubectl
  app.require_subcommand(1);
  add_global_flags(app, flags, ctx.factory.cache_root());
  register_version(app, ctx);
  register_config(app, ctx);
  register_get(app, ctx);
  register_cluster_info(app, ctx);
  register_exec(app, ctx);
  register_cp(app, ctx);
  register_logs(app, ctx);
  register_attach(app, ctx);
  register_port_forward(app, ctx);
  register_debug(app, ctx);
  register_api_resources(app, ctx);
  register_api_versions(app, ctx);
  register_explain(app, ctx);
  register_describe(app, ctx);
  register_create(app, ctx);
  register_run(app, ctx);
  register_delete(app, ctx);
  register_label(app, ctx);
  register_annotate(app, ctx);
  register_patch(app, ctx);
  register_apply(app, ctx);
  register_replace(app, ctx);
  register_edit(app, ctx);
  register_scale(app, ctx);
  register_rollout(app, ctx);
  register_wait(app, ctx);
  register_set(app, ctx);
  register_expose(app, ctx);
  register_autoscale(app, ctx);
  register_plugin(app, ctx);
  register_completion(app, ctx);
  // kubectl options: the global flags (hidden from the verb list, as kubectl's).
  CLI::App* options = app.add_subcommand("options", "Print the list of flags inherited by all commands");
  options->group("");
  on_chosen(options, ctx, [&app, &ctx]() -> Result<> {
    ctx.factory.io().out << global_options_help(app);
    return {};
  });
}

int run(int argc, const char* const* argv, IOStreams& io, const kubeconfig::EnvLookup& env) {
  GlobalFlags flags;
  Factory factory(flags, io, env);
  VerbContext ctx{factory, {}, "kctl", std::nullopt};

  CLI::App app("kctl controls the Kubernetes cluster manager.", "kctl");
  build_command_tree(app, flags, ctx);

  // The shell completion scripts' question (hidden, as kubectl's).
  if (argc >= 2 && std::string_view(argv[1]) == "__complete")
    return complete_words(app, flags, factory, std::vector<std::string>(argv + 2, argv + argc));

  // Words that name no built-in command may name a plugin, which then
  // replaces this process with the arguments as given.
  if (auto code = dispatch_plugin(app, std::vector<std::string>(argv + 1, argv + argc), io, env)) return *code;

  std::vector<std::string> args = normalize_args(argc, argv);
  // Verbs that run a command get what follows "--" untouched by the parser.
  if (auto dash = std::find(args.begin(), args.end(), "--"); dash != args.end() && takes_command(first_verb(app, {args.begin(), dash}))) {
    ctx.args_after_dash = std::vector<std::string>(dash + 1, args.end());
    args.erase(dash, args.end());
  }
  if (args.empty()) {  // kubectl with no arguments prints its help
    io.out << app.help();
    return 0;
  }
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them reversed
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, io.out, io.err);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e, io.out, io.err);
  } catch (const CLI::ParseError& e) {
    return render_parse_error(e, app, args, io.err);
  }
  if (!ctx.action) return render_error(make_error(ErrorKind::Usage, "no command given"), "kctl", io.err);
  Result<> r = ctx.action();
  if (!r) return render_error(r.error(), ctx.command_path, io.err);
  return 0;
}

}  // namespace kctl::cmd
