#include "client/http.h"

#include <strings.h>

namespace kctl::client {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && ::strncasecmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace

bool HttpRequest::has_header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (iequals(k, name)) return true;
  return false;
}

void HttpRequest::set_header_if_absent(std::string name, std::string value) {
  if (!has_header(name)) headers.emplace_back(std::move(name), std::move(value));
}

std::string HttpResponse::header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (iequals(k, name)) return v;
  return {};
}

std::string mask_header(std::string_view name, std::string_view value) {
  // client-go's maskValue: only the known schemes are shown.
  if (!iequals(name, "Authorization") || value.empty()) return std::string(value);
  auto space = value.find(' ');
  std::string_view scheme = space != std::string_view::npos && space > 0 ? value.substr(0, space) : value;
  if (!iequals(scheme, "Bearer") && !iequals(scheme, "Basic") && !iequals(scheme, "Negotiate")) return "<masked>";
  return value.size() > scheme.size() + 1 ? std::string(scheme) + " <masked>" : std::string(scheme);
}

}  // namespace kctl::client
