#include "cmd/manifest_validation.h"

#include <array>
#include <algorithm>
#include <memory>

#include "client/go_quote.h"
#include "client/validation/duplicate_keys.h"
#include "client/validation/schema_validation.h"
#include "client/validation/validation_errors.h"
#include "cmd/explain_openapi.h"
#include "cmd/field_validation_verifier.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 6> kTrue{"1", "t", "T", "TRUE", "true", "True"};
constexpr std::array<std::string_view, 6> kFalse{"0", "f", "F", "FALSE", "false", "False"};

bool one_of(const auto& spellings, const std::string& value) {
  return std::find(spellings.begin(), spellings.end(), value) != spellings.end();
}

Error refusal(const std::vector<std::string>& errors) {
  return make_error(ErrorKind::Plain, "error validating data: " + validation::aggregate_message(errors) +
                                          "; if you choose to ignore these errors, turn validation off with "
                                          "--validate=false");
}

// What the check holds between documents: the v2 document and what the
// verifier fetched.
class DocumentValidator {
 public:
  // `v2` is the Factory's, which outlives every check.
  DocumentValidator(client::RestClient& rest, const explain::OpenApiV2Document& v2, FieldValidation directive,
                    Logger logger)
      : v2_(v2), verifier_(rest, v2_), directive_(directive), logger_(logger) {}
  DocumentValidator(const DocumentValidator&) = delete;
  DocumentValidator& operator=(const DocumentValidator&) = delete;

  // kubectl's paramVerifyingSchema.ValidateBytes.
  Result<> check(const client::ManifestDocument& document) {
    validation::ObjectKind kind = validation::object_kind(document.object);
    if (!kind.errors.empty()) return refusal(kind.errors);
    auto server = verifier_.server_validates(kind.gvk);
    if (!server) return refusal({server.error().message});
    if (*server) return {};
    if (directive_ == FieldValidation::Warn) {
      logger_.warning("schema.go:145",
                      "cannot perform warn validation if server-side field validation is unsupported, skipping "
                      "validation");
      return {};
    }
    auto errors = validation::validate_document(document.object, v2_);
    if (!document.json_text.empty())
      for (auto& e : validation::duplicate_key_errors(document.json_text)) errors.push_back(std::move(e));
    if (errors.empty()) return {};
    return refusal(errors);
  }

 private:
  const explain::OpenApiV2Document& v2_;
  FieldValidationVerifier verifier_;
  FieldValidation directive_;
  Logger logger_;
};

}  // namespace

void ValidateFlag::add_to(CLI::App& sub) {
  sub.add_flag("--validate{strict}", value,
               "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema "
               "to validate the input and fail the request if invalid. It will perform server side validation if "
               "ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable "
               "client-side validation if not. \"warn\" will warn about unknown or duplicate fields without "
               "blocking the request if server-side field validation is enabled on the API server, and behave as "
               "\"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently "
               "dropping any unknown or duplicate fields.")
      ->default_str("strict");
}

Result<FieldValidation> ValidateFlag::directive() const {
  if (one_of(kTrue, value) || value == "strict") return FieldValidation::Strict;
  if (one_of(kFalse, value) || value == "ignore") return FieldValidation::Ignore;
  if (value == "warn") return FieldValidation::Warn;
  return make_error(ErrorKind::Internal, "invalid - validate option " + client::go_quote(value) +
                                             "; must be one of: strict (or true), warn, ignore (or false)");
}

std::string field_validation_param(FieldValidation directive) {
  switch (directive) {
    case FieldValidation::Strict:
      return "Strict";
    case FieldValidation::Warn:
      return "Warn";
    case FieldValidation::Ignore:
      break;
  }
  return "Ignore";
}

Result<client::DocumentCheck> manifest_check(Factory& f, FieldValidation directive) {
  if (directive == FieldValidation::Ignore) return client::DocumentCheck{};
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  auto v2 = f.openapi_v2();
  if (!v2) return v2.take_error();
  auto validator = std::make_shared<DocumentValidator>(**rest, **v2, directive, f.logger());
  return client::DocumentCheck(
      [validator](const client::ManifestDocument& document) { return validator->check(document); });
}

}  // namespace kctl::cmd
