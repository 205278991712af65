// The OpenAPI documents kubectl explain reads from the server: /openapi/v2
// (one document) and /openapi/v3 (a list of group-version documents, each
// fetched from the URL the list gives).
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>

#include "client/explain/openapi_v2_document.h"
#include "client/rest_client.h"
#include "client/result.h"

namespace kctl::cmd {

Result<explain::OpenApiV2Document> fetch_openapi_v2(client::RestClient& rest);

// /openapi/v3: "api/v1", "apis/apps/v1", ... -> serverRelativeURL. Fails
// when the server has no OpenAPI v3 (a 404 before 1.24 servers).
using OpenApiV3Paths = std::map<std::string, std::string>;
Result<OpenApiV3Paths> fetch_openapi_v3_paths(client::RestClient& rest);

// The document of `group_version` ("api/v1") at `url`, as JSON.
Result<nlohmann::json> fetch_openapi_v3_document(client::RestClient& rest, const std::string& group_version,
                                                 const std::string& url);

}  // namespace kctl::cmd
