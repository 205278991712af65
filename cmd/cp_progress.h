// A one-line progress display for kctl cp on stderr, drawn only when
// stderr is a terminal (never into pipes or files) and at most ten times a
// second; the line is erased when the copy ends.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace kctl::cmd {

class CpProgress {
 public:
  // `total`: expected bytes, 0 when unknown (downloads).
  CpProgress(int fd, std::string label, std::uint64_t total);
  ~CpProgress();
  CpProgress(const CpProgress&) = delete;
  CpProgress& operator=(const CpProgress&) = delete;

  bool enabled() const { return enabled_; }
  void add(std::uint64_t bytes);

  // The line for `done` bytes after `seconds` (pure, for tests).
  static std::string render(const std::string& label, std::uint64_t done, std::uint64_t total, double seconds);

 private:
  void draw(bool force);

  int fd_;
  bool enabled_;
  std::string label_;
  std::uint64_t total_, done_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
  bool drawn_ = false;
};

}  // namespace kctl::cmd
