// Log bodies to stdout as kubectl's DefaultConsumeRequest writes them:
// whole lines, prefixed per line, errors as "error: ..." lines when ignored.
#include <doctest/doctest.h>

#include <map>
#include <sstream>

#include "cmd/log_streams.h"

namespace kctl::cmd {
namespace {

// Serves each URL's body in the given chunks through the request's sink,
// or a 400 Status for URLs it does not know.
class ChunkedServer : public client::RoundTripper {
 public:
  explicit ChunkedServer(std::map<std::string, std::vector<std::string>> bodies) : bodies_(std::move(bodies)) {}
  Result<client::HttpResponse> round_trip(client::HttpRequest req) override {
    client::HttpResponse resp;
    auto it = bodies_.find(req.url);
    if (it == bodies_.end()) {
      resp.status = 400;
      resp.headers.emplace_back("Content-Type", "application/json");
      resp.body = R"({"kind":"Status","status":"Failure","message":"container \"x\" in pod \"p\" is waiting to start: ContainerCreating","reason":"BadRequest","code":400})";
      return resp;
    }
    resp.status = 200;
    for (const std::string& chunk : it->second) {
      resp.streamed = true;
      if (!req.sink(chunk)) return make_error(ErrorKind::Internal, "writing the response failed");
    }
    return resp;
  }

 private:
  std::map<std::string, std::vector<std::string>> bodies_;
};

client::RestClient server(std::map<std::string, std::vector<std::string>> bodies) {
  return client::RestClient(std::make_unique<ChunkedServer>(std::move(bodies)), "https://k");
}

LogSource src(const std::string& pod, const std::string& container) {
  return LogSource{"default", pod, container, "https://k/" + pod + "/" + container};
}

}  // namespace

TEST_CASE("log lines are prefixed whole, whatever the chunking") {
  auto rest = server({{"https://k/p/a", {"one\ntw", "o\nthr", "ee"}}});
  std::ostringstream out;
  LogReadOptions prefix;
  prefix.prefix = true;
  REQUIRE(read_logs_sequentially(rest, {src("p", "a")}, prefix, out).ok());
  CHECK(out.str() == "[pod/p/a] one\n[pod/p/a] two\n[pod/p/a] three");
}

TEST_CASE("without a prefix the bytes pass unchanged") {
  auto rest = server({{"https://k/p/a", {"x\n", "", "y"}}, {"https://k/p/b", {"z\n"}}});
  std::ostringstream out;
  REQUIRE(read_logs_sequentially(rest, {src("p", "a"), src("p", "b")}, {}, out).ok());
  CHECK(out.str() == "x\nyz\n");
}

TEST_CASE("an error ends the sequence unless ignored") {
  auto rest = server({{"https://k/p/b", {"b\n"}}});
  std::ostringstream out;
  auto r = read_logs_sequentially(rest, {src("p", "x"), src("p", "b")}, {}, out);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().reason == "BadRequest");
  CHECK(out.str().empty());
  LogReadOptions ignore;
  ignore.ignore_errors = true;
  REQUIRE(read_logs_sequentially(rest, {src("p", "x"), src("p", "b")}, ignore, out).ok());
  CHECK(out.str() == "error: container \"x\" in pod \"p\" is waiting to start: ContainerCreating\nb\n");
}

TEST_CASE("parallel readers never split a line") {
  std::map<std::string, std::vector<std::string>> bodies;
  std::vector<LogSource> sources;
  for (const char* c : {"a", "b", "c", "d"}) {
    std::vector<std::string> chunks;
    for (int i = 0; i < 200; ++i) chunks.push_back(std::string(c) + "-" + std::to_string(i) + "-part" +
                                                   (i % 3 == 0 ? "\n" : ""));
    chunks.push_back("\n");
    bodies["https://k/p/" + std::string(c)] = chunks;
    sources.push_back(src("p", c));
  }
  std::ostringstream out;
  LogReadOptions prefix;
  prefix.prefix = true;
  RestClientFactory make = [&bodies]() -> Result<std::unique_ptr<client::RestClient>> {
    return std::make_unique<client::RestClient>(std::make_unique<ChunkedServer>(bodies), "https://k");
  };
  REQUIRE(read_logs_in_parallel(make, sources, prefix, out).ok());
  std::istringstream lines(out.str());
  std::string line;
  std::map<std::string, int> count;
  while (std::getline(lines, line)) {
    REQUIRE(line.size() > 12);
    const std::string c = line.substr(7, 1);
    CHECK(line.rfind("[pod/p/" + c + "] " + c + "-", 0) == 0);
    CHECK(line.find('[', 1) == std::string::npos);
    ++count[c];
  }
  CHECK(count.size() == 4);
  for (const auto& [c, n] : count) CHECK(n == 68);
}

TEST_CASE("the first parallel error ends the command") {
  std::map<std::string, std::vector<std::string>> bodies{{"https://k/p/a", {"a\n"}}};
  RestClientFactory make = [&bodies]() -> Result<std::unique_ptr<client::RestClient>> {
    return std::make_unique<client::RestClient>(std::make_unique<ChunkedServer>(bodies), "https://k");
  };
  std::ostringstream out;
  auto r = read_logs_in_parallel(make, {src("p", "a"), src("p", "x")}, {}, out);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message == "container \"x\" in pod \"p\" is waiting to start: ContainerCreating");
}

}  // namespace kctl::cmd
