// kctl api-versions: every group/version the server serves, sorted; always
// asked of the server (/api and /apis), as kubectl does.
#include <algorithm>

#include "cmd/verb.h"

namespace kctl::cmd {
namespace {

struct ApiVersionsOptions {
  std::vector<std::string> args;

  Result<> run(Factory& f) const {
    if (auto r = no_arguments(args); !r) return r;
    auto discovery = f.discovery();
    if (!discovery) return discovery.take_error();
    auto groups = (*discovery)->server_groups();
    if (!groups)
      return make_error(ErrorKind::Internal, "couldn't get available api versions from server: " + groups.error().message);
    std::vector<std::string> versions;
    for (const client::ApiGroup& g : *groups)
      for (const std::string& v : g.versions) versions.push_back(g.name.empty() ? v : g.name + "/" + v);
    std::sort(versions.begin(), versions.end());
    for (const std::string& v : versions) f.io().out << v << '\n';
    f.io().out.flush();
    return {};
  }
};

}  // namespace

void register_api_versions(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<ApiVersionsOptions>();
  CLI::App* sub = root.add_subcommand(
      "api-versions", "Print the supported API versions on the server, in the form of \"group/version\"");
  sub->add_option("args", opts->args);
  on_chosen(sub, ctx, [opts, &ctx] { return opts->run(ctx.factory); });
}

}  // namespace kctl::cmd
