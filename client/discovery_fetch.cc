#include "client/discovery_fetch.h"

#include "client/curl_transport.h"
#include "client/discovery_parse.h"
#include "client/go_quote.h"
#include "client/parallel_get.h"

namespace kctl::client {
namespace {

// What /api or /apis answered.
struct Root {
  bool aggregated = false;  // the whole of discovery came with it
  DiscoveryData data;       // groups; resources and failures when aggregated
};

Result<HttpRequest> discovery_request(const RestClient& rest, const std::string& path, const DiscoveryOptions& opts) {
  auto url = rest.request().abs_path(path).param("timeout", opts.timeout).url();
  if (!url) return url.take_error();
  HttpRequest req;
  req.url = std::move(*url);
  return req;
}

Result<Root> fetch_root(RestClient& rest, const std::string& path, const DiscoveryOptions& opts,
                        std::string* failed_url) {
  const bool legacy = path == "/api";
  auto req = discovery_request(rest, path, opts);
  if (!req) return req.take_error();
  req->headers.emplace_back("Accept", std::string(kDiscoveryAccept));
  const std::string url = req->url;
  auto resp = rest.send(std::move(*req));
  if (!resp) {
    // Aggregated API servers may not serve /api: no core group then.
    if (legacy && resp.error().reason == "NotFound") return Root{true, {}};
    if (failed_url != nullptr) *failed_url = url;
    return resp.take_error();
  }
  Root root;
  if (is_aggregated_discovery(resp->header("Content-Type"))) {
    auto data = parse_aggregated_discovery(resp->body);
    if (!data) return data.take_error();
    root.aggregated = true;
    root.data = std::move(*data);
  } else if (legacy) {
    auto core = parse_api_versions(resp->body);
    if (!core) return core.take_error();
    if (!core->versions.empty()) root.data.groups.push_back(std::move(*core));
  } else {
    auto groups = parse_api_group_list(resp->body);
    if (!groups) return groups.take_error();
    root.data.groups = std::move(*groups);
  }
  return root;
}

template <class T>
void append(std::vector<T>& to, std::vector<T>&& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

std::string go_get_error(const Error& e, const std::string& url) {
  constexpr std::string_view kRefused = "The connection to the server ";
  constexpr std::string_view kUnreachable = "Unable to connect to the server: ";
  if (e.kind != ErrorKind::Connection) return e.message;
  if (e.message.rfind(kRefused, 0) == 0)
    return "Get " + go_quote(url) + ": dial tcp " + host_port(url) + ": connect: connection refused";
  if (e.message.rfind(kUnreachable, 0) == 0) return "Get " + go_quote(url) + ": " + e.message.substr(kUnreachable.size());
  return e.message;
}

Result<DiscoveryGroups> fetch_discovery_groups(RestClient& rest, const DiscoveryOptions& opts,
                                               std::string* failed_url) {
  auto core = fetch_root(rest, "/api", opts, failed_url);
  if (!core) return core.take_error();
  auto named = fetch_root(rest, "/apis", opts, failed_url);
  if (!named) return named.take_error();
  DiscoveryGroups out;
  out.groups = core->data.groups;
  out.groups.insert(out.groups.end(), named->data.groups.begin(), named->data.groups.end());
  // As client-go: resources only when both answers carried them.
  if (core->aggregated && named->aggregated) {
    DiscoveryData all = std::move(core->data);
    append(all.groups, std::move(named->data.groups));
    append(all.resources, std::move(named->data.resources));
    append(all.failed, std::move(named->data.failed));
    out.aggregated = std::move(all);
  }
  return out;
}

Result<DiscoveryData> fetch_discovery(RestClient& rest, const DiscoveryOptions& opts, const Logger& log,
                                      std::string* failed_url) {
  auto groups = fetch_discovery_groups(rest, opts, failed_url);
  if (!groups) return groups.take_error();
  if (groups->aggregated) return std::move(*groups->aggregated);

  struct Job {
    std::string group, version;
  };
  std::vector<Job> jobs;
  std::vector<HttpRequest> requests;
  for (const ApiGroup& g : groups->groups)
    for (const std::string& v : g.versions) {
      auto req = discovery_request(rest, g.name.empty() ? "/api/" + v : "/apis/" + g.name + "/" + v, opts);
      if (!req) return req.take_error();
      jobs.push_back({g.name, v});
      requests.push_back(std::move(*req));
    }
  auto answers = send_all(rest, requests, opts.new_transport, opts.parallelism, log.level(), opts.log_sink);

  DiscoveryData data;
  data.groups = std::move(groups->groups);
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const Job& job = jobs[i];
    const std::string gv = job.group.empty() ? job.version : job.group + "/" + job.version;
    Result<std::vector<ApiResource>> resources =
        answers[i] ? parse_api_resource_list(answers[i]->body, job.group, job.version)
                   : Result<std::vector<ApiResource>>(answers[i].take_error());
    if (resources) {
      append(data.resources, std::move(*resources));
    } else if (!(gv == "v1" && resources.error().reason == "NotFound")) {  // client-go tolerates a missing core v1
      data.failed.emplace_back(gv, resources.error().message);
    }
  }
  return data;
}

}  // namespace kctl::client
