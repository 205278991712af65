// The requests of the write verbs, as kubectl's resource helper sends them
// (POST to the collection, PUT, PATCH, DELETE of a named object), with the
// query parameters every write carries, and kubectl's wording for errors
// that came from a manifest.
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

#include "client/rest_client.h"
#include "client/result.h"
#include "cmd/filename_options.h"
#include "cmd/last_applied.h"  // set_last_applied, for --save-config
#include "cmd/resource_visits.h"

namespace kctl::cmd {

struct WriteParams {
  bool server_dry_run = false;  // dryRun=All
  std::string field_manager;    // fieldManager=..., when not empty
  std::string field_validation = {};  // fieldValidation=Strict|Warn|Ignore, when not empty
};

Result<nlohmann::json> get_object(client::RestClient& rest, const Visit& target, const std::string& subresource = {});
Result<nlohmann::json> create_object(client::RestClient& rest, const Visit& target, const nlohmann::json& object,
                                     const WriteParams& params);
Result<nlohmann::json> replace_object(client::RestClient& rest, const Visit& target, const nlohmann::json& object,
                                      const WriteParams& params, const std::string& subresource = {});
// `content_type`: application/{strategic-merge-patch,merge-patch,json-patch}+json.
Result<nlohmann::json> patch_object(client::RestClient& rest, const Visit& target, const std::string& content_type,
                                    const std::string& patch, const WriteParams& params,
                                    const std::string& subresource = {});
// The GET, POST and PATCH above, answered in the server's key order (Go's struct
// order), for verbs that print typed objects as kubectl does with -o json.
Result<nlohmann::ordered_json> get_object_ordered(client::RestClient& rest, const Visit& target);
Result<nlohmann::ordered_json> create_object_ordered(client::RestClient& rest, const Visit& target,
                                                     const nlohmann::json& object, const WriteParams& params);
Result<nlohmann::ordered_json> patch_object_ordered(client::RestClient& rest, const Visit& target,
                                                    const std::string& content_type, const std::string& patch,
                                                    const WriteParams& params);
// DELETE with a DeleteOptions body (propagationPolicy, gracePeriodSeconds).
Result<nlohmann::json> delete_object(client::RestClient& rest, const Visit& target,
                                     const nlohmann::json& delete_options, bool server_dry_run);

// --cascade's value as a DeleteOptions propagationPolicy ("Background"),
// with kubectl's warnings for the deprecated true/false.
Result<std::string> propagation_policy(const std::string& cascade, std::ostream& err);

// --save-config, with kubectl's help text.
void add_save_config_flag(CLI::App& sub, bool& save_config);

// resource.Info's String(), which kubectl's errors name an object by:
// Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1,
// Kind=Deployment" and, on the next line, Name: "web", Namespace: "ns".
std::string info_string(const Visit& v);

// kubectl's AddSourceToErr: "error when creating \"f.yaml\": ..." for an
// object read from `source` (unchanged when there is no source).
Error with_source(Error e, const std::string& verb, const std::string& source);

// -f/--filename and -R/--recursive; `purpose` ends kubectl's help text
// ("Filename, directory, or URL to files " + purpose).
void add_filename_flags(CLI::App& sub, FilenameOptions& files, const std::string& purpose);

}  // namespace kctl::cmd
