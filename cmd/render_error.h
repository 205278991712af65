// The one place errors become text and exit codes (kubectl's checkErr).
#pragma once

#include <ostream>
#include <string_view>

#include "client/error.h"

namespace kctl::cmd {

// Writes `e` in kubectl's words and returns the exit code.
int render_error(const Error& e, std::string_view command_path, std::ostream& err);

}  // namespace kctl::cmd
