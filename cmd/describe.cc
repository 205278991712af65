// kctl describe (TYPE [NAME_PREFIX] | TYPE/NAME) [-l selector] [-A]
//               [--show-events=true] [--chunk-size=500]
// The objects are read here (by name, or listed in chunks); the text is
// client/describe's, from the object and the related lists fetched for it.
#include <chrono>
#include <sstream>

#include "cmd/describe_fetch.h"
#include "cmd/render_error.h"
#include "cmd/verb.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

// One requested object (by name) or collection (name empty).
struct Target {
  std::string type;
  std::string name;
};

struct Described {
  client::ApiResource resource;
  json object;
};

struct DescribeOptions {
  std::string selector;
  bool all_namespaces = false;
  bool show_events = true;
  std::int64_t chunk_size = 500;
  std::vector<std::string> args;
  std::string ns;  // complete()

  void add_flags(CLI::App* sub) {
    sub->add_option("-l,--selector", selector,
                    "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). "
                    "Matching objects must satisfy all of the specified label constraints.");
    sub->add_flag("-A,--all-namespaces", all_namespaces,
                  "If present, list the requested object(s) across all namespaces. Namespace in current context is "
                  "ignored even if specified with --namespace.");
    sub->add_flag("--show-events", show_events, "If true, display events related to the described object.")
        ->default_str("true");
    sub->add_option("--chunk-size", chunk_size,
                    "Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and "
                    "may change in the future.")
        ->default_str("500");
    sub->add_option("args", args, "(TYPE [NAME_PREFIX | -l label] | TYPE/NAME)");
  }

  // kubectl's ResourceTypeOrNameArgs: TYPE/NAME..., or TYPE[,TYPE] [NAME...].
  Result<std::vector<Target>> targets() const {
    std::vector<Target> out;
    if (args.empty())
      return make_error(ErrorKind::Internal,
                        "You must specify the type of resource to describe. Use \"kctl api-resources\" for a complete "
                        "list of supported resources.\n");
    bool slash = args[0].find('/') != std::string::npos;
    for (const std::string& a : args) {
      auto at = a.find('/');
      if ((at != std::string::npos) != slash)
        return make_error(ErrorKind::Internal,
                          "there is no need to specify a resource type as a separate argument when passing arguments "
                          "in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get "
                          "resource resource/<resource_name>'");
      if (slash) out.push_back({a.substr(0, at), a.substr(at + 1)});
    }
    if (!slash)
      for (std::size_t i = 1; i < args.size(); ++i) out.push_back({"", args[i]});
    for (const Target& t : out) {
      if (t.name.empty()) continue;
      if (!selector.empty()) return make_error(ErrorKind::Internal, "name cannot be provided when a selector is specified");
      if (all_namespaces)
        return make_error(ErrorKind::Internal, "a resource cannot be retrieved by name across all namespaces");
    }
    if (slash) return out;
    out.clear();
    std::vector<std::string> types;
    std::stringstream list(args[0]);
    for (std::string t; std::getline(list, t, ',');)
      if (!t.empty()) types.push_back(t);
    for (const std::string& t : types) {
      if (args.size() == 1) out.push_back({t, ""});
      for (std::size_t i = 1; i < args.size(); ++i) out.push_back({t, args[i]});
    }
    return out;
  }

  Result<Described> get_one(client::RestClient& rest, const client::ApiResource& res, const std::string& name) const {
    auto obj = rest.get_json(rest.request().abs_path(collection_path(res, ns) + "/" + name));
    if (!obj) return obj.take_error();
    return Described{res, std::move(*obj)};
  }

  Result<std::vector<Described>> list(client::RestClient& rest, const client::ApiResource& res, bool with_selector,
                                      bool across_namespaces) const {
    std::vector<std::pair<std::string, std::string>> params;
    if (with_selector && !selector.empty()) params.emplace_back("labelSelector", selector);
    auto items = list_items(rest, collection_path(res, across_namespaces ? "" : ns), std::move(params), chunk_size);
    if (!items) return items.take_error();
    std::vector<Described> out;
    for (json& item : *items) {
      // List items carry no type; kubectl's describers read them by GET.
      item["apiVersion"] = res.group_version();
      item["kind"] = res.kind;
      out.push_back({res, std::move(item)});
    }
    return out;
  }

  Result<std::string> text(client::RestClient& rest, const Described& d) const {
    describe::ObjectKind kind{d.resource.group, d.resource.kind};
    auto related = fetch_related(rest, kind, d.object, show_events, chunk_size);
    if (!related) return related.take_error();
    return describe::describe_object(kind, d.object, *related, describe::Clock::now());
  }

  // DescribeMatchingResources: `TYPE PREFIX` when no object is named PREFIX.
  Result<> describe_prefix(client::RestClient& rest, const client::ApiResource& res, const std::string& prefix,
                           Error original, std::ostream& out) const {
    auto all = list(rest, res, false, false);
    if (!all) return all.take_error();
    bool found = false;
    for (const Described& d : *all) {
      if (d.object["metadata"].value("name", "").rfind(prefix, 0) != 0) continue;
      found = true;
      auto s = text(rest, d);
      if (!s) return s.take_error();
      out << *s << '\n';
    }
    if (!found) return original;
    return {};
  }

  Result<> run(Factory& f) {
    auto rc = f.rest_config();
    if (!rc) return rc.take_error();
    ns = (*rc)->ns;
    auto rest = f.rest_client();
    if (!rest) return rest.take_error();
    auto discovery = f.discovery();
    if (!discovery) return discovery.take_error();
    auto wanted = targets();
    if (!wanted) return wanted.take_error();

    std::vector<Described> found;
    std::vector<Error> errors;
    for (const Target& t : *wanted) {
      auto res = client::resolve_resource(**discovery, t.type);
      if (!res) return res.take_error();
      if (t.name.empty()) {
        auto listed = list(**rest, *res, true, all_namespaces);
        if (!listed) return listed.take_error();
        for (Described& d : *listed) found.push_back(std::move(d));
        continue;
      }
      auto one = get_one(**rest, *res, t.name);
      if (!one) {
        bool not_found = one.error().kind == ErrorKind::ApiStatus && one.error().reason == "NotFound";
        if (not_found && args.size() == 2 && wanted->size() == 1)
          return describe_prefix(**rest, *res, t.name, one.take_error(), f.io().out);
        errors.push_back(one.take_error());
        continue;
      }
      found.push_back(std::move(*one));
    }

    std::ostream& out = f.io().out;
    bool first = true;
    for (const Described& d : found) {
      auto s = text(**rest, d);
      if (!s) {
        errors.push_back(s.take_error());
        continue;
      }
      out << (first ? "" : "\n\n") << *s;
      first = false;
    }
    out.flush();
    if (found.empty() && errors.empty()) {
      if (all_namespaces)
        f.io().err << "No resources found\n";
      else
        f.io().err << "No resources found in " << ns << " namespace.\n";
    }
    if (errors.empty()) return {};
    if (errors.size() == 1) return errors.front();
    for (const Error& e : errors) render_error(e, "", f.io().err);
    return make_error(ErrorKind::Printed, "");
  }
};

}  // namespace

void register_describe(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<DescribeOptions>();
  CLI::App* sub = root.add_subcommand("describe", "Show details of a specific resource or group of resources");
  opts->add_flags(sub);
  on_chosen(sub, ctx, [opts, &ctx] { return opts->run(ctx.factory); });
}

}  // namespace kctl::cmd
