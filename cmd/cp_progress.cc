#include "cmd/cp_progress.h"

#include <unistd.h>

#include <cstdio>

#include "stream/remote_command.h"

namespace kctl::cmd {
namespace {

constexpr auto kRedraw = std::chrono::milliseconds(100);

std::string human(double bytes) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  int u = 0;
  while (bytes >= 1024 && u < 4) {
    bytes /= 1024;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", bytes, units[u]);
  return buf;
}

}  // namespace

CpProgress::CpProgress(int fd, std::string label, std::uint64_t total)
    : fd_(fd), enabled_(::isatty(fd) == 1), label_(std::move(label)), total_(total),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

CpProgress::~CpProgress() {
  if (drawn_) (void)stream::write_fd(fd_, "\r\033[K");
}

std::string CpProgress::render(const std::string& label, std::uint64_t done, std::uint64_t total, double seconds) {
  std::string line = label + "  " + human(static_cast<double>(done));
  if (total > 0) {
    char pct[16];
    std::snprintf(pct, sizeof pct, "%3.0f%%", 100.0 * static_cast<double>(done) / static_cast<double>(total));
    line += " / " + human(static_cast<double>(total)) + "  " + pct;
  }
  if (seconds > 0) line += "  " + human(static_cast<double>(done) / seconds) + "/s";
  return line;
}

void CpProgress::add(std::uint64_t bytes) {
  done_ += bytes;
  draw(false);
}

void CpProgress::draw(bool force) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (!force && now - last_ < kRedraw) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  (void)stream::write_fd(fd_, "\r\033[K" + render(label_, done_, total_, seconds));
  drawn_ = true;
}

}  // namespace kctl::cmd
