// Verbosity-gated logging in klog's line format on stderr:
//   I1127 21:48:29.263227   12345 round_trippers.go:553] message
// Passed down explicitly; never a global.
#pragma once

#include <ostream>
#include <string_view>

namespace kctl {

class Logger {
 public:
  Logger() = default;
  Logger(int level, std::ostream* sink) : level_(level), sink_(sink) {}
  bool v(int level) const { return sink_ != nullptr && level_ >= level; }
  int level() const { return level_; }
  // `source` is the kubectl source file:line the message stands for, so
  // that logs read like kubectl's; it carries no meaning for kctl.
  void info(std::string_view source, std::string_view message) const;
  void warning(std::string_view source, std::string_view message) const;
  // Always written, as klog's errors (runtime.HandleError).
  void error(std::string_view source, std::string_view message) const;
  // Always written, as klog's Fatal lines (the caller then exits 1).
  void fatal(std::string_view source, std::string_view message) const;

 private:
  void write(char severity, std::string_view source, std::string_view message) const;
  int level_ = 0;
  std::ostream* sink_ = nullptr;
};

}  // namespace kctl
