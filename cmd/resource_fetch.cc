#include "cmd/resource_fetch.h"

#include "client/json_pruned_parse.h"
#include "client/list_continue.h"
#include "client/printers/go_quote.h"

#include <algorithm>
#include <future>
#include <memory>
#include <system_error>
#include <utility>
#include <vector>

namespace kctl::cmd {

using nlohmann::json;

namespace {

using Params = std::vector<std::pair<std::string, std::string>>;

client::Request build_request(const client::RestClient& rest, const Visit& visit, Params params) {
  client::Request req = rest.request();
  req.group_version(visit.resource.group, visit.resource.version).resource(visit.resource.name);
  if (!visit.ns.empty()) req.ns(visit.ns);
  if (!visit.name.empty()) req.name(visit.name);
  // client-go encodes query parameters sorted by key.
  std::sort(params.begin(), params.end());
  for (auto& [k, v] : params) req.param(std::move(k), std::move(v));
  return req;
}

Params list_params(const Visit& visit, const FetchOptions& options) {
  Params p;
  if (!visit.name.empty()) return p;
  if (!options.field_selector.empty()) p.emplace_back("fieldSelector", options.field_selector);
  if (!options.label_selector.empty()) p.emplace_back("labelSelector", options.label_selector);
  if (options.include_object) p.emplace_back("includeObject", "Object");
  return p;
}

Result<client::HttpRequest> http_get(const client::Request& req, const FetchOptions& options) {
  auto url = req.url();
  if (!url) return url.take_error();
  client::HttpRequest get;
  get.url = std::move(*url);
  if (!options.accept.empty()) get.headers.emplace_back("Accept", options.accept);
  return get;
}

Result<json> decode_page(const std::string& body, const FetchOptions& options) {
  static const std::vector<client::JsonPath> kNothing;
  auto doc = client::parse_json_pruned(body, options.drop_managed_fields ? client::managed_fields_paths() : kNothing);
  if (!doc || !doc->is_object()) return make_error(ErrorKind::Internal, "cannot decode the response from the server");
  return std::move(*doc);
}

// The next page's request, sent on another thread while this one decodes
// and prints the page before it. Only that thread uses the RestClient
// until the page is taken. Without a thread, it is sent when taken.
class PageRequest {
 public:
  PageRequest(client::RestClient& rest, client::HttpRequest req) : rest_(rest), req_(std::move(req)) {
    try {
      answer_ = std::async(std::launch::async, [this] { return rest_.send(req_); });
    } catch (const std::system_error&) {
    }
  }
  PageRequest(const PageRequest&) = delete;
  PageRequest& operator=(const PageRequest&) = delete;
  ~PageRequest() {
    if (answer_.valid()) answer_.wait();
  }

  Result<client::HttpResponse> take() { return answer_.valid() ? answer_.get() : rest_.send(req_); }

 private:
  client::RestClient& rest_;
  client::HttpRequest req_;
  std::future<Result<client::HttpResponse>> answer_;
};

// kubectl's EnhanceListError: a list refused as a bad request or not found
// names what was listed and with which selectors.
Error enhance_list_error(Error e, const Visit& visit, const FetchOptions& options) {
  if (e.kind != ErrorKind::ApiStatus || (e.reason != "BadRequest" && e.reason != "NotFound")) return e;
  const std::string subject =
      printers::go_quote(visit.resource.group + "/" + visit.resource.version + ", Resource=" + visit.resource.name);
  if (options.label_selector.empty() && options.field_selector.empty())
    e.message = "Unable to list " + subject + ": " + e.message;
  else
    e.message = "Unable to find " + subject + " that match label selector " + printers::go_quote(options.label_selector) +
                ", field selector " + printers::go_quote(options.field_selector) + ": " + e.message;
  return e;
}

}  // namespace

client::Request watch_request(const client::RestClient& rest, const Visit& visit, const FetchOptions& options,
                              const std::string& resource_version) {
  Params params;
  if (visit.name.empty()) {
    params = list_params(visit, options);
  } else {
    params.emplace_back("fieldSelector", "metadata.name=" + visit.name);
  }
  params.emplace_back("resourceVersion", resource_version);
  params.emplace_back("watch", "true");
  Visit collection = visit;
  collection.name.clear();
  return build_request(rest, collection, std::move(params));
}

Result<> fetch_visit(client::RestClient& rest, const Visit& visit, const FetchOptions& options,
                     const PageHandler& on_page) {
  const bool paged = visit.name.empty() && options.chunk_size > 0;
  auto page_get = [&](const std::string& continue_token) {
    Params params = list_params(visit, options);
    if (paged) params.emplace_back("limit", std::to_string(options.chunk_size));
    if (!continue_token.empty()) params.emplace_back("continue", continue_token);
    return http_get(build_request(rest, visit, std::move(params)), options);
  };
  auto fail = [&](Error e) { return visit.name.empty() ? enhance_list_error(std::move(e), visit, options) : e; };

  auto first = page_get("");
  if (!first) return first.take_error();
  auto answer = rest.send(std::move(*first));
  while (true) {
    if (!answer) return fail(answer.take_error());
    std::unique_ptr<PageRequest> next;
    if (paged) {
      if (const std::string token = client::list_continue_token(answer->body); !token.empty()) {
        auto get = page_get(token);
        if (!get) return get.take_error();
        next = std::make_unique<PageRequest>(rest, std::move(*get));
      }
    }
    auto doc = decode_page(answer->body, options);
    if (!doc) return doc.take_error();
    answer->body = {};
    if (auto r = on_page(std::move(*doc)); !r) return r;
    if (!next) return {};
    answer = next->take();
  }
}

}  // namespace kctl::cmd
