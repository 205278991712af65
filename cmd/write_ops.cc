#include "cmd/write_ops.h"

#include "client/go_quote.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace kctl::cmd {

using nlohmann::json;

namespace {

client::Request object_request(const client::RestClient& rest, const Visit& target, bool collection,
                               const WriteParams& params, const std::string& subresource = {}) {
  client::Request req = rest.request();
  req.group_version(target.resource.group, target.resource.version).resource(target.resource.name);
  if (target.resource.namespaced && !target.ns.empty()) req.ns(target.ns);
  if (!collection) req.name(target.name);
  if (!subresource.empty()) req.subresource(subresource);
  // client-go encodes query parameters sorted by key.
  if (params.server_dry_run) req.param("dryRun", "All");
  if (!params.field_manager.empty()) req.param("fieldManager", params.field_manager);
  if (!params.field_validation.empty()) req.param("fieldValidation", params.field_validation);
  return req;
}

Result<nlohmann::ordered_json> send_ordered(client::RestClient& rest, client::Request req, const std::string& method,
                                            const std::string& content_type, std::string body) {
  auto url = req.url();
  if (!url) return url.take_error();
  client::HttpRequest http;
  http.method = method;
  http.url = std::move(*url);
  if (!content_type.empty()) http.headers.emplace_back("Content-Type", content_type);
  http.body = std::move(body);
  auto resp = rest.send(std::move(http));
  if (!resp) return resp.take_error();
  auto doc = nlohmann::ordered_json::parse(resp->body, nullptr, false);
  if (!doc.is_object()) return make_error(ErrorKind::Internal, "cannot decode the response from the server");
  return doc;
}

}  // namespace

Result<nlohmann::ordered_json> get_object_ordered(client::RestClient& rest, const Visit& target) {
  return send_ordered(rest, object_request(rest, target, false, {}), "GET", {}, {});
}

Result<nlohmann::ordered_json> create_object_ordered(client::RestClient& rest, const Visit& target, const json& object,
                                                     const WriteParams& params) {
  return send_ordered(rest, object_request(rest, target, true, params), "POST", "application/json", object.dump());
}

Result<nlohmann::ordered_json> patch_object_ordered(client::RestClient& rest, const Visit& target,
                                                    const std::string& content_type, const std::string& patch,
                                                    const WriteParams& params) {
  return send_ordered(rest, object_request(rest, target, false, params), "PATCH", content_type, patch);
}

Result<json> get_object(client::RestClient& rest, const Visit& target, const std::string& subresource) {
  return rest.get_json(object_request(rest, target, false, {}, subresource));
}

Result<json> create_object(client::RestClient& rest, const Visit& target, const json& object,
                           const WriteParams& params) {
  return rest.send_json("POST", object_request(rest, target, true, params), "application/json", object.dump());
}

Result<json> replace_object(client::RestClient& rest, const Visit& target, const json& object,
                            const WriteParams& params, const std::string& subresource) {
  return rest.send_json("PUT", object_request(rest, target, false, params, subresource), "application/json",
                        object.dump());
}

Result<json> patch_object(client::RestClient& rest, const Visit& target, const std::string& content_type,
                          const std::string& patch, const WriteParams& params, const std::string& subresource) {
  return rest.send_json("PATCH", object_request(rest, target, false, params, subresource), content_type, patch);
}

Result<json> delete_object(client::RestClient& rest, const Visit& target, const json& delete_options,
                           bool server_dry_run) {
  WriteParams params;
  params.server_dry_run = server_dry_run;
  json body = delete_options;
  if (server_dry_run) body["dryRun"] = json::array({"All"});
  return rest.send_json("DELETE", object_request(rest, target, false, params), "application/json", body.dump());
}

Result<std::string> propagation_policy(const std::string& cascade, std::ostream& err) {
  if (cascade == "background" || cascade == "true") {
    if (cascade == "true")
      err << "warning: --cascade=true is deprecated (boolean value) and can be replaced with --cascade=background.\n";
    return std::string("Background");
  }
  if (cascade == "orphan" || cascade == "false") {
    if (cascade == "false")
      err << "warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n";
    return std::string("Orphan");
  }
  if (cascade == "foreground") return std::string("Foreground");
  return make_error(ErrorKind::Internal, "invalid cascade value (" + cascade +
                                             "). Must be \"background\", \"foreground\", or \"orphan\"");
}

std::string info_string(const Visit& v) {
  const auto& r = v.resource;
  return "Resource: " + client::go_quote(r.group + "/" + r.version + ", Resource=" + r.name) +
         ", GroupVersionKind: " + client::go_quote(r.group + "/" + r.version + ", Kind=" + r.kind) + "\nName: " +
         client::go_quote(v.name) + ", Namespace: " + client::go_quote(v.ns);
}

Error with_source(Error e, const std::string& verb, const std::string& source) {
  if (source.empty()) return e;
  e.message = "error when " + verb + " \"" + source + "\": " + e.message;
  return e;
}

void add_save_config_flag(CLI::App& sub, bool& save_config) {
  sub.add_flag("--save-config", save_config,
               "If true, the configuration of current object will be saved in its annotation. Otherwise, the "
               "annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this "
               "object in the future.");
}

void add_filename_flags(CLI::App& sub, FilenameOptions& files, const std::string& purpose) {
  sub.add_option("-f,--filename", files.filenames, "Filename, directory, or URL to files " + purpose)
      ->allow_extra_args(false)
      ->take_all()
      ->delimiter(',');
  sub.add_flag("-R,--recursive", files.recursive,
               "Process the directory used in -f, --filename recursively. Useful when you want to manage related "
               "manifests organized within the same directory.");
}

}  // namespace kctl::cmd
