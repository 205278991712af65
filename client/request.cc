#include "client/request.h"

#include <cctype>
#include <cstdio>

namespace kctl::client {
namespace {

// client-go's IsValidPathSegmentName, its list printed as Go's %v does
// ("[may not contain '/' may not contain '%']"); "" when valid.
std::string path_segment_problem(const std::string& s) {
  if (s == "." || s == "..") return "[may not be '" + s + "']";
  std::string problems;
  for (const char* bad : {"/", "%"})
    if (s.find(bad) != std::string::npos) problems += std::string(problems.empty() ? "" : " ") + "may not contain '" + bad + "'";
  return problems.empty() ? problems : "[" + problems + "]";
}

}  // namespace

std::string query_escape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

Request& Request::fail(std::string message) {
  if (error_.empty()) error_ = std::move(message);
  return *this;
}

Request& Request::verb(std::string v) {
  verb_ = std::move(v);
  return *this;
}

Request& Request::group_version(std::string group, std::string version) {
  group_ = std::move(group);
  version_ = std::move(version);
  return *this;
}

Request& Request::ns(std::string n) {
  if (auto p = path_segment_problem(n); !n.empty() && !p.empty()) return fail("invalid namespace \"" + n + "\": " + p);
  ns_ = std::move(n);
  return *this;
}

Request& Request::resource(std::string r) {
  if (!resource_.empty()) return fail("resource already set to \"" + resource_ + "\", cannot change to \"" + r + "\"");
  if (auto p = path_segment_problem(r); !p.empty()) return fail("invalid resource \"" + r + "\": " + p);
  resource_ = std::move(r);
  return *this;
}

Request& Request::name(std::string n) {
  if (n.empty()) return fail("resource name may not be empty");
  if (auto p = path_segment_problem(n); !p.empty()) return fail("invalid resource name \"" + n + "\": " + p);
  name_ = std::move(n);
  return *this;
}

Request& Request::subresource(std::string s) {
  if (auto p = path_segment_problem(s); !p.empty()) return fail("invalid subresource \"" + s + "\": " + p);
  subresource_ = std::move(s);
  return *this;
}

Request& Request::param(std::string key, std::string value) {
  params_.emplace_back(std::move(key), std::move(value));
  return *this;
}

Request& Request::abs_path(std::string path) {
  abs_path_ = std::move(path);
  return *this;
}

Result<std::string> Request::url() const {
  if (!error_.empty()) return make_error(ErrorKind::Internal, error_);
  std::string url = server_;
  while (!url.empty() && url.back() == '/') url.pop_back();
  if (!abs_path_.empty()) {
    url += abs_path_.front() == '/' ? abs_path_ : "/" + abs_path_;
  } else {
    url += group_.empty() ? "/api/" + version_ : "/apis/" + group_ + "/" + version_;
    if (!ns_.empty()) url += "/namespaces/" + ns_;
    if (!resource_.empty()) url += "/" + resource_;
    if (!name_.empty()) url += "/" + name_;
    if (!subresource_.empty()) url += "/" + subresource_;
  }
  char sep = url.find('?') == std::string::npos ? '?' : '&';
  for (const auto& [k, v] : params_) {
    url += sep + query_escape(k) + "=" + query_escape(v);
    sep = '&';
  }
  return url;
}

}  // namespace kctl::client
