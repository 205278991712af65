#include "client/logger.h"

#include <sys/time.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>

namespace kctl {

void Logger::info(std::string_view source, std::string_view message) const {
  write('I', source, message);
}

void Logger::warning(std::string_view source, std::string_view message) const {
  write('W', source, message);
}

void Logger::error(std::string_view source, std::string_view message) const {
  write('E', source, message);
}

void Logger::fatal(std::string_view source, std::string_view message) const { write('F', source, message); }

void Logger::write(char severity, std::string_view source, std::string_view message) const {
  if (sink_ == nullptr) return;
  timeval tv{};
  gettimeofday(&tv, nullptr);
  tm local{};
  localtime_r(&tv.tv_sec, &local);
  char head[64];
  std::snprintf(head, sizeof head, "%c%02d%02d %02d:%02d:%02d.%06ld %7d ", severity,
                local.tm_mon + 1, local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec,
                static_cast<long>(tv.tv_usec), static_cast<int>(getpid()));
  *sink_ << head << source << "] " << message << '\n';
  sink_->flush();
}

}  // namespace kctl
