// kctl run NAME --image=IMAGE [-- ARGS]: one pod, created as kubectl's
// run creates it. Attaching to it (-i, -t, --attach, --rm) is not
// supported and refused.
#include "cmd/create_commands.h"
#include "cmd/create_objects.h"

namespace kctl::cmd {
namespace {

struct RunOptions {
  GeneratorFlags gen;
  RunSpec spec;
  bool stdin_ = false, tty = false, attach = false, rm = false;
};

Result<> run_pod(VerbContext& ctx, RunOptions& o) {
  Factory& f = ctx.factory;
  if (o.spec.image.empty()) return required_flags(f, {"image"});
  if (o.gen.args.empty()) return make_error(ErrorKind::Usage, "NAME is required for run");
  if (o.stdin_ || o.tty || o.attach || o.rm)
    return make_error(ErrorKind::Internal,
                      "kctl run does not attach to the pod: -i, -t, --attach and --rm are not supported; create the "
                      "pod, then use kctl attach, kctl logs and kctl delete");
  if (auto c = check_write_flags(f, o.gen); !c) return c.take_error();
  const std::string name = o.gen.args.front();
  RunSpec spec = o.spec;
  spec.args.assign(o.gen.args.begin() + 1, o.gen.args.end());
  if (ctx.args_after_dash) spec.args.insert(spec.args.end(), ctx.args_after_dash->begin(), ctx.args_after_dash->end());
  auto ns = generator_namespace(f);
  if (!ns) return ns.take_error();
  auto pod = run_pod_object(name, ns->enforced ? ns->ns : "", spec);
  if (!pod) return pod.take_error();
  return send_generated(f, o.gen, {generated_resource("", "v1", "pods", "Pod", true), ""}, std::move(*pod));
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
  sub->add_flag("-i,--stdin", o->stdin_, "Keep stdin open on the container in the pod (not supported by kctl).");
  sub->add_flag("-t,--tty", o->tty, "Allocate a TTY for the container in the pod (not supported by kctl).");
  sub->add_flag("--attach", o->attach, "Wait for the Pod to start running, and then attach (not supported by kctl).");
  sub->add_flag("--rm", o->rm, "Delete the pod after it exits (not supported by kctl).");
  on_chosen(sub, ctx, [o, &ctx]() { return run_pod(ctx, *o); });
}

}  // namespace kctl::cmd
