#include <unistd.h>

#include <exception>
#include <iostream>

#include "cmd/root.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  kctl::cmd::IOStreams io{std::cin, std::cout, std::cerr, ::isatty(STDIN_FILENO) == 1,
                            ::isatty(STDOUT_FILENO) == 1, ::isatty(STDERR_FILENO) == 1};
  try {
    int code = kctl::cmd::run(argc, argv, io, kctl::kubeconfig::process_env);
    std::cout.flush();
    return code;
  } catch (const std::exception& e) {
    std::cerr << "error: internal error: " << e.what() << '\n';
    return 1;
  }
}
