// kctl version [--client] [-o json|yaml]
#include <nlohmann/json.hpp>

#include "client/layers.h"
#include "client/printers/go_json.h"
#include "client/printers/go_yaml.h"
#include "cmd/verb.h"
#include "kctl_build_info.h"
#include "kctl_git_commit.h"

namespace kctl::cmd {
namespace {

using Json = nlohmann::ordered_json;

Json client_version() {
  std::string version = KCTL_VERSION;
  auto dot = version.find('.');
  auto dot2 = version.find('.', dot + 1);
  return Json{
      {"major", version.substr(0, dot)},
      {"minor", version.substr(dot + 1, dot2 - dot - 1)},
      {"gitVersion", "v" + version},
      {"gitCommit", KCTL_GIT_COMMIT},
      {"gitTreeState", "clean"},
      {"buildDate", KCTL_BUILD_DATE},
      {"compiler", "gcc " __VERSION__},
      {"platform", client::platform()},
  };
}

struct VersionOptions {
  bool client_only = false;
  std::string output;

  Result<> validate() const {
    if (!output.empty() && output != "yaml" && output != "json")
      return make_error(ErrorKind::Internal, "--output must be 'yaml' or 'json'");
    return {};
  }

  Result<> run(Factory& f) const {
    if (auto r = validate(); !r) return r;
    Json info = Json{{"clientVersion", client_version()}};
    Result<> server_error;
    if (!client_only) {
      auto rest = f.rest_client();
      if (!rest) {
        server_error = rest.take_error();
      } else {
        auto resp = (*rest)->get_path("/version");
        if (!resp) {
          server_error = resp.take_error();
        } else {
          Json server = Json::parse(resp->body, nullptr, false);
          if (server.is_discarded() || !server.is_object())
            server_error = make_error(ErrorKind::Internal, "couldn't parse the server version: " + resp->body);
          else
            info["serverVersion"] = server;
        }
      }
    }
    std::ostream& out = f.io().out;
    if (output == "json") {
      out << printers::to_go_json(info, 2) << '\n';
    } else if (output == "yaml") {
      out << printers::to_go_yaml(info) << '\n';
    } else {
      out << "Client Version: " << info["clientVersion"]["gitVersion"].get<std::string>() << '\n';
      if (info.contains("serverVersion"))
        out << "Server Version: " << info["serverVersion"].value("gitVersion", "") << '\n';
    }
    out.flush();
    return server_error;
  }
};

}  // namespace

void register_version(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<VersionOptions>();
  CLI::App* sub = root.add_subcommand("version", "Print the client and server version information");
  sub->add_flag("--client", opts->client_only, "If true, shows client version only (no server required).");
  sub->add_option("-o,--output", opts->output, "One of 'yaml' or 'json'.");
  on_chosen(sub, ctx, [opts, &ctx] { return opts->run(ctx.factory); });
}

}  // namespace kctl::cmd
