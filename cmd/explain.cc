// kctl explain RESOURCE[.field.path]: the documentation of a resource or
// field, from the server's OpenAPI document (kubectl's v2 layout).
#include <nlohmann/json.hpp>

#include <memory>

#include "client/explain/explain_v2.h"
#include "client/explain/field_path.h"
#include "cmd/explain_target.h"
#include "cmd/verb.h"

namespace kctl::cmd {
namespace {

constexpr std::string_view kExplainShort = "Get documentation for a resource";
constexpr std::string_view kPlaintext = "plaintext";
constexpr std::string_view kPlaintextOpenApiV2 = "plaintext-openapiv2";

struct ExplainOptions {
  bool recursive = false;                   // flags
  std::string api_version;
  std::string output = std::string(kPlaintext);
  std::vector<std::string> args;

  void add_flags(CLI::App& sub) {
    sub.add_option("args", args, "TYPE");
    sub.add_flag("--recursive", recursive,
                 "When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.");
    sub.add_option("--api-version", api_version, "Use given api-version (group/version) of the resource.");
    sub.add_option("-o,--output", output,
                   "Format in which to render the schema. Valid values are: (plaintext, plaintext-openapiv2).");
  }

  Result<> complete(Factory& f) {
    auto rest = f.rest_client();
    if (!rest) return rest.take_error();
    return {};
  }

  Result<> validate() const {
    if (args.empty())
      return make_error(ErrorKind::Internal,
                        "You must specify the type of resource to explain. Use \"kctl api-resources\" for a complete "
                        "list of supported resources.\n");
    if (args.size() > 1) return make_error(ErrorKind::Internal, "We accept only this format: explain RESOURCE\n");
    return {};
  }

  Result<> run(Factory& f) {
    auto request = resolve(f);
    if (!request) return request.take_error();
    auto rest = f.rest_client();
    if (!rest) return rest.take_error();
    if (output != kPlaintextOpenApiV2) {
      // kctl renders only kubectl's OpenAPI v2 layout; kubectl also falls
      // back to it when the server has no /openapi/v3.
      auto v3 = (*rest)->get_path("/openapi/v3");
      if (!v3 && output != kPlaintext)
        return make_error(ErrorKind::Internal, "failed to fetch list of groupVersions: " + v3.error().message);
    }
    auto doc = fetch_openapi_v2(**rest);
    if (!doc) return doc.take_error();
    if (!api_version.empty()) {
      auto gv = parse_group_version(api_version);
      if (!gv) return gv.take_error();
      request->gvk.group = gv->group;
      request->gvk.version = gv->version;
    }
    return explain::explain_v2(f.io().out, *doc, *request);
  }

 private:
  // The kind and field path ARG names: kubectl's SplitAndParseResourceRequest
  // (with --api-version) or its WithMatchingPrefix variant.
  Result<explain::ExplainRequest> resolve(Factory& f) const {
    const std::string& arg = args[0];
    auto resource = explain::resource_of(arg);
    if (!resource) return resource.take_error();
    auto discovery = f.discovery();
    if (!discovery) return discovery.take_error();
    auto best = client::resolve_resource(**discovery, *resource);
    if (!best) return without_error_prefix(f, best.take_error());
    explain::ExplainRequest request{{best->group, best->version, best->kind}, {}, recursive};
    if (!api_version.empty()) {
      auto fields = explain::fields_after_resource(arg);
      if (!fields) return fields.take_error();
      request.fields = std::move(*fields);
      return request;
    }
    auto data = (*discovery)->data();
    if (!data) return data.take_error();
    std::vector<std::string> candidates = group_resources_for(**data, *best, *resource);
    auto match = explain::match_group_resource(arg, candidates);
    if (!match) return match.take_error();
    request.fields = std::move(match->fields);
    if (match->index != 0) {
      auto chosen = client::resolve_resource(**data, candidates[match->index]);
      if (!chosen) return chosen.take_error();
      request.gvk = {chosen->group, chosen->version, chosen->kind};
    }
    return request;
  }

  // kubectl's checkErr prints "the server doesn't have a resource type"
  // bare, where other errors get "error: ".
  static Error without_error_prefix(Factory& f, Error e) {
    if (e.kind != ErrorKind::Internal || e.message.rfind("the server doesn't have a resource type", 0) != 0) return e;
    f.io().err << e.message << '\n';
    return Error{ErrorKind::Printed, std::move(e.message), 1, {}, 0, {}};
  }

  // /openapi/v2 as JSON (kubectl asks for protobuf; the content is the same).
  static Result<explain::OpenApiV2Document> fetch_openapi_v2(client::RestClient& rest) {
    auto url = rest.request().abs_path("/openapi/v2").url();
    if (!url) return url.take_error();
    client::HttpRequest req;
    req.url = std::move(*url);
    req.headers.emplace_back("Accept", "application/json");
    auto resp = rest.send(std::move(req));
    if (!resp) return resp.take_error();
    return explain::OpenApiV2Document::parse(resp->body);
  }
};

}  // namespace

void register_explain(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<ExplainOptions>();
  CLI::App* sub = root.add_subcommand("explain", std::string(kExplainShort));
  opts->add_flags(*sub);
  on_chosen(sub, ctx, [opts, &ctx]() -> Result<> {
    if (auto r = opts->complete(ctx.factory); !r) return r;
    if (auto r = opts->validate(); !r) return r;
    return opts->run(ctx.factory);
  });
}

}  // namespace kctl::cmd
