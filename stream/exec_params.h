// PodExecOptions as a query string, the way kubectl builds it
// (queryparams.Convert + url.Values.Encode: keys sorted, one command= per
// argv element in order, booleans only when true, form encoding).
#pragma once

#include <string>
#include <vector>

namespace kctl::stream {

struct ExecParams {
  std::string container;
  std::vector<std::string> command;
  bool stdin = false, stdout = false, stderr = false, tty = false;
};

std::string exec_query(const ExecParams& p);

// PodAttachOptions: the same fields and encoding, without a command.
struct AttachParams {
  std::string container;
  bool stdin = false, stdout = false, stderr = false, tty = false;
};

std::string attach_query(const AttachParams& p);

// Go's url.QueryEscape: unreserved characters kept, space as '+'.
std::string form_escape(const std::string& s);

}  // namespace kctl::stream
