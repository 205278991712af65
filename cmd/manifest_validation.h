// --validate for the write verbs that read manifests (create, apply,
// replace): kubectl's validation directive, the fieldValidation query
// parameter it sends, and the check each -f document goes through before
// anything is sent (client-side schema validation when the server cannot
// check fields itself).
//
//   ValidateFlag validate;  validate.add_to(*sub);
//   auto directive = validate.directive();              // bad values fail here
//   auto check = manifest_check(f, *directive);          // fetches OpenAPI unless ignore
//   targets_from_manifests(f, files, ns, enforce_ns, *check);
//   params.field_validation = field_validation_param(*directive);
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "client/manifest.h"
#include "client/result.h"
#include "cmd/factory.h"

namespace kctl::cmd {

enum class FieldValidation { Strict, Warn, Ignore };

struct ValidateFlag {
  std::string value = "strict";

  // --validate[=strict|true|warn|ignore|false]; bare, it is strict.
  void add_to(CLI::App& sub);
  // kubectl's GetValidationDirective (strconv.ParseBool's spellings too).
  Result<FieldValidation> directive() const;
};

// "Strict", "Warn", "Ignore": kubectl's fieldValidation query parameter.
std::string field_validation_param(FieldValidation directive);

// kubectl's Factory.Validator: none for Ignore; otherwise the OpenAPI v2
// document is fetched now, and each document is checked against it when
// the server does not check its kind's fields (Strict), or let through
// with kubectl's warning that Warn can do nothing (Warn). A document
// without a usable apiVersion and kind is refused either way.
Result<client::DocumentCheck> manifest_check(Factory& f, FieldValidation directive);

// kubectl's Validator.ValidateBytes, which edit runs over the whole edited
// text: the error's text ("invalid object to validate", a YAML syntax
// error, one schema error or "[a, b]"), or nullopt when the text passes.
using TextCheck = std::function<std::optional<std::string>(std::string_view text)>;
Result<TextCheck> text_check(Factory& f, FieldValidation directive);

}  // namespace kctl::cmd
