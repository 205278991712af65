// kctl get --raw PATH. The rest of `get` (printers, discovery) is the
// read-path issue; until then kctl says so instead of guessing.
#include "cmd/verb.h"

namespace kctl::cmd {
namespace {

struct GetOptions {
  std::string raw;
  std::vector<std::string> args;

  Result<> run(Factory& f) const {
    if (raw.empty())
      return make_error(ErrorKind::Internal, "kctl get: only --raw is implemented in this version");
    if (!args.empty())
      return make_error(ErrorKind::Usage, "arguments may not be passed when --raw is specified");
    auto rest = f.rest_client();
    if (!rest) return rest.take_error();
    std::ostream& out = f.io().out;
    // Stream the body straight to stdout: a large response is never held.
    auto resp = (*rest)->get_path(raw, [&out](std::string_view chunk) {
      out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      return static_cast<bool>(out);
    });
    if (!resp) return resp.take_error();
    if (!resp->streamed) out << resp->body;
    out.flush();
    return {};
  }
};

}  // namespace

void register_get(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<GetOptions>();
  CLI::App* sub = root.add_subcommand("get", "Display one or many resources");
  sub->add_option("--raw", opts->raw, "Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.");
  sub->add_option("args", opts->args, "TYPE[.VERSION][.GROUP] [NAME]");
  on_chosen(sub, ctx, [opts, &ctx] { return opts->run(ctx.factory); });
}

}  // namespace kctl::cmd
