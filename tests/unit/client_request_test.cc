// client/request: API URLs as client-go builds them.
#include <doctest/doctest.h>

#include <string>

#include "client/request.h"

namespace kctl::client {
namespace {

std::string url_of(const Request& r) {
  auto url = r.url();
  REQUIRE_MESSAGE(url.ok(), url.error().message);
  return *url;
}

TEST_CASE("Request: URLs for the core group and named groups") {
  const std::string server = "https://h:6443";
  struct Row {
    const char* name;
    Request request;
    std::string want;
  };
  const Row rows[] = {
      {"core, all namespaces", Request(server).resource("pods"), "https://h:6443/api/v1/pods"},
      {"core, namespaced", Request(server).ns("default").resource("pods"), "https://h:6443/api/v1/namespaces/default/pods"},
      {"core, named", Request(server).ns("kube-system").resource("services").name("dns"),
       "https://h:6443/api/v1/namespaces/kube-system/services/dns"},
      {"cluster-scoped", Request(server).resource("nodes").name("n1"), "https://h:6443/api/v1/nodes/n1"},
      {"group", Request(server).group_version("apps", "v1").ns("web").resource("deployments"),
       "https://h:6443/apis/apps/v1/namespaces/web/deployments"},
      {"group, cluster-scoped", Request(server).group_version("rbac.authorization.k8s.io", "v1").resource("clusterroles"),
       "https://h:6443/apis/rbac.authorization.k8s.io/v1/clusterroles"},
      {"subresource", Request(server).ns("default").resource("pods").name("p").subresource("log"),
       "https://h:6443/api/v1/namespaces/default/pods/p/log"},
      {"empty namespace is all namespaces", Request(server).ns("").resource("pods"), "https://h:6443/api/v1/pods"},
      {"server with a path prefix and slash", Request("https://h/prefix/").resource("pods"),
       "https://h/prefix/api/v1/pods"},
      {"absolute path", Request(server).abs_path("/version"), "https://h:6443/version"},
      {"absolute path without slash", Request(server).abs_path("healthz"), "https://h:6443/healthz"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) { CHECK(url_of(row.request) == row.want); }
  }
}

TEST_CASE("Request: query parameters are escaped and joined in order") {
  struct Row {
    const char* name;
    Request request;
    std::string want;
  };
  const Row rows[] = {
      {"one", Request("https://h").resource("pods").param("limit", "500"), "https://h/api/v1/pods?limit=500"},
      {"several", Request("https://h").resource("pods").param("labelSelector", "app=web").param("limit", "1"),
       "https://h/api/v1/pods?labelSelector=app%3Dweb&limit=1"},
      {"reserved characters", Request("https://h").resource("pods").param("fieldSelector", "a in (x, y),b!=c/d&e"),
       "https://h/api/v1/pods?fieldSelector=a%20in%20%28x%2C%20y%29%2Cb%21%3Dc%2Fd%26e"},
      {"unreserved kept", Request("https://h").resource("pods").param("k", "A-z_0.9~"), "https://h/api/v1/pods?k=A-z_0.9~"},
      {"after a query in the path", Request("https://h").abs_path("/metrics?x=1").param("y", "2"),
       "https://h/metrics?x=1&y=2"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) { CHECK(url_of(row.request) == row.want); }
  }
  SUBCASE("query_escape of UTF-8 and space") { CHECK(query_escape("é x") == "%C3%A9%20x"); }
}

TEST_CASE("Request: invalid path segments are errors in client-go's words") {
  struct Row {
    const char* name;
    Request request;
    std::string message;
  };
  const Row rows[] = {
      {"name with %", Request("https://h").resource("pods").name("a%b"),
       "invalid resource name \"a%b\": [may not contain '%']"},
      {"name with / and %", Request("https://h").resource("pods").name("a/b%c"),
       "invalid resource name \"a/b%c\": [may not contain '/' may not contain '%']"},
      {"name ..", Request("https://h").resource("pods").name(".."), "invalid resource name \"..\": [may not be '..']"},
      {"empty name", Request("https://h").resource("pods").name(""), "resource name may not be empty"},
      {"namespace with /", Request("https://h").ns("a/b").resource("pods"),
       "invalid namespace \"a/b\": [may not contain '/']"},
      {"resource .", Request("https://h").resource("."), "invalid resource \".\": [may not be '.']"},
      {"resource set twice", Request("https://h").resource("pods").resource("nodes"),
       "resource already set to \"pods\", cannot change to \"nodes\""},
      {"subresource with /", Request("https://h").resource("pods").name("p").subresource("a/b"),
       "invalid subresource \"a/b\": [may not contain '/']"},
      {"the first error is kept", Request("https://h").ns("x%").resource("pods").name(".."),
       "invalid namespace \"x%\": [may not contain '%']"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      auto url = row.request.url();
      REQUIRE_FALSE(url.ok());
      CHECK(url.error().kind == ErrorKind::Internal);
      CHECK(url.error().message == row.message);
    }
  }
}

TEST_CASE("Request: the method defaults to GET") {
  CHECK(Request("https://h").method() == "GET");
  CHECK(Request("https://h").verb("DELETE").method() == "DELETE");
}

}  // namespace
}  // namespace kctl::client
