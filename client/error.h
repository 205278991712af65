// The one error type of the whole program. Messages are already in kubectl's
// words, without the "error: " prefix; cmd/render_error.cc formats them.
#pragma once

#include <string>
#include <vector>

namespace kctl {

enum class ErrorKind {
  Usage,          // bad flags or arguments: "See 'kctl X -h' ..." is appended
  Config,         // kubeconfig problems
  InvalidConfig,  // a kubeconfig that loads but cannot be used: "Error in configuration: ..."
  Connection,     // could not reach the server
  ApiStatus,      // the server answered with a metav1.Status error
  Unauthorized,   // 401: "You must be logged in to the server"
  UpgradeFailed,  // streaming upgrade refused (used by stream/)
  RemoteExit,     // a remote command exited non-zero
  Internal,
  Printed,        // message already written; only the exit code matters
  Plain,          // printed as it is, without "error: " (kubectl's MultipleErrors)
};

struct Error {
  ErrorKind kind = ErrorKind::Internal;
  std::string message;
  int exit_code = 1;
  std::string reason;  // ApiStatus: the Status reason, e.g. "NotFound"
  long code = 0;       // ApiStatus: the Status code, e.g. 410
  // ApiStatus Invalid: kubectl's own rendering when it is the only error
  // ("The ConfigMap \"x\" is invalid: data: ..."), printed as it is.
  std::string invalid_text;
  // ApiStatus: the Status's details.causes as "field: message", in order
  // and with duplicates (kubectl edit lists them so).
  std::vector<std::string> causes;
};

// A Status of reason NotFound (404 from the API).
inline bool is_not_found(const Error& e) { return e.kind == ErrorKind::ApiStatus && e.reason == "NotFound"; }

inline Error make_error(ErrorKind kind, std::string message) {
  return Error{kind, std::move(message), 1, {}, 0, {}, {}};
}

}  // namespace kctl
