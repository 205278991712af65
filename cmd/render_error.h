// The one place errors become text and exit codes (kubectl's checkErr).
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "client/error.h"
#include "client/result.h"

namespace kctl::cmd {

// Writes `e` in kubectl's words and returns the exit code.
int render_error(const Error& e, std::string_view command_path, std::ostream& err);

// A single error is returned as it is (kubectl's "error: ..."); several
// are printed one per line, as kubectl prints an aggregate, and the result
// is a Printed error (exit code 1).
Result<> report_errors(const std::vector<Error>& errors, std::ostream& err);

// As report_errors, but a single error too is printed the aggregate way,
// without "error: " (kubectl get's table path returns its aggregate whole).
Result<> report_aggregate(std::vector<Error> errors, std::ostream& err);

}  // namespace kctl::cmd
