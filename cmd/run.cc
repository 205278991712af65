// kctl run NAME --image=IMAGE [-- ARGS]: one pod, created as kubectl's
// run creates it, with --expose's Service; with --attach (or -i) kctl
// attaches to it as kubectl does (cmd/run_attach).
#include "cmd/create_commands.h"
#include "cmd/create_objects.h"
#include "cmd/expose_service.h"
#include "cmd/go_duration.h"
#include "cmd/run_attach.h"

namespace kctl::cmd {
namespace {

constexpr std::string_view kCommandPath = "kctl run";

struct RunOptions {
  GeneratorFlags gen;
  RunSpec spec;
  bool attach = false, rm = false, leave_stdin_open = false, quiet = false, expose = false;
  std::string pod_running_timeout = "1m0s";
  CLI::Option* attach_flag = nullptr;   // was --attach given?
};

Error usage(std::string message) { return make_error(ErrorKind::Usage, std::move(message)); }

// kubectl's RunOptions.Validate, after cobra's required --image and the
// printing flags.
Result<> validate(const RunOptions& o, bool attach, DryRun dry_run) {
  if (o.gen.args.empty()) return usage("NAME is required for run");
  if (o.spec.tty && !o.spec.stdin) return usage("-i/--stdin is required for containers with -t/--tty=true");
  if (o.expose && o.spec.port.empty()) return usage("--port must be set when exposing a service");
  const std::string& restart = o.spec.restart;
  if (!restart.empty() && restart != "Always" && restart != "OnFailure" && restart != "Never")
    return usage("invalid restart policy: " + restart);
  if (!attach && o.rm) return usage("--rm should only be used for attached containers");
  if (attach && dry_run != DryRun::None)
    return usage("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)");
  return {};
}

// kubectl run's generateService: a ClusterIP Service for the pod's port,
// selecting the pod by its labels.
Result<ojson> run_service(const std::string& name, const std::string& ns, const RunSpec& spec) {
  ExposeParams p;
  p.name = p.default_name = name;
  p.selector = spec.labels.empty() ? "run=" + name : spec.labels;
  p.labels = spec.labels;
  p.port = spec.port;
  return expose_service_object(p, ns);
}

Result<> run_pod(VerbContext& ctx, RunOptions& o) {
  Factory& f = ctx.factory;
  if (o.spec.image.empty()) return required_flags(f, {"image"});
  auto dry_run = check_write_flags(f, o.gen);
  if (!dry_run) return dry_run.take_error();
  // --attach defaults to -i's value.
  const bool attach = o.attach_flag->count() > 0 ? o.attach : o.spec.stdin;
  if (auto v = validate(o, attach, *dry_run); !v) return v;
  std::chrono::milliseconds timeout{};
  if (attach) {
    auto t = pod_running_timeout(o.pod_running_timeout, std::string(kCommandPath), f.io().err);
    if (!t && t.error().kind == ErrorKind::Printed) return t.take_error();
    if (!t) return usage(t.error().message);
    timeout = *t;
  }
  const std::string name = o.gen.args.front();
  RunSpec spec = o.spec;
  // An empty --restart is OnFailure for an interactive pod, else Always.
  if (spec.restart.empty()) spec.restart = spec.stdin ? "OnFailure" : "Always";
  spec.stdin_once = spec.stdin && !o.leave_stdin_open;
  spec.args.assign(o.gen.args.begin() + 1, o.gen.args.end());
  if (ctx.args_after_dash) spec.args.insert(spec.args.end(), ctx.args_after_dash->begin(), ctx.args_after_dash->end());
  auto ns = generator_namespace(f);
  if (!ns) return ns.take_error();
  const std::string shown_ns = *dry_run == DryRun::Client && ns->enforced ? ns->ns : "";
  auto pod = run_pod_object(name, shown_ns, spec);
  if (!pod) return pod.take_error();

  const GeneratorTarget pods{generated_resource("", "v1", "pods", "Pod", true), ""};
  const GeneratorTarget services{generated_resource("", "v1", "services", "Service", true), ""};
  OperationPrinter printer(o.gen.write.output, *dry_run, o.gen.write.show_managed_fields, f.io().out);
  ojson created_pod = std::move(*pod);
  if (*dry_run != DryRun::Client) {
    auto created = post_generated(f, o.gen, pods, std::move(created_pod), *dry_run);
    if (!created) return created.take_error();
    created_pod = std::move(*created);
  }
  std::vector<Visit> created{{pods.resource, ns->ns, name}};
  // The Service is printed before the pod (and a failure to make it is
  // reported after), as kubectl does.
  std::optional<Error> service_error;
  if (o.expose) {
    auto service = run_service(name, shown_ns, spec);
    if (service && *dry_run != DryRun::Client) {
      auto sent = post_generated(f, o.gen, services, std::move(*service), *dry_run);
      service = std::move(sent);
    }
    if (!service) {
      service_error = service.take_error();
    } else {
      printer.print(*service, "created");
      created.push_back({services.resource, ns->ns, name});
      if (o.gen.write.output == "yaml") f.io().out << "---\n";
    }
  }
  if (attach) {
    const RunAttachOptions a{.stdin = spec.stdin,
                             .tty = spec.tty,
                             .quiet = o.quiet,
                             .leave_stdin_open = o.leave_stdin_open,
                             .remove = o.rm,
                             .restart_policy = spec.restart,
                             .timeout = timeout};
    return attach_to_run_pod(f, nlohmann::json(created_pod), created, a);
  }
  printer.print(created_pod, "created");
  if (service_error) return *service_error;
  return {};
}

}  // namespace

void register_run(CLI::App& root, VerbContext& ctx) {
  auto o = std::make_shared<RunOptions>();
  CLI::App* sub = root.add_subcommand("run", "Run a particular image on the cluster");
  o->gen.field_manager = "kubectl-run";
  o->gen.add_to(*sub);
  sub->add_option("--image", o->spec.image, "The image for the container to run.");
  sub->add_option("--env", o->spec.env, "Environment variables to set in the container.");
  sub->add_option("-l,--labels", o->spec.labels, "Comma separated labels to apply to the pod. Will override previous values.");
  sub->add_option("--annotations", o->spec.annotations, "Annotations to apply to the pod.");
  sub->add_option("--port", o->spec.port, "The port that this container exposes.");
  sub->add_option("--restart", o->spec.restart,
                  "The restart policy for this Pod.  Legal values [Always, OnFailure, Never].")
      ->default_str("Always");
  sub->add_option("--image-pull-policy", o->spec.image_pull_policy, "The image pull policy for the container.");
  sub->add_flag("--command", o->spec.command,
                "If true and extra arguments are present, use them as the 'command' field in the container, rather "
                "than the 'args' field which is the default.");
  sub->add_flag("--privileged", o->spec.privileged, "If true, run the container in privileged mode.");
  sub->add_flag("-i,--stdin", o->spec.stdin, "Keep stdin open on the container in the pod, even if nothing is attached.");
  sub->add_flag("-t,--tty", o->spec.tty, "Allocate a TTY for the container in the pod.");
  o->attach_flag = sub->add_flag(
      "--attach", o->attach,
      "If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were "
      "called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' "
      "the exit code of the container process is returned.");
  sub->add_flag("--rm", o->rm,
                "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with "
                "'--attach' or with '-i/--stdin'.");
  sub->add_flag("--leave-stdin-open", o->leave_stdin_open,
                "If the pod is started in interactive mode or with stdin, leave stdin open after the first attach "
                "completes. By default, stdin will be closed after the first attach completes.");
  sub->add_flag("-q,--quiet", o->quiet, "If true, suppress prompt messages.");
  sub->add_flag("--expose", o->expose, "If true, create a ClusterIP service associated with the pod.  Requires `--port`.");
  sub->add_option("--pod-running-timeout", o->pod_running_timeout,
                  "The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running")
      ->default_str("1m0s");
  on_chosen(sub, ctx, [o, &ctx]() { return run_pod(ctx, *o); });
}

}  // namespace kctl::cmd
