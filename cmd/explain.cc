// kctl explain RESOURCE[.field.path]: the documentation of a resource or
// field, from the server's OpenAPI v3 documents, or its OpenAPI v2 document
// (kubectl's older layout) when it has no v3.
#include <nlohmann/json.hpp>

#include <memory>

#include "client/explain/explain_v2.h"
#include "client/explain/explain_v3.h"
#include "client/explain/field_path.h"
#include "cmd/explain_openapi.h"
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

  // kubectl 1.27+: OpenAPI v3 when the server serves it, else the v2
  // layout; --output=plaintext-openapiv2 always asks for v2.
  Result<> run(Factory& f) {
    auto target = resolve(f);
    if (!target) return target.take_error();
    auto rest = f.rest_client();
    if (!rest) return rest.take_error();
    if (output == kPlaintextOpenApiV2) return run_v2(f, **rest, target->request);
    auto paths = fetch_openapi_v3_paths(**rest);
    if (!paths) {
      if (output == kPlaintext) return run_v2(f, **rest, target->request);
      return make_error(ErrorKind::Internal, "failed to fetch list of groupVersions: " + paths.error().message);
    }
    explain::GroupVersionResource gvr{target->request.gvk.group, target->request.gvk.version, target->resource};
    if (auto r = apply_api_version(gvr.group, gvr.version); !r) return r;
    const std::string gv_path = gvr.group.empty() ? "api/" + gvr.version : "apis/" + gvr.group + "/" + gvr.version;
    auto url = paths->find(gv_path);
    if (url == paths->end())
      return make_error(ErrorKind::Internal, "couldn't find resource for \"" + gvr.to_string() + "\"");
    auto doc = fetch_openapi_v3_document(**rest, gv_path, url->second);
    if (!doc) return doc.take_error();
    return explain::explain_v3(f.io().out, *doc, {gvr, target->request.fields, recursive, output});
  }

 private:
  struct Target {
    explain::ExplainRequest request;
    std::string resource;  // the plural, for the v3 document's paths
  };

  // The kind and field path ARG names: kubectl's SplitAndParseResourceRequest
  // (with --api-version) or its WithMatchingPrefix variant.
  Result<Target> resolve(Factory& f) const {
    const std::string& arg = args[0];
    auto resource = explain::resource_of(arg);
    if (!resource) return resource.take_error();
    auto discovery = f.discovery();
    if (!discovery) return discovery.take_error();
    auto best = client::resolve_resource(**discovery, *resource);
    if (!best) return without_error_prefix(f, best.take_error());
    Target target{{{best->group, best->version, best->kind}, {}, recursive}, best->name};
    if (!api_version.empty()) {
      auto fields = explain::fields_after_resource(arg);
      if (!fields) return fields.take_error();
      target.request.fields = std::move(*fields);
      return target;
    }
    auto data = (*discovery)->data();
    if (!data) return data.take_error();
    std::vector<std::string> candidates = group_resources_for(**data, *best, *resource);
    auto match = explain::match_group_resource(arg, candidates);
    if (!match) return match.take_error();
    target.request.fields = std::move(match->fields);
    if (match->index != 0) {
      auto chosen = client::resolve_resource(**data, candidates[match->index]);
      if (!chosen) return chosen.take_error();
      target.request.gvk = {chosen->group, chosen->version, chosen->kind};
      target.resource = chosen->name;
    }
    return target;
  }

  // kubectl's checkErr prints "the server doesn't have a resource type"
  // bare, where other errors get "error: ".
  static Error without_error_prefix(Factory& f, Error e) {
    if (e.kind != ErrorKind::Internal || e.message.rfind("the server doesn't have a resource type", 0) != 0) return e;
    f.io().err << e.message << '\n';
    return Error{ErrorKind::Printed, std::move(e.message), 1, {}, 0, {}, {}};
  }

  Result<> run_v2(Factory& f, client::RestClient& rest, explain::ExplainRequest request) const {
    auto doc = fetch_openapi_v2(rest);
    if (!doc) return doc.take_error();
    if (auto r = apply_api_version(request.gvk.group, request.gvk.version); !r) return r;
    return explain::explain_v2(f.io().out, *doc, request);
  }

  // --api-version replaces the group and version discovery chose.
  Result<> apply_api_version(std::string& group, std::string& version) const {
    if (api_version.empty()) return {};
    auto gv = parse_group_version(api_version);
    if (!gv) return gv.take_error();
    group = gv->group;
    version = gv->version;
    return {};
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
