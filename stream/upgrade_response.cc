#include "stream/upgrade_response.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "client/status_error.h"

namespace kctl::stream {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// All values of a header, joined with ","  (lower-cased).
std::string all_values(const client::HttpResponse& resp, std::string_view name) {
  std::string out;
  for (const auto& [k, v] : resp.headers)
    if (lower(k) == lower(name)) {
      if (!out.empty()) out += ',';
      out += lower(v);
    }
  return out;
}

}  // namespace

std::string upgrade_request_head(std::string_view method, std::string_view url, std::string_view host,
                                 const client::Headers& headers) {
  std::string target = "/";
  if (auto scheme = url.find("://"); scheme != std::string_view::npos) {
    auto path = url.find('/', scheme + 3);
    if (path != std::string_view::npos) target = std::string(url.substr(path));
  }
  std::string head = std::string(method) + " " + target + " HTTP/1.1\r\nHost: " + std::string(host) + "\r\n";
  for (const auto& [k, v] : headers) head += k + ": " + v + "\r\n";
  return head + "\r\n";
}

std::optional<std::size_t> header_block_end(std::string_view bytes) {
  auto at = bytes.find("\r\n\r\n");
  if (at == std::string_view::npos) return std::nullopt;
  return at + 4;
}

Result<client::HttpResponse> parse_response_head(std::string_view head) {
  client::HttpResponse resp;
  auto eol = head.find("\r\n");
  std::string_view status_line = head.substr(0, eol);
  if (status_line.rfind("HTTP/1.", 0) != 0)
    return make_error(ErrorKind::UpgradeFailed, "malformed HTTP response \"" + std::string(status_line) + "\"");
  auto sp = status_line.find(' ');
  resp.status_text = sp == std::string_view::npos ? "" : std::string(trim(status_line.substr(sp + 1)));
  const std::string code = resp.status_text.substr(0, 3);
  if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return make_error(ErrorKind::UpgradeFailed, "malformed HTTP status code \"" + code + "\"");
  resp.status = std::stol(code);
  std::size_t pos = eol == std::string_view::npos ? head.size() : eol + 2;
  while (pos < head.size()) {
    auto end = head.find("\r\n", pos);
    if (end == std::string_view::npos) end = head.size();
    std::string_view line = head.substr(pos, end - pos);
    pos = end + 2;
    if (line.empty()) break;
    auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    resp.headers.emplace_back(std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
  }
  return resp;
}

bool is_spdy_upgrade(const client::HttpResponse& resp) {
  return resp.status == 101 && all_values(resp, "Connection").find("upgrade") != std::string::npos &&
         all_values(resp, "Upgrade").find("spdy/3.1") != std::string::npos;
}

Error upgrade_error(const client::HttpResponse& resp) {
  nlohmann::json body = nlohmann::json::parse(resp.body, nullptr, false);
  if (body.is_object() && body.value("kind", "") == "Status") return client::status_error(resp);
  return make_error(ErrorKind::UpgradeFailed, "unable to upgrade connection: " + resp.body);
}

std::optional<std::size_t> content_length(const client::HttpResponse& resp) {
  if (lower(resp.header("Transfer-Encoding")).find("chunked") != std::string::npos) return std::nullopt;
  const std::string v = resp.header("Content-Length");
  if (v.empty() || !std::all_of(v.begin(), v.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return std::nullopt;
  return static_cast<std::size_t>(std::stoull(v));
}

std::string dechunk(std::string_view body) {
  std::string out;
  std::size_t pos = 0;
  while (pos < body.size()) {
    auto eol = body.find("\r\n", pos);
    if (eol == std::string_view::npos) return std::string(body);
    std::string size_text(body.substr(pos, eol - pos));
    size_text = size_text.substr(0, size_text.find(';'));
    std::size_t size = 0;
    try {
      size = std::stoul(size_text, nullptr, 16);
    } catch (...) {
      return std::string(body);
    }
    if (size == 0) return out;
    if (eol + 2 + size > body.size()) return std::string(body);
    out.append(body.substr(eol + 2, size));
    pos = eol + 2 + size + 2;
  }
  return out;
}

}  // namespace kctl::stream
