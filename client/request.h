// Building API URLs the client-go way: /api/v1/... for the core group,
// /apis/GROUP/VERSION/... otherwise; namespaced or not; subresources and
// query parameters. Setters keep the first error; url() is pure.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "client/result.h"

namespace kctl::client {

class Request {
 public:
  explicit Request(std::string server) : server_(std::move(server)) {}

  Request& verb(std::string v);
  Request& group_version(std::string group, std::string version);
  Request& ns(std::string n);
  Request& resource(std::string r);
  Request& name(std::string n);
  Request& subresource(std::string s);
  Request& param(std::string key, std::string value);
  Request& abs_path(std::string path);  // for --raw and /version

  const std::string& method() const { return verb_; }
  Result<std::string> url() const;

 private:
  Request& fail(std::string message);
  std::string server_, verb_ = "GET", group_, version_ = "v1";
  std::string ns_, resource_, name_, subresource_, abs_path_;
  std::vector<std::pair<std::string, std::string>> params_;
  std::string error_;
};

// Percent-encodes a query component (RFC 3986 unreserved kept).
std::string query_escape(const std::string& s);

}  // namespace kctl::client
