// Fetching discovery (legacy, aggregated, in parallel) and kctl's disk
// cache: where it lives, when it is fresh, and that a broken cache only
// costs a fetch.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/time.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <sstream>

#include "client/discovery_cache.h"
#include "client/discovery_fetch.h"
#include "client/discovery_parse.h"
#include "tests/unit/discovery_test_support.h"
#include "tests/unit/test_support.h"

namespace kctl::client {
namespace {

using test::FakeServer;

std::string header(const HttpRequest& r, const std::string& name) {
  for (const auto& [k, v] : r.headers)
    if (k == name) return v;
  return {};
}

std::size_t count_path(const std::vector<std::string>& paths, const std::string& prefix) {
  return static_cast<std::size_t>(
      std::count_if(paths.begin(), paths.end(), [&](const std::string& p) { return p.rfind(prefix, 0) == 0; }));
}

constexpr const char* kAggregatedType = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

// A 1.30-style server: /api and /apis answer with aggregated documents.
std::shared_ptr<FakeServer> aggregated_server(const char* content_type = kAggregatedType) {
  auto s = std::make_shared<FakeServer>();
  s->serve("/api", {200, content_type, R"({"kind":"APIGroupDiscoveryList","items":[{"metadata":{},"versions":[
    {"version":"v1","resources":[{"resource":"pods","responseKind":{"kind":"Pod"},"scope":"Namespaced",
     "singularResource":"pod","verbs":["get","list"],"shortNames":["po"],"categories":["all"]}]}]}]})"});
  s->serve("/apis", {200, content_type, R"({"kind":"APIGroupDiscoveryList","items":[{"metadata":{"name":"apps"},
    "versions":[{"version":"v1","resources":[{"resource":"deployments","responseKind":{"kind":"Deployment"},
     "scope":"Namespaced","singularResource":"deployment","verbs":["get","list"],"shortNames":["deploy"]}]}]}]})"});
  return s;
}

TEST_CASE("fetch_discovery: legacy servers get /api, /apis, then every group version") {
  auto server = FakeServer::kube_1_20();
  auto rest = test::fake_rest(server);
  auto data = fetch_discovery(*rest, DiscoveryOptions{}, Logger());
  REQUIRE(data.ok());
  auto requests = server->requests();
  auto paths = server->paths();
  REQUIRE(paths.size() >= 3);
  CHECK(paths[0] == "/api?timeout=32s");
  CHECK(paths[1] == "/apis?timeout=32s");
  // kubectl 1.32's Accept header for the two roots; the rest ask for JSON.
  CHECK(header(requests[0], "Accept") == std::string(kDiscoveryAccept));
  CHECK(header(requests[0], "Accept") ==
        "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
        "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json");
  CHECK(header(requests[1], "Accept") == std::string(kDiscoveryAccept));
  CHECK(header(requests[2], "Accept") == "application/json, */*");
  CHECK(count_path(paths, "/api/v1?timeout=32s") == 1);
  CHECK(count_path(paths, "/apis/autoscaling/v2beta2?timeout=32s") == 1);
  CHECK(paths.size() == 2 + 17);  // core v1 and the 16 group versions of the fixture

  REQUIRE(data->groups.size() == 11);
  CHECK(data->groups[0].name.empty());
  CHECK(data->groups[1].name == "apps");
  CHECK(data->groups[3].name == "autoscaling");
  CHECK(data->groups[3].versions == std::vector<std::string>{"v1", "v2beta1", "v2beta2"});
  CHECK(data->resources.front().group_version() == "v1");
  CHECK(data->resources.front().name == "bindings");
  CHECK(data->resources.back().group_version() == "kctl.test/v1");
  CHECK(data->failed.empty());
  for (const ApiResource& r : data->resources) CHECK(r.name.find('/') == std::string::npos);
}

TEST_CASE("fetch_discovery: --request-timeout goes into the timeout parameter") {
  auto server = FakeServer::kube_1_20();
  auto rest = test::fake_rest(server);
  DiscoveryOptions opts;
  opts.timeout = "1m30s";
  REQUIRE(fetch_discovery(*rest, opts, Logger()).ok());
  CHECK(server->paths()[0] == "/api?timeout=1m30s");
}

TEST_CASE("fetch_discovery: a failing group version is reported, the rest is kept") {
  auto server = FakeServer::kube_1_20();
  // An aggregated API whose backend is down answers 503, as metrics-server does.
  server->add_group_version({"metrics.k8s.io", "v1beta1", {}}, true);
  server->serve("/apis/metrics.k8s.io/v1beta1", {503, "text/plain", "service unavailable\n"});
  auto rest = test::fake_rest(server);
  auto data = fetch_discovery(*rest, DiscoveryOptions{}, Logger());
  REQUIRE(data.ok());
  CHECK(data->failed == std::vector<std::pair<std::string, std::string>>{
                            {"metrics.k8s.io/v1beta1", "the server is currently unable to handle the request"}});
  CHECK(incomplete_discovery_message(*data) ==
        "unable to retrieve the complete list of server APIs: metrics.k8s.io/v1beta1: the server is currently "
        "unable to handle the request");
  CHECK(resolve_resource(*data, "deploy").ok());
}

TEST_CASE("incomplete_discovery_message: sorted like client-go's") {
  DiscoveryData d;
  CHECK(incomplete_discovery_message(d).empty());
  d.failed = {{"z.io/v1", "boom"}, {"a.io/v1", "bang"}};
  CHECK(incomplete_discovery_message(d) == "unable to retrieve the complete list of server APIs: a.io/v1: bang, z.io/v1: boom");
}

TEST_CASE("fetch_discovery: a missing core v1 list is tolerated, a missing /apis is not") {
  auto server = FakeServer::kube_1_20();
  server->serve("/api/v1", {404, "application/json", R"({"kind":"Status","reason":"NotFound","code":404})"});
  auto rest = test::fake_rest(server);
  auto data = fetch_discovery(*rest, DiscoveryOptions{}, Logger());
  REQUIRE(data.ok());
  CHECK(data->failed.empty());
  CHECK_FALSE(resolve_resource(*data, "pods").ok());

  auto broken = FakeServer::kube_1_20();
  broken->serve("/apis", {500, "text/plain", "boom"});
  auto rest2 = test::fake_rest(broken);
  std::string failed_url;
  auto none = fetch_discovery(*rest2, DiscoveryOptions{}, Logger(), &failed_url);
  REQUIRE_FALSE(none.ok());
  CHECK(failed_url == "https://127.0.0.1:16443/apis?timeout=32s");
}

TEST_CASE("fetch_discovery: aggregated discovery takes two requests (v2 and v2beta1)") {
  for (const char* type : {kAggregatedType,
                           "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList"}) {
    CAPTURE(type);
    auto server = aggregated_server(type);
    auto rest = test::fake_rest(server);
    auto data = fetch_discovery(*rest, DiscoveryOptions{}, Logger());
    REQUIRE(data.ok());
    CHECK(server->paths() == std::vector<std::string>{"/api?timeout=32s", "/apis?timeout=32s"});
    REQUIRE(data->groups.size() == 2);
    CHECK(data->groups[0].name.empty());
    CHECK(data->groups[1].name == "apps");
    REQUIRE(data->resources.size() == 2);
    CHECK(resolve_resource(*data, "po")->group_version() == "v1");
    CHECK(resolve_resource(*data, "deploy")->group_version() == "apps/v1");
  }
}

TEST_CASE("fetch_discovery: an aggregated /api with a legacy /apis falls back to one request per group version") {
  auto server = FakeServer::kube_1_20();
  auto agg = aggregated_server();
  server->serve("/api", {200, kAggregatedType, R"({"kind":"APIGroupDiscoveryList","items":[{"metadata":{},
    "versions":[{"version":"v1","resources":[]}]}]})"});
  auto rest = test::fake_rest(server);
  auto data = fetch_discovery(*rest, DiscoveryOptions{}, Logger());
  REQUIRE(data.ok());
  CHECK(count_path(server->paths(), "/api/v1?") == 1);
  CHECK(resolve_resource(*data, "pods").ok());
}

TEST_CASE("fetch_discovery: in parallel, each worker on its own transport, logs whole") {
  auto server = FakeServer::kube_1_20();
  auto rest = test::fake_rest(server);
  std::ostringstream log_sink;
  Logger log(6, &log_sink);
  std::atomic<int> made{0};
  // Logs like the debug layer, one line per request, into the worker's Logger.
  class LoggingTransport : public RoundTripper {
   public:
    LoggingTransport(std::shared_ptr<FakeServer> s, Logger l) : server_(std::move(s)), log_(l) {}
    Result<HttpResponse> round_trip(HttpRequest req) override {
      log_.info("round_trippers.go:560", "GET " + req.url + " 200 OK in 0 milliseconds");
      return server_->answer(req);
    }

   private:
    std::shared_ptr<FakeServer> server_;
    Logger log_;
  };
  DiscoveryOptions opts;
  opts.parallelism = 4;
  opts.log_sink = &log_sink;
  opts.new_transport = [&](const Logger& worker_log) -> Result<RoundTripperPtr> {
    ++made;
    return RoundTripperPtr(std::make_unique<LoggingTransport>(server, worker_log));
  };
  auto data = fetch_discovery(*rest, opts, log);
  REQUIRE(data.ok());
  CHECK(made == 4);
  auto sequential = fetch_discovery(*test::fake_rest(FakeServer::kube_1_20()), DiscoveryOptions{}, Logger());
  REQUIRE(sequential.ok());
  CHECK(encode_discovery(*data) == encode_discovery(*sequential));  // same content, same order
  std::istringstream lines(log_sink.str());
  int n = 0;
  for (std::string line; std::getline(lines, line); ++n) CHECK(line.find("] GET https://127.0.0.1:16443/ap") != std::string::npos);
  CHECK(n == 17);
}

TEST_CASE("fetch_discovery: a transport factory that fails means one request at a time") {
  auto server = FakeServer::kube_1_20();
  auto rest = test::fake_rest(server);
  DiscoveryOptions opts;
  opts.new_transport = [](const Logger&) -> Result<RoundTripperPtr> {
    return make_error(ErrorKind::Internal, "no transport");
  };
  auto data = fetch_discovery(*rest, opts, Logger());
  REQUIRE(data.ok());
  CHECK(resolve_resource(*data, "widgets").ok());
}

TEST_CASE("go_get_error: client-go's text for kubectl's wrapped errors") {
  const std::string url = "https://127.0.0.1:1/api?timeout=32s";
  CHECK(go_get_error(make_error(ErrorKind::Connection,
                                "The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?"),
                     url) == "Get \"https://127.0.0.1:1/api?timeout=32s\": dial tcp 127.0.0.1:1: connect: connection refused");
  CHECK(go_get_error(make_error(ErrorKind::Connection, "Unable to connect to the server: x509: bad"), url) ==
        "Get \"https://127.0.0.1:1/api?timeout=32s\": x509: bad");
  CHECK(go_get_error(make_error(ErrorKind::ApiStatus, "forbidden"), url) == "forbidden");
}

// --- the disk cache ---

std::string cache_file(const test::TempDir& root) { return root.path() + "/kctl/discovery/127.0.0.1_16443/discovery.json"; }

// A 1.20-shaped fake server and a cache root in a temporary directory.
struct CachedServer {
  test::TempDir root;
  std::shared_ptr<FakeServer> server = FakeServer::kube_1_20();
  std::unique_ptr<RestClient> rest = test::fake_rest(server);
  DiscoveryOptions opts = [this] {
    DiscoveryOptions o;
    o.cache_dir = root.path();
    return o;
  }();
  std::string file() const { return cache_file(root); }
  Discovery discovery(Logger log = Logger()) { return Discovery(*rest, opts, log); }
};

void age(const std::string& path, long seconds) {
  struct timeval times[2];
  gettimeofday(&times[0], nullptr);
  times[0].tv_sec -= seconds;
  times[1] = times[0];
  REQUIRE(::utimes(path.c_str(), times) == 0);
}

TEST_CASE("discovery_cache_dir: kctl's own directory per server") {
  CHECK(discovery_cache_dir("/c", "https://127.0.0.1:16443") == "/c/kctl/discovery/127.0.0.1_16443");
  CHECK(discovery_cache_dir("/c", "http://example.com") == "/c/kctl/discovery/example.com");
  CHECK(discovery_cache_dir("/c", "https://[::1]:6443/") == "/c/kctl/discovery/___1__6443");
  CHECK(discovery_cache_dir("/c", "https://h/../../etc") == "/c/kctl/discovery/h_.._.._etc");
  CHECK(discovery_cache_dir("/c", "https://") == "/c/kctl/discovery/_");
}

TEST_CASE("encode/decode_discovery: a round trip; anything else is a miss") {
  auto data = fetch_discovery(*test::fake_rest(FakeServer::kube_1_20()), DiscoveryOptions{}, Logger());
  REQUIRE(data.ok());
  auto back = decode_discovery(encode_discovery(*data));
  REQUIRE(back.has_value());
  CHECK(encode_discovery(*back) == encode_discovery(*data));
  CHECK(back->resources.size() == data->resources.size());
  CHECK(back->resources.back().singular_name == "widget");
  CHECK_FALSE(decode_discovery("").has_value());
  CHECK_FALSE(decode_discovery("{\"kctlDiscovery\":1,\"groups\":[],").has_value());
  CHECK_FALSE(decode_discovery("{\"kctlDiscovery\":2,\"groups\":[],\"resources\":[]}").has_value());
  CHECK_FALSE(decode_discovery("{\"kctlDiscovery\":1,\"groups\":[{\"name\":3}],\"resources\":[]}").has_value());
  CHECK_FALSE(decode_discovery("{\"kctlDiscovery\":1,\"groups\":[],\"resources\":[{\"name\":\"x\"}]}").has_value());
  CHECK_FALSE(decode_discovery("{\"kind\":\"APIResourceList\"}").has_value());  // kubectl's files are not ours
}

TEST_CASE("Discovery: cold fetches and writes the cache, warm makes no request") {
  CachedServer c;
  auto& [root, server, rest, opts] = c;
  {
    Discovery cold(*rest, opts, Logger());
    REQUIRE(cold.data().ok());
    CHECK(server->requests().size() == 19);
  }
  REQUIRE(std::filesystem::exists(cache_file(root)));
  CHECK(test::file_mode(cache_file(root)) == 0660);
  // Only the cache file: no temporary file is left behind.
  CHECK(std::distance(std::filesystem::directory_iterator(root.path() + "/kctl/discovery/127.0.0.1_16443"),
                      std::filesystem::directory_iterator()) == 1);
  server->clear_requests();
  Discovery warm(*rest, opts, Logger());
  auto data = warm.data();
  REQUIRE(data.ok());
  CHECK(server->requests().empty());
  CHECK(resolve_resource(**data, "wd")->name == "widgets");
}

TEST_CASE("Discovery: a cache older than the TTL is fetched again") {
  CachedServer c;
  auto& [root, server, rest, opts] = c;
  REQUIRE(Discovery(*rest, opts, Logger()).data().ok());
  age(cache_file(root), 6 * 3600 - 60);  // still fresh
  server->clear_requests();
  REQUIRE(Discovery(*rest, opts, Logger()).data().ok());
  CHECK(server->requests().empty());
  age(cache_file(root), 6 * 3600 + 1);
  REQUIRE(Discovery(*rest, opts, Logger()).data().ok());
  CHECK(server->requests().size() == 19);
}

TEST_CASE("Discovery: a corrupt or unreadable cache falls back to the server and is rewritten") {
  CachedServer c;
  auto& [root, server, rest, opts] = c;
  REQUIRE(Discovery(*rest, opts, Logger()).data().ok());
  for (const char* junk : {"{\"kctlDiscovery\":1,\"groups\":[", "", "\x89PNG\r\n"}) {
    test::write_text(cache_file(root), junk);
    server->clear_requests();
    Discovery d(*rest, opts, Logger());
    REQUIRE(d.data().ok());
    CHECK(server->requests().size() == 19);
    CHECK(decode_discovery(test::read_text(cache_file(root))).has_value());
  }
  // A directory where the file should be: no error, and no second fetch
  // within the same process.
  std::filesystem::remove(cache_file(root));
  std::filesystem::create_directory(cache_file(root));
  server->clear_requests();
  Discovery d(*rest, opts, Logger());
  REQUIRE(d.data().ok());
  REQUIRE(d.data().ok());
  REQUIRE(d.refresh().ok());
  CHECK(server->requests().size() == 19);
}

TEST_CASE("Discovery: an unwritable cache directory only costs the fetch") {
  test::TempDir root;
  test::write_text(root.file("file"), "");
  auto server = FakeServer::kube_1_20();
  auto rest = test::fake_rest(server);
  DiscoveryOptions opts;
  opts.cache_dir = root.file("file");  // a file: nothing can be created below it
  std::ostringstream sink;
  Discovery d(*rest, opts, Logger(1, &sink));
  REQUIRE(d.data().ok());
  REQUIRE(d.data().ok());
  CHECK(server->requests().size() == 19);
  CHECK(sink.str().find("failed to write cache to " + root.file("file") + "/kctl/discovery/127.0.0.1_16443") !=
        std::string::npos);
}

TEST_CASE("Discovery: partial answers are not cached") {
  test::TempDir root;
  auto server = FakeServer::kube_1_20();
  server->add_group_version({"metrics.k8s.io", "v1beta1", {}}, true);
  server->serve("/apis/metrics.k8s.io/v1beta1", {503, "text/plain", ""});
  auto rest = test::fake_rest(server);
  DiscoveryOptions opts;
  opts.cache_dir = root.path();
  auto data = Discovery(*rest, opts, Logger()).data();
  REQUIRE(data.ok());
  CHECK_FALSE(std::filesystem::exists(cache_file(root)));
}

TEST_CASE("Discovery: refresh asks the server at most once per process") {
  CachedServer c;
  auto& [root, server, rest, opts] = c;
  REQUIRE(Discovery(*rest, opts, Logger()).data().ok());
  server->clear_requests();
  Discovery d(*rest, opts, Logger());
  REQUIRE(d.data().ok());  // from the cache
  CHECK(server->requests().empty());
  REQUIRE(d.refresh().ok());
  CHECK(server->requests().size() == 19);
  REQUIRE(d.refresh().ok());
  CHECK(server->requests().size() == 19);
}

TEST_CASE("resolve_resource(Discovery&): a CRD created since the cache was written") {
  CachedServer c;
  auto& [root, server, rest, opts] = c;
  REQUIRE(Discovery(*rest, opts, Logger()).data().ok());
  server->add_group_version({"gadgets.example.com", "v1", {{"gadgets", "Gadget", true, {"gd"}, {}, "gadget"}}}, true);
  server->clear_requests();

  Discovery d(*rest, opts, Logger());
  REQUIRE(resolve_resource(d, "pods").ok());  // from the cache
  CHECK(server->requests().empty());
  auto gadget = resolve_resource(d, "gd");
  REQUIRE(gadget.ok());
  CHECK(gadget->group_version() == "gadgets.example.com/v1");
  const std::size_t after_refresh = server->requests().size();
  CHECK(after_refresh == 20);
  // Still unknown after the refresh: kubectl's error, and no third fetch.
  CHECK(resolve_resource(d, "sprockets").error().message == "the server doesn't have a resource type \"sprockets\"");
  CHECK(server->requests().size() == after_refresh);
  // The refreshed data went to the cache for the next command.
  server->clear_requests();
  REQUIRE(resolve_resource(**Discovery(*rest, opts, Logger()).data(), "gadgets").ok());
  CHECK(server->requests().empty());
}

TEST_CASE("Discovery::server_groups: /api and /apis only on legacy servers") {
  auto server = FakeServer::kube_1_20();
  auto rest = test::fake_rest(server);
  test::TempDir root;
  DiscoveryOptions opts;
  opts.cache_dir = root.path();
  Discovery d(*rest, opts, Logger());
  auto groups = d.server_groups();
  REQUIRE(groups.ok());
  CHECK(server->paths() == std::vector<std::string>{"/api?timeout=32s", "/apis?timeout=32s"});
  CHECK(groups->size() == 11);
  CHECK_FALSE(std::filesystem::exists(cache_file(root)));

  auto agg = aggregated_server();
  auto rest2 = test::fake_rest(agg);
  Discovery d2(*rest2, opts, Logger());
  REQUIRE(d2.server_groups().ok());
  // The aggregated answer is everything: kept and cached.
  REQUIRE(d2.data().ok());
  CHECK(agg->requests().size() == 2);
  CHECK(std::filesystem::exists(cache_file(root)));
}

TEST_CASE("Discovery: a server that cannot be reached logs kubectl's line and keeps the error") {
  class Refusing : public RoundTripper {
   public:
    Result<HttpResponse> round_trip(HttpRequest) override {
      return make_error(ErrorKind::Connection,
                        "The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?");
    }
  };
  RestClient rest(std::make_unique<Refusing>(), "https://127.0.0.1:1");
  std::ostringstream sink;
  Discovery d(rest, DiscoveryOptions{}, Logger(0, &sink));
  auto data = d.data();
  REQUIRE_FALSE(data.ok());
  CHECK(data.error().kind == ErrorKind::Connection);
  CHECK(sink.str().find("memcache.go:265] \"Unhandled Error\" err=\"couldn't get current server API group list: Get "
                        "\\\"https://127.0.0.1:1/api?timeout=32s\\\": dial tcp 127.0.0.1:1: connect: connection "
                        "refused\"\n") != std::string::npos);
  auto groups = d.server_groups();
  REQUIRE_FALSE(groups.ok());
  CHECK(groups.error().message ==
        "Get \"https://127.0.0.1:1/api?timeout=32s\": dial tcp 127.0.0.1:1: connect: connection refused");
}

}  // namespace
}  // namespace kctl::client
