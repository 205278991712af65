#include "cmd/render_error.h"

namespace kctl::cmd {
namespace {

// kubectl's fatal() ends the message with a newline unless it has one
// (the kubelet's log errors do).
std::string_view line_end(const std::string& message) {
  return !message.empty() && message.back() == '\n' ? "" : "\n";
}

}  // namespace

int render_error(const Error& e, std::string_view command_path, std::ostream& err) {
  switch (e.kind) {
    case ErrorKind::Printed:
      break;
    case ErrorKind::ApiStatus:
      if (!e.invalid_text.empty()) err << e.invalid_text << line_end(e.invalid_text);
      else if (e.reason.empty()) err << "Error from server: " << e.message << line_end(e.message);
      else err << "Error from server (" << e.reason << "): " << e.message << line_end(e.message);
      break;
    case ErrorKind::Plain:
    case ErrorKind::Connection:
      // kubectl prints transport errors without the "error: " prefix.
      err << e.message << '\n';
      break;
    case ErrorKind::InvalidConfig:
      err << "Error in configuration: " << e.message << '\n';
      break;
    case ErrorKind::Unauthorized:
      err << "error: " << e.message << '\n';
      break;
    case ErrorKind::RemoteExit:
      err << "command terminated with exit code " << e.exit_code << '\n';
      break;
    case ErrorKind::Usage:
      err << "error: " << e.message << '\n';
      if (!command_path.empty()) err << "See '" << command_path << " -h' for help and examples\n";
      break;
    default:
      err << "error: " << e.message << line_end(e.message);
      break;
  }
  err.flush();
  return e.exit_code == 0 ? 1 : e.exit_code;
}

Result<> report_errors(const std::vector<Error>& errors, std::ostream& err) {
  if (errors.empty()) return {};
  if (errors.size() == 1) {
    Error e = errors.front();
    // A lone error kubectl prints as any other, "error: " first.
    if (e.kind == ErrorKind::Plain) e.kind = ErrorKind::Internal;
    return e;
  }
  for (Error e : errors) {
    e.invalid_text.clear();  // in a list, kubectl prints Invalid as any status
    render_error(e, {}, err);
  }
  Error printed = make_error(ErrorKind::Printed, "");
  return printed;
}

Result<> report_aggregate(std::vector<Error> errors, std::ostream& err) {
  if (errors.size() == 1 && errors.front().kind == ErrorKind::Internal) {
    errors.front().kind = ErrorKind::Plain;
    render_error(errors.front(), {}, err);
    return make_error(ErrorKind::Printed, "");
  }
  return report_errors(errors, err);
}

}  // namespace kctl::cmd
