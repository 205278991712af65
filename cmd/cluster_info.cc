// kctl cluster-info: the control plane address and the cluster services
// (kube-system services labelled kubernetes.io/cluster-service=true).
#include <nlohmann/json.hpp>

#include "cmd/verb.h"

namespace kctl::cmd {
namespace {

constexpr const char* kGreen = "\x1b[0;32m";
constexpr const char* kYellow = "\x1b[0;33m";
constexpr const char* kReset = "\x1b[0m";

// kubectl colours the names and addresses only on a terminal.
void print_line(std::ostream& out, bool color, const std::string& name, const std::string& url) {
  if (color) out << kGreen << name << kReset << " is running at " << kYellow << url << kReset << '\n';
  else out << name << " is running at " << url << '\n';
}

Result<> cluster_info(Factory& f) {
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  auto url = (*rest)->request().ns("kube-system").resource("services")
                 .param("labelSelector", "kubernetes.io/cluster-service=true").url();
  if (!url) return url.take_error();
  client::HttpRequest req;
  req.url = *url;
  auto resp = (*rest)->send(std::move(req));
  if (!resp) return resp.take_error();
  std::ostream& out = f.io().out;
  print_line(out, f.io().stdout_is_terminal, "Kubernetes control plane", (*rest)->server());
  nlohmann::json list = nlohmann::json::parse(resp->body, nullptr, false);
  if (list.is_object() && list.contains("items") && list["items"].is_array()) {
    for (const auto& svc : list["items"]) {
      const auto& meta = svc.value("metadata", nlohmann::json::object());
      std::string name = meta.value("name", "");
      std::string display = name;
      if (meta.contains("labels") && meta["labels"].contains("kubernetes.io/name"))
        display = meta["labels"]["kubernetes.io/name"].get<std::string>();
      std::string port_part = name;
      const auto& ports = svc.value("spec", nlohmann::json::object()).value("ports", nlohmann::json::array());
      if (!ports.empty() && ports[0].contains("name")) port_part = name + ":" + ports[0]["name"].get<std::string>();
      print_line(out, f.io().stdout_is_terminal, display, (*rest)->server() + "/api/v1/namespaces/kube-system/services/" + port_part + "/proxy");
    }
  }
  out << "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n";
  return {};
}

}  // namespace

void register_cluster_info(CLI::App& root, VerbContext& ctx) {
  CLI::App* sub = root.add_subcommand("cluster-info", "Display cluster information");
  on_chosen(sub, ctx, [&ctx] { return cluster_info(ctx.factory); });
}

}  // namespace kctl::cmd
