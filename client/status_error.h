// Turning a non-2xx response into kubectl's error: a metav1.Status body
// gives "Error from server (Reason): message"; other bodies get
// apimachinery's generic text for the status code.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "client/error.h"
#include "client/http.h"

namespace kctl::client {

Error status_error(const HttpResponse& resp);

// kubectl's checkErr text for an Invalid status (`details` its Status
// details, null without them): "The Pod \"x\" is invalid: spec: ..." with
// one cause, a "* field: message" list with several.
std::string invalid_text(const std::string& message, const nlohmann::json& details);

}  // namespace kctl::client
