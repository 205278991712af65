// kubectl's fieldValidation QueryParamVerifier against the live server:
// OpenAPI v3 first (the kind's group-version document), the OpenAPI v2
// document when v3 fails (servers before 1.24 have none), and, for kinds
// the documents do not name, the CustomResourceDefinitions.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "client/explain/openapi_v2_document.h"
#include "client/rest_client.h"
#include "client/result.h"
#include "cmd/explain_openapi.h"

namespace kctl::cmd {

class FieldValidationVerifier {
 public:
  // `v2` outlives the verifier.
  FieldValidationVerifier(client::RestClient& rest, const explain::OpenApiV2Document& v2) : rest_(rest), v2_(v2) {}

  // Whether the server checks the fields of `gvk` itself (true), or leaves
  // it to the client (false); an error is neither.
  Result<bool> server_validates(const explain::GroupVersionKind& gvk);

 private:
  Result<bool> from_v3(const explain::GroupVersionKind& gvk);
  Result<bool> from_v2(const explain::GroupVersionKind& gvk);
  Result<nlohmann::json> v3_document(const std::string& group_version, const std::string& url);
  Result<bool> has_crd(const explain::GroupVersionKind& gvk);

  client::RestClient& rest_;
  const explain::OpenApiV2Document& v2_;
  // Fetched once each, failures included.
  std::optional<Result<OpenApiV3Paths>> v3_paths_;
  std::map<std::string, Result<nlohmann::json>> v3_documents_;
  std::optional<Result<std::set<std::pair<std::string, std::string>>>> crd_kinds_;  // (group, kind)
};

}  // namespace kctl::cmd
