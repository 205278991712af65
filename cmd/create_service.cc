// kctl create service clusterip|nodeport|loadbalancer|externalname.
#include "cmd/create_commands.h"
#include "cmd/create_objects.h"

namespace kctl::cmd {
namespace {

struct ServiceOptions {
  GeneratorFlags gen;
  ServiceSpec spec;
  std::string node_port = "0";
};

Result<> run_service(VerbContext& ctx, ServiceOptions& o) {
  Factory& f = ctx.factory;
  if (o.spec.type == "NodePort") {
    auto port = parse_int_flag(f, o.node_port, "--node-port", ctx.command_path);
    if (!port) return port.take_error();
    o.spec.node_port = *port;
  }
  if (o.spec.type == "ExternalName" && o.spec.external_name.empty()) return required_flags(f, {"external-name"});
  auto name = name_from_args(o.gen.args);
  if (!name) return name.take_error();
  if (auto c = check_write_flags(f, o.gen); !c) return c.take_error();
  auto ns = generator_namespace(f);
  auto obj = service_object(*name, ns && ns->enforced ? ns->ns : "", o.spec);
  if (!obj) return obj.take_error();
  return send_generated(f, o.gen, {generated_resource("", "v1", "services", "Service", true),
                                   "failed to create " + o.spec.type + " service: "},
                        std::move(*obj));
}

void add_tcp_flag(CLI::App& sub, ServiceOptions& o) {
  sub.add_option("--tcp", o.spec.tcp, "Port pairs can be specified as '<port>:<targetPort>'.")->delimiter(',');
}

}  // namespace

void register_create_service(CLI::App& create, VerbContext& ctx) {
  CLI::App* service = create.add_subcommand("service", "Create a service using a specified subcommand")->alias("svc");
  service->require_subcommand(1);
  struct Kind {
    const char* name;
    const char* type;
    const char* help;
  };
  for (const Kind& k : {Kind{"clusterip", "ClusterIP", "Create a ClusterIP service"},
                        Kind{"nodeport", "NodePort", "Create a NodePort service"},
                        Kind{"loadbalancer", "LoadBalancer", "Create a LoadBalancer service"},
                        Kind{"externalname", "ExternalName", "Create an ExternalName service"}}) {
    auto o = std::make_shared<ServiceOptions>();
    o->spec.type = k.type;
    CLI::App* sub = service->add_subcommand(k.name, k.help);
    o->gen.add_to(*sub);
    const std::string type = k.type;
    if (type != "ExternalName") add_tcp_flag(*sub, *o);
    if (type == "ClusterIP")
      sub->add_option("--clusterip", o->spec.cluster_ip,
                      "Assign your own ClusterIP or set to 'None' for a 'headless' service (no loadbalancing).");
    if (type == "NodePort")
      sub->add_option("--node-port", o->node_port, "Port used to expose the service on each node in a cluster.")
          ->default_str("0");
    if (type == "ExternalName") {
      sub->add_option("--external-name", o->spec.external_name, "External name of service");
      add_tcp_flag(*sub, *o);
    }
    on_chosen(sub, ctx, [o, &ctx]() { return run_service(ctx, *o); });
  }
}

}  // namespace kctl::cmd
