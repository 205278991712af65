// Turning a non-2xx response into kubectl's error: a metav1.Status body
// gives "Error from server (Reason): message"; other bodies get
// apimachinery's generic text for the status code.
#pragma once

#include <string>

#include "client/error.h"
#include "client/http.h"

namespace kctl::client {

Error status_error(const HttpResponse& resp);

}  // namespace kctl::client
