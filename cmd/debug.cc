// kctl debug (POD | TYPE/NAME) [-- COMMAND [args...]] as kubectl 1.32's
// pkg/cmd/debug: flags completed and validated in kubectl's order with its
// texts, then each target goes to the ephemeral, copy or node mode
// (debug_ephemeral.cc, debug_copy.cc, debug_node.cc). Beyond kubectl:
// --custom=NAME from a profiles directory, --dry-run=client -o yaml|json.
#include <cstdlib>

#include "client/printers/go_json.h"
#include "client/printers/go_yaml.h"
#include "cmd/debug_options.h"
#include "cmd/remote_session.h"
#include "cmd/verb.h"
#include "debug/names.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

constexpr std::string_view kDebugShort = "Create debugging sessions for troubleshooting workloads and nodes";

// pflag's stringToString: comma-separated key=value pairs read as CSV (so
// "X=a,b" in quotes is one pair); the last value of a key wins. kubectl
// keeps them in a Go map (random order); kctl keeps the first-seen order.
Result<KeyValues> parse_key_values(const std::vector<std::string>& values, const std::string& flag) {
  KeyValues out;
  for (const std::string& value : values) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < value.size(); ++i) {
      const char c = value[i];
      if (c == '"' && (fields.back().empty() || quoted)) {
        if (quoted && i + 1 < value.size() && value[i + 1] == '"') {
          fields.back() += '"';
          ++i;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        fields.emplace_back();
      } else {
        fields.back() += c;
      }
    }
    if (value.empty()) continue;
    for (const std::string& pair : fields) {
      const auto eq = pair.find('=');
      if (eq == std::string::npos)
        return make_error(ErrorKind::Usage, "invalid argument \"" + value + "\" for \"" + flag + "\" flag: " + pair +
                                                " must be formatted as key=value");
      std::string key = pair.substr(0, eq), val = pair.substr(eq + 1);
      auto same = std::find_if(out.begin(), out.end(), [&](const auto& kv) { return kv.first == key; });
      if (same != out.end()) same->second = std::move(val);
      else out.emplace_back(std::move(key), std::move(val));
    }
  }
  return out;
}

// Where --custom=NAME is looked up when NAME is not a file.
std::string profiles_dir() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg != '\0')
    return std::string(xdg) + "/kctl/debug-profiles";
  const char* home = std::getenv("HOME");
  return std::string(home != nullptr ? home : "") + "/.config/kctl/debug-profiles";
}

// The kinds kubectl names when a target is not a pod or a node.
std::optional<std::string> unsupported_kind(const std::string& type) {
  static const std::pair<const char*, const char*> kKinds[] = {
      {"deployments", "apps/v1, Kind=Deployment"}, {"deployment", "apps/v1, Kind=Deployment"},
      {"deploy", "apps/v1, Kind=Deployment"},      {"replicasets", "apps/v1, Kind=ReplicaSet"},
      {"replicaset", "apps/v1, Kind=ReplicaSet"},  {"rs", "apps/v1, Kind=ReplicaSet"},
      {"statefulsets", "apps/v1, Kind=StatefulSet"}, {"statefulset", "apps/v1, Kind=StatefulSet"},
      {"sts", "apps/v1, Kind=StatefulSet"},        {"daemonsets", "apps/v1, Kind=DaemonSet"},
      {"daemonset", "apps/v1, Kind=DaemonSet"},    {"ds", "apps/v1, Kind=DaemonSet"},
      {"jobs", "batch/v1, Kind=Job"},              {"job", "batch/v1, Kind=Job"},
      {"cronjobs", "batch/v1, Kind=CronJob"},      {"cronjob", "batch/v1, Kind=CronJob"},
      {"cj", "batch/v1, Kind=CronJob"},            {"services", "/v1, Kind=Service"},
      {"service", "/v1, Kind=Service"},            {"svc", "/v1, Kind=Service"},
      {"replicationcontrollers", "/v1, Kind=ReplicationController"},
      {"replicationcontroller", "/v1, Kind=ReplicationController"}, {"rc", "/v1, Kind=ReplicationController"}};
  for (const auto& [name, kind] : kKinds)
    if (type == name) return std::string(kind);
  return std::nullopt;
}

struct DebugCommand {
  DebugOptions o;
  std::vector<std::string> env_values, set_image_values;

  void add_flags(CLI::App& sub) {
    sub.add_flag("--arguments-only", o.arguments_only,
                 "If specified, everything after -- will be passed to the new container as Args instead of Command.");
    sub.add_flag("--attach", o.attach,
                 "If true, wait for the container to start running, and then attach as if 'kubectl attach ...' were "
                 "called.  Default false, unless '-i/--stdin' is set, in which case the default is true.");
    sub.add_option("-c,--container", o.container, "Container name to use for debug container.");
    sub.add_option("--copy-to", o.copy_to, "Create a copy of the target Pod with this name.");
    sub.add_flag("--replace", o.replace, "When used with '--copy-to', delete the original Pod.");
    sub.add_option("--env", env_values, "Environment variables to set in the container.")
        ->allow_extra_args(false)
        ->take_all();
    sub.add_option("--image", o.image, "Container image to use for debug container.");
    sub.add_option("--image-pull-policy", o.pull_policy, "The image pull policy for the container. If left empty, "
                                                            "this value will not be specified by the client and "
                                                            "defaulted by the server.");
    sub.add_flag("--keep-labels", o.keep.labels, "If true, keep the original pod labels.(This flag only works when used with '--copy-to')");
    sub.add_flag("--keep-annotations", o.keep.annotations, "If true, keep the original pod annotations.(This flag only works when used with '--copy-to')");
    sub.add_flag("--keep-liveness", o.keep.liveness, "If true, keep the original pod liveness probes.(This flag only works when used with '--copy-to')");
    sub.add_flag("--keep-readiness", o.keep.readiness, "If true, keep the original pod readiness probes.(This flag only works when used with '--copy-to')");
    sub.add_flag("--keep-startup", o.keep.startup, "If true, keep the original startup probes.(This flag only works when used with '--copy-to')");
    sub.add_flag("--keep-init-containers{true}", o.keep.init_containers,
                 "Run the init containers for the pod. Defaults to true.(This flag only works when used with '--copy-to')");
    sub.add_option("--set-image", set_image_values,
                   "When used with '--copy-to', a list of name=image pairs for changing container images, similar "
                   "to how 'kubectl set image' works. A single '*' updates all containers in the pod to the image.")
        ->allow_extra_args(false)
        ->take_all();
    sub.add_flag("-i,--stdin", o.stdin, "Keep stdin open on the container(s) in the pod, even if nothing is attached.");
    sub.add_flag("-q,--quiet", o.quiet, "If true, suppress informational messages.");
    sub.add_flag("--same-node", o.same_node,
                 "When used with '--copy-to', schedule the copy of target Pod on the same node.");
    sub.add_flag("--share-processes{true}", o.share_processes,
                 "When used with '--copy-to', enable process namespace sharing in the copy.");
    sub.add_option("--target", o.target_container, "When using an ephemeral container, target processes in this container name.");
    sub.add_flag("-t,--tty", o.tty, "Allocate a TTY for the debugging container.");
    o.profile_name = std::string(debug::kDefaultProfile);
    sub.add_option("--profile", o.profile_name,
                   "Options are \"legacy\", \"general\", \"baseline\", \"netadmin\", \"restricted\" or \"sysadmin\".");
    sub.add_option("--custom", o.custom,
                   "Path to a JSON or YAML file containing a partial container spec to customize built-in debug "
                   "profiles. Beyond kubectl: a NAME that is not a file is looked up as NAME.yaml or NAME.json in "
                   "$XDG_CONFIG_HOME/kctl/debug-profiles.");
    sub.add_option("--dry-run", o.dry_run, "Beyond kubectl: \"client\" prints the object instead of sending it.");
    sub.add_option("-o,--output", o.output, "With --dry-run=client: yaml or json.");
    sub.add_option("targets", o.targets, "(POD | TYPE/NAME)");
  }

  // kubectl's Complete, in its order.
  Result<> complete(Factory& f, CLI::App& sub, const std::optional<std::vector<std::string>>& after_dash) {
    if (after_dash) o.command = *after_dash;
    o.attach_given = sub.count("--attach") > 0;
    o.share_processes_given = sub.count("--share-processes") > 0;
    if (!o.attach_given && o.stdin) o.attach = true;
    auto env = parse_key_values(env_values, "--env");
    if (!env) return env.take_error();
    o.env = std::move(*env);
    auto images = parse_key_values(set_image_values, "--set-image");
    if (!images) return images.take_error();
    o.set_image = std::move(*images);
    auto rc = f.rest_config();
    if (!rc) return rc.take_error();
    o.ns = (*rc)->ns;
    auto profile = debug::parse_profile(o.profile_name);
    if (!profile) return profile.take_error();
    o.profile = *profile;
    if (!o.custom.empty()) {
      auto custom = debug::load_custom_profile(debug::resolve_custom_profile_path(o.custom, profiles_dir()));
      if (!custom) return custom.take_error();
      o.custom_profile = std::move(*custom);
      if (o.custom_profile)
        for (const std::string& w : o.custom_profile->warnings) f.io().err << "Warning: " << w << '\n';
    }
    if (!o.client_dry_run() && !o.make_executor) {
      std::string ns_unused;
      return bind_remote_session(f, ns_unused, o.make_executor);
    }
    return {};
  }

  // kubectl's Validate, in its order and with its texts.
  Result<> validate(IOStreams& io) const {
    auto fail = [](std::string m) { return make_error(ErrorKind::Internal, std::move(m)); };
    if (o.attach_given && o.attach && o.image.empty() && o.container.empty())
      return fail("you must specify --container or create a new container using --image in order to attach.");
    if (!o.copy_to.empty()) {
      if (o.image.empty() && o.set_image.empty() && o.command.empty())
        return fail("you must specify --image, --set-image or command arguments.");
      if (!o.command.empty() && o.container.empty() && o.image.empty())
        return fail("you must specify an existing container or a new image when specifying args.");
    } else {
      if (o.replace) return fail("--replace may only be used with --copy-to.");
      if (o.same_node) return fail("--same-node may only be used with --copy-to.");
      if (!o.set_image.empty()) return fail("--set-image may only be used with --copy-to.");
      if (o.image.empty()) return fail("you must specify --image when not using --copy-to.");
    }
    if (!o.image.empty() && !debug::valid_image_reference(o.image))
      return fail("invalid image name \"" + o.image + "\": invalid reference format");
    if (o.targets.empty()) return fail("NAME or filename is required for debug");
    if (!o.pull_policy.empty() && o.pull_policy != "Always" && o.pull_policy != "IfNotPresent" &&
        o.pull_policy != "Never")
      return fail("invalid image pull policy: " + o.pull_policy);
    for (const auto& [name, image] : o.set_image)
      if (!debug::valid_image_reference(image))
        return fail("invalid image name \"" + image + "\" for container \"" + name + "\": invalid reference format");
    if (!o.target_container.empty()) {
      if (!o.copy_to.empty()) return fail("--target is incompatible with --copy-to. Use --share-processes instead.");
      if (!o.quiet)
        io.out << "Targeting container \"" << o.target_container
               << "\". If you don't see processes from this container it may be because the container runtime "
                  "doesn't support this feature.\n";
    }
    if (o.tty && !o.stdin) return fail("-i/--stdin is required for containers with -t/--tty=true");
    if (o.custom_profile)
      if (auto r = debug::check_custom_profile(*o.custom_profile); !r) return r;
    if (!o.dry_run.empty() && !o.client_dry_run())
      return make_error(ErrorKind::Usage, "Invalid dry-run value (" + o.dry_run + "). Must be \"client\".");
    if (!o.output.empty() && o.output != "yaml" && o.output != "json")
      return make_error(ErrorKind::Usage, "unable to match a printer suitable for the output format \"" + o.output +
                                              "\", allowed formats are: json,yaml");
    if (!o.output.empty() && !o.client_dry_run()) return make_error(ErrorKind::Usage, "-o/--output needs --dry-run=client");
    if (o.profile == debug::Profile::Legacy) io.err << debug::kLegacyWarning << '\n';
    io.out.flush();
    io.err.flush();
    return {};
  }

  Result<> run(Factory& f) {
    auto rest = f.rest_client();
    if (!rest) return rest.take_error();
    for (const std::string& target : o.targets) {
      auto slash = target.find('/');
      const std::string type = slash == std::string::npos ? "pods" : target.substr(0, slash);
      const std::string name = slash == std::string::npos ? target : target.substr(slash + 1);
      Result<std::optional<DebugTarget>> made = std::optional<DebugTarget>();
      if (type == "node" || type == "nodes" || type == "no") {
        made = debug_node(f, **rest, o, name);
      } else if (type == "pod" || type == "pods" || type == "po") {
        auto pod = (*rest)->get_json((*rest)->request().ns(o.ns).resource("pods").name(name));
        if (!pod) return pod.take_error();
        made = o.copy_to.empty() ? debug_ephemeral(f, **rest, o, *pod) : debug_copy(f, **rest, o, *pod);
      } else if (auto kind = unsupported_kind(type)) {
        return make_error(ErrorKind::Internal, "\"" + *kind + "\" not supported by debug");
      } else {
        return make_error(ErrorKind::Internal, "the server doesn't have a resource type \"" + type + "\"");
      }
      if (!made) return made.take_error();
      if (*made && o.attach && !(*made)->container.empty())
        if (auto r = attach_debug_container(f, **rest, o, **made); !r) return r;
    }
    return {};
  }
};

}  // namespace

json debug_container(const DebugOptions& o, const std::string& name) {
  json c = {{"name", name}, {"image", o.image}};
  if (!o.pull_policy.empty()) c["imagePullPolicy"] = o.pull_policy;
  if (!o.env.empty()) {
    json env = json::array();
    for (const auto& [k, v] : o.env) env.push_back({{"name", k}, {"value", v}});
    c["env"] = std::move(env);
  }
  if (o.stdin) c["stdin"] = true;
  if (o.tty) c["tty"] = true;
  c["terminationMessagePolicy"] = "File";
  if (!o.command.empty()) c[o.arguments_only ? "args" : "command"] = o.command;
  return c;
}

Result<json> send_object(client::RestClient& rest, const std::string& method, const client::Request& where,
                         const std::string& content_type, const std::string& body) {
  return rest.send_json(method, where, content_type, body);
}

Result<> print_dry_run(Factory& f, const DebugOptions& o, const json& object) {
  const nlohmann::ordered_json ordered = nlohmann::ordered_json::parse(object.dump());
  if (o.output == "json") f.io().out << printers::to_go_json(ordered) << '\n';
  else f.io().out << printers::to_go_yaml(ordered);
  f.io().out.flush();
  return {};
}

void register_debug(CLI::App& root, VerbContext& ctx) {
  auto cmd = std::make_shared<DebugCommand>();
  CLI::App* sub = root.add_subcommand("debug", std::string(kDebugShort));
  cmd->add_flags(*sub);
  on_chosen(sub, ctx, [cmd, sub, &ctx]() -> Result<> {
    if (auto r = cmd->complete(ctx.factory, *sub, ctx.args_after_dash); !r) return r;
    if (auto r = cmd->validate(ctx.factory.io()); !r) return r;
    return cmd->run(ctx.factory);
  });
}

}  // namespace kctl::cmd
