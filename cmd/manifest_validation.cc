#include "cmd/manifest_validation.h"

#include <array>
#include <algorithm>
#include <memory>
#include <variant>

#include <yaml-cpp/yaml.h>

#include "client/go_quote.h"
#include "client/yaml_syntax.h"
#include "client/validation/duplicate_keys.h"
#include "client/validation/schema_validation.h"
#include "client/validation/validation_errors.h"
#include "cmd/explain_openapi.h"
#include "cmd/field_validation_verifier.h"
#include "kubeconfig/yaml_json.h"

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

  // A manifest document: refused with kubectl's ValidateSchema wording.
  Result<> check(const client::ManifestDocument& document) {
    auto errors = validate(document);
    if (errors.empty()) return {};
    return refusal(errors);
  }

  // kubectl's paramVerifyingSchema.ValidateBytes: the errors it aggregates.
  std::vector<std::string> validate(const client::ManifestDocument& document) {
    validation::ObjectKind kind = validation::object_kind(document.object);
    if (!kind.errors.empty()) return kind.errors;
    auto server = verifier_.server_validates(kind.gvk);
    if (!server) return {server.error().message};
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
    return errors;
  }

 private:
  const explain::OpenApiV2Document& v2_;
  FieldValidationVerifier verifier_;
  FieldValidation directive_;
  Logger logger_;
};

// kubectl's parse in ValidateBytes: the first document of YAML or JSON
// text, or the error that stops it.
std::variant<client::ManifestDocument, std::string> parse_for_validation(std::string_view text) {
  // JSON is YAML to go-yaml: its syntax errors read the same.
  if (auto syntax = client::go_yaml_syntax_error(text)) return *syntax;
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '{') {
    json doc = json::parse(text, nullptr, false);
    if (!doc.is_object()) return std::string("invalid object to validate");
    return client::ManifestDocument{std::move(doc), std::string(text)};
  }
  json doc;
  try {
    YAML::Node node = YAML::Load(std::string(text));
    if (node.IsDefined() && !node.IsNull()) doc = json(kubeconfig::to_json(node, true, text));
  } catch (const YAML::Exception& e) {
    return kubeconfig::yaml_problem(e);
  }
  if (!doc.is_object()) return std::string("invalid object to validate");
  return client::ManifestDocument{std::move(doc), {}};
}

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

Result<TextCheck> text_check(Factory& f, FieldValidation directive) {
  if (directive == FieldValidation::Ignore) return TextCheck([](std::string_view) { return std::optional<std::string>(); });
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  auto v2 = f.openapi_v2();
  if (!v2) return v2.take_error();
  auto validator = std::make_shared<DocumentValidator>(**rest, **v2, directive, f.logger());
  return TextCheck([validator](std::string_view text) -> std::optional<std::string> {
    auto parsed = parse_for_validation(text);
    if (auto* problem = std::get_if<std::string>(&parsed)) return *problem;
    auto errors = validator->validate(std::get<client::ManifestDocument>(parsed));
    if (errors.empty()) return std::nullopt;
    return validation::aggregate_message(errors);
  });
}

}  // namespace kctl::cmd
