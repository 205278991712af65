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
      if (e.reason.empty()) err << "Error from server: " << e.message << line_end(e.message);
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

}  // namespace kctl::cmd
