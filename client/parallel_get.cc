#include "client/parallel_get.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <system_error>
#include <thread>

namespace kctl::client {
namespace {

struct Worker {
  std::ostringstream log_buffer;
  std::unique_ptr<RestClient> rest;
};

// The workers, each with its transport built here on the calling thread;
// empty when the factory fails.
std::vector<std::unique_ptr<Worker>> make_workers(const RestClient& rest, const TransportFactory& new_transport,
                                                  std::size_t count, int log_level) {
  std::vector<std::unique_ptr<Worker>> workers;
  for (std::size_t i = 0; i < count; ++i) {
    auto w = std::make_unique<Worker>();
    auto transport = new_transport(Logger(log_level, &w->log_buffer));
    if (!transport) return {};
    w->rest = std::make_unique<RestClient>(std::move(*transport), rest.server());
    workers.push_back(std::move(w));
  }
  return workers;
}

}  // namespace

std::vector<Result<HttpResponse>> send_all(RestClient& rest, const std::vector<HttpRequest>& requests,
                                           const TransportFactory& new_transport, int parallelism,
                                           int log_level, std::ostream* log_sink) {
  std::vector<std::optional<Result<HttpResponse>>> answers(requests.size());
  std::size_t count = std::min<std::size_t>(requests.size(), static_cast<std::size_t>(std::max(parallelism, 1)));
  std::vector<std::unique_ptr<Worker>> workers;
  if (new_transport && count > 1) workers = make_workers(rest, new_transport, count, log_level);

  std::atomic<std::size_t> next{0};
  std::mutex log_mu;
  auto work = [&](Worker& w) {
    for (std::size_t i = next++; i < requests.size(); i = next++) {
      answers[i] = w.rest->send(requests[i]);
      const std::string lines = w.log_buffer.str();
      if (lines.empty() || log_sink == nullptr) continue;
      w.log_buffer.str({});
      std::lock_guard<std::mutex> lock(log_mu);
      log_sink->write(lines.data(), static_cast<std::streamsize>(lines.size()));
      log_sink->flush();
    }
  };
  std::vector<std::thread> threads;
  for (auto& w : workers) {
    try {
      threads.emplace_back(work, std::ref(*w));
    } catch (const std::system_error&) {
      break;  // fewer threads; those running take every request
    }
  }
  for (auto& t : threads) t.join();
  // Requests no thread took (no factory, or no thread started).
  for (std::size_t i = 0; i < requests.size(); ++i)
    if (!answers[i]) answers[i] = rest.send(requests[i]);

  std::vector<Result<HttpResponse>> out;
  out.reserve(answers.size());
  for (auto& a : answers) out.push_back(std::move(*a));
  return out;
}

}  // namespace kctl::client
