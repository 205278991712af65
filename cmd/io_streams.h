// The process's streams, built once in main and handed to every verb.
#pragma once

#include <istream>
#include <ostream>

namespace kctl::cmd {

struct IOStreams {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool stdin_is_terminal = false;
  bool stdout_is_terminal = false;
  bool stderr_is_terminal = false;
};

}  // namespace kctl::cmd
