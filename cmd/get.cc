// kctl get: flags and kubectl's Complete/Validate, then the raw, table or
// generic-printer path (cmd/get_tables.cc, cmd/get_generic.cc).
#include <algorithm>
#include <cstdlib>
#include <optional>

#include "client/printers/table_colors.h"
#include "cmd/get_options.h"
#include "cmd/go_duration.h"
#include "cmd/verb.h"

namespace kctl::cmd {
namespace {

constexpr const char* kCommandPath = "kctl get";
constexpr const char* kAllowedFormats =
    "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,"
    "name,template,templatefile,wide,yaml";

// Go templates (go-template, template and their file forms) are the one
// output kctl does not print.
bool implemented_format(const std::string& output) {
  const std::string format = output.substr(0, output.find('='));
  return format.find("template") == std::string::npos;
}

bool known_format(const std::string& output) {
  const std::string format = output.substr(0, output.find('='));
  for (const char* f : {"custom-columns", "custom-columns-file", "go-template", "go-template-file", "json", "jsonpath",
                        "jsonpath-as-json", "jsonpath-file", "name", "template", "templatefile", "wide", "yaml"})
    if (format == f) return true;
  return output.empty();
}

Result<> run_raw(Factory& f, const GetOptions& o) {
  if (!o.args.empty()) return make_error(ErrorKind::Internal, "arguments may not be passed when --raw is specified");
  if (o.watch || o.watch_only || !o.label_selector.empty())
    return make_error(ErrorKind::Internal,
                      "--raw may not be specified with other flags that filter the server request or alter the output");
  if (!o.output.empty()) return make_error(ErrorKind::Internal, "--raw and --output are mutually exclusive");
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  std::ostream& out = f.io().out;
  // Stream the body straight to stdout: a large response is never held.
  auto resp = (*rest)->get_path(o.raw, [&out](std::string_view chunk) {
    out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    return static_cast<bool>(out);
  });
  if (!resp) return resp.take_error();
  if (!resp->streamed) out << resp->body;
  out.flush();
  return {};
}

Result<> validate(const GetOptions& o) {
  if (o.show_labels && !o.output.empty() && o.output != "wide")
    return make_error(ErrorKind::Internal, "--show-labels option cannot be used with " + o.output + " printer");
  if (o.output_watch_events && !(o.watch || o.watch_only))
    return make_error(ErrorKind::Internal, "--output-watch-events option can only be used with --watch or --watch-only");
  if (!known_format(o.output))
    return make_error(ErrorKind::Internal, "unable to match a printer suitable for the output format \"" + o.output +
                                               "\", allowed formats are: " + kAllowedFormats);
  return {};
}

Result<VisitPlan> plan_from_args(client::Discovery& d, const GetOptions& o, std::ostream& err) {
  auto args = parse_resource_args(o.args, o.program);
  if (!args) return args.take_error();
  return plan_visits(
      *args, o.scope(),
      [&d, &err](std::string_view arg) {
        std::vector<std::string> warnings;
        auto r = client::resolve_resource(d, arg, &warnings);
        for (const auto& w : warnings) err << "Warning: " << w << '\n';
        return r;
      },
      [&d](std::string_view arg) {
        std::vector<std::string> names;
        auto data = d.data();
        if (!data) return names;
        for (const auto& r : client::expand_category(**data, arg))
          names.push_back(r.group.empty() ? r.name : r.name + "." + r.group);
        return names;
      });
}

Result<VisitPlan> plan_from_files(Factory& f, client::Discovery& d, const GetOptions& o) {
  if (!o.args.empty())
    return make_error(ErrorKind::Internal,
                      "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well");
  // kubectl prints manifest errors as it prints an aggregate: without "error: ".
  auto manifests = read_manifests(o.filenames, f.io().in);
  if (!manifests) return manifests.take_error();
  return plan_manifest_visits(manifests->objects, manifests->single_source, o.scope(), discovery_kind_resolver(d));
}

Result<> run(Factory& f, GetOptions& o, const std::string& chunk_size_flag) {
  if (!o.raw.empty()) return run_raw(f, o);
  auto chunk = parse_int_flag(chunk_size_flag, "--chunk-size", kCommandPath, f.io().err);
  if (!chunk) return chunk.take_error();
  o.chunk_size = *chunk;
  if (o.args.empty() && o.filenames.empty()) {
    f.io().err << "You must specify the type of resource to get. Use \"kctl api-resources\" for a complete list of "
                  "supported resources.\n\n";
    return make_error(ErrorKind::Usage,
                      "Required resource not specified.\nUse \"kctl explain <resource>\" for a detailed description "
                      "of that resource (e.g. kctl explain pods).");
  }
  if (auto v = validate(o); !v) return v;
  if (!implemented_format(o.output))
    return make_error(ErrorKind::Internal, "kctl get: -o " + o.output.substr(0, o.output.find('=')) +
                                               ": Go templates are not supported by kctl; use -o jsonpath=...");
  o.human = o.output.empty() || o.output == "wide";
  printers::ColorMode color_mode = printers::ColorMode::Auto;
  if (!printers::parse_color_mode(o.color, color_mode))
    return make_error(ErrorKind::Internal, "invalid --color value \"" + o.color + "\": want auto, always or never");
  o.colored = o.human && printers::use_color(color_mode, f.io().stdout_is_terminal, std::getenv("NO_COLOR"),
                                             std::getenv("TERM"));

  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  o.ns = (*rc)->ns;
  auto discovery = f.discovery();
  if (!discovery) return discovery.take_error();
  auto plan = o.filenames.empty() ? plan_from_args(**discovery, o, f.io().err) : plan_from_files(f, **discovery, o);
  if (!plan) return plan.take_error();
  if (o.watch || o.watch_only) {
    if (o.sorting()) f.io().err << "warning: --watch or --watch-only requested, --sort-by will be ignored\n";
    return run_watch(f, o, *plan);
  }
  return o.human ? print_tables(f, o, *plan) : print_generic(f, o, *plan);
}

}  // namespace

void register_get(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<GetOptions>();
  auto chunk_size = std::make_shared<std::string>("500");
  CLI::App* sub = root.add_subcommand("get", "Display one or many resources");
  GetOptions& o = *opts;
  sub->add_flag("-A,--all-namespaces", o.all_namespaces,
                "If present, list the requested object(s) across all namespaces. Namespace in current context is "
                "ignored even if specified with --namespace.");
  sub->add_flag("--allow-missing-template-keys", o.allow_missing_template_keys,
                "If true, ignore any errors in templates when a field or map key is missing in the template. Only "
                "applies to golang and jsonpath output formats.");
  sub->add_option("--chunk-size", *chunk_size,
                  "Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may "
                  "change in the future.");
  sub->add_option("--color", o.color,
                  "Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never. kctl only.");
  sub->add_option("--field-selector", o.field_selector,
                  "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector "
                  "key1=value1,key2=value2). The server only supports a limited number of field queries per type.");
  sub->add_option("-f,--filename", o.filenames.filenames,
                  "Filename, directory, or URL to files identifying the resource to get from a server.")
      ->allow_extra_args(false)
      ->take_all()
      ->delimiter(',');
  sub->add_flag("-R,--recursive", o.filenames.recursive,
                "Process the directory used in -f, --filename recursively. Useful when you want to manage related "
                "manifests organized within the same directory.");
  sub->add_flag("--ignore-not-found", o.ignore_not_found,
                "If the requested object does not exist the command will return exit code 0.");
  sub->add_option("-L,--label-columns", o.label_columns,
                  "Accepts a comma separated list of labels that are going to be presented as columns. Names are "
                  "case-sensitive. You can also use multiple flag options like -L label1 -L label2...")
      ->allow_extra_args(false)
      ->take_all()
      ->delimiter(',');
  sub->add_flag("--no-headers", o.no_headers,
                "When using the default or custom-column output format, don't print headers (default print headers).");
  sub->add_option("-o,--output", o.output,
                  "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, "
                  "jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide).");
  sub->add_flag("--output-watch-events", o.output_watch_events,
                "Output watch event objects when --watch or --watch-only is used. Existing objects are output as "
                "initial ADDED events.");
  sub->add_option("--raw", o.raw,
                  "Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.");
  sub->add_option("-l,--selector", o.label_selector,
                  "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). "
                  "Matching objects must satisfy all of the specified label constraints.");
  sub->add_flag("--server-print", o.server_print,
                "If true, have the server return the appropriate table output. Supports extension APIs and CRDs.");
  sub->add_flag("--show-kind", o.show_kind, "If present, list the resource type for the requested object(s).");
  sub->add_flag("--show-labels", o.show_labels,
                "When printing, show all labels as the last column (default hide labels column)");
  sub->add_flag("--show-managed-fields", o.show_managed_fields,
                "If true, keep the managedFields when printing objects in JSON or YAML format.");
  sub->add_option("--sort-by", o.sort_by,
                  "If non-empty, sort list types using this field specification.  The field specification is "
                  "expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource "
                  "specified by this JSONPath expression must be an integer or a string.");
  sub->add_flag("-w,--watch", o.watch, "After listing/getting the requested object, watch for changes.");
  sub->add_flag("--watch-only", o.watch_only,
                "Watch for changes to the requested object(s), without listing/getting first.");
  sub->add_option("args", o.args, "TYPE[.VERSION][.GROUP] [NAME]");
  on_chosen(sub, ctx, [opts, chunk_size, &ctx] { return run(ctx.factory, *opts, *chunk_size); });
}

}  // namespace kctl::cmd
