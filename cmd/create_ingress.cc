// kctl create ingress.
#include "cmd/create_commands.h"
#include "cmd/create_objects.h"

namespace kctl::cmd {
namespace {

struct IngressOptions {
  GeneratorFlags gen;
  IngressSpec spec;
};

Result<> run_ingress(Factory& f, IngressOptions& o) {
  auto name = name_from_args(o.gen.args);
  if (!name) return name.take_error();
  if (auto c = check_write_flags(f, o.gen); !c) return c.take_error();
  auto ns = generator_namespace(f);
  auto obj = ingress_object(*name, ns && ns->enforced ? ns->ns : "", o.spec);
  if (!obj) return obj.take_error();
  return send_generated(f, o.gen,
                        {generated_resource("networking.k8s.io", "v1", "ingresses", "Ingress", true),
                         "failed to create ingress: "},
                        std::move(*obj));
}

}  // namespace

void register_create_ingress(CLI::App& create, VerbContext& ctx) {
  auto o = std::make_shared<IngressOptions>();
  CLI::App* sub = create.add_subcommand("ingress", "Create an ingress with the specified name")->alias("ing");
  o->gen.add_to(*sub);
  sub->add_option("--rule", o->spec.rules,
                  "Rule in format host/path=service:port[,tls=secretname]. Paths containing the leading character "
                  "'*' are considered pathType=Prefix. tls argument is optional.");
  sub->add_option("--annotation", o->spec.annotations,
                  "Annotation to insert in the ingress object, in the format annotation=value");
  sub->add_option("--class", o->spec.ingress_class, "Ingress Class to be used");
  sub->add_option("--default-backend", o->spec.default_backend,
                  "Default service for backend, in format of svcname:port");
  on_chosen(sub, ctx, [o, &ctx]() { return run_ingress(ctx.factory, *o); });
}

}  // namespace kctl::cmd
