#include "cmd/log_streams.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace kctl::cmd {
namespace {

// The shared stdout: whole lines only, and nothing once the command has
// ended (a parallel reader may still be blocked in its transfer then).
class LineOutput {
 public:
  explicit LineOutput(std::ostream& out) : out_(out) {}
  bool write(std::string_view bytes) {
    std::lock_guard lock(mutex_);
    if (stopped_) return false;
    out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out_.flush();
    return static_cast<bool>(out_);
  }
  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
  }

 private:
  std::mutex mutex_;
  std::ostream& out_;
  bool stopped_ = false;
};

// Each line of `lines` (which ends with '\n') with `prefix` in front.
std::string prefixed(std::string_view lines, const std::string& prefix) {
  std::string out;
  out.reserve(lines.size() + prefix.size() * 8);
  for (std::size_t start = 0; start < lines.size();) {
    std::size_t end = lines.find('\n', start);
    end = end == std::string_view::npos ? lines.size() : end + 1;
    out += prefix;
    out += lines.substr(start, end - start);
    start = end;
  }
  return out;
}

// DefaultConsumeRequest: the body is written in whole lines (each with the
// prefix, if any), so that sources never interleave mid-line; a last line
// without '\n' is written at the end.
Result<> read_one(client::RestClient& rest, const LogSource& source, const LogReadOptions& options, LineOutput& out) {
  const std::string prefix = options.prefix ? source.prefix() : std::string();
  std::string pending;
  bool output_failed = false;
  auto emit = [&](std::string_view lines) {
    if (!out.write(prefix.empty() ? std::string(lines) : prefixed(lines, prefix))) output_failed = true;
    return !output_failed;
  };
  client::HttpRequest get;
  get.url = source.url;
  get.sink = [&](std::string_view chunk) {
    pending.append(chunk);
    const auto last = pending.rfind('\n');
    if (last == std::string::npos) return true;
    const bool ok = emit(std::string_view(pending).substr(0, last + 1));
    pending.erase(0, last + 1);
    return ok;
  };
  auto resp = rest.send(std::move(get));
  if (output_failed) return make_error(ErrorKind::Printed, "");
  if (!resp) return resp.take_error();
  if (!resp->streamed) pending = resp->body;  // a body that came in one piece
  if (!pending.empty()) emit(pending);
  return {};
}

// kubectl prints a StatusError with its bare message in "error: %v" lines.
std::string error_line(const Error& e) { return "error: " + e.message + "\n"; }

struct ParallelState {
  explicit ParallelState(std::ostream& out, std::size_t readers) : out(out), running(readers) {}
  LineOutput out;
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t running;
  std::optional<Error> failure;
};

}  // namespace

Result<> read_logs_sequentially(client::RestClient& rest, const std::vector<LogSource>& sources,
                                const LogReadOptions& options, std::ostream& out) {
  LineOutput lines(out);
  for (const LogSource& source : sources) {
    auto r = read_one(rest, source, options, lines);
    if (r) continue;
    if (!options.ignore_errors || r.error().kind == ErrorKind::Printed) return r;
    lines.write(error_line(r.error()));
  }
  return {};
}

Result<> read_logs_in_parallel(const RestClientFactory& make_client, const std::vector<LogSource>& sources,
                               const LogReadOptions& options, std::ostream& out) {
  // Each reader owns its client and a share of the state, so a reader
  // still blocked in a follow request when the command fails can be left
  // behind safely (its output is already stopped).
  auto state = std::make_shared<ParallelState>(out, sources.size());
  std::vector<std::thread> readers;
  for (const LogSource& source : sources) {
    auto client = make_client();
    if (!client) {
      state->out.stop();
      for (auto& t : readers) t.detach();
      return client.take_error();
    }
    readers.emplace_back([state, source, options, rest = std::shared_ptr<client::RestClient>(std::move(*client))] {
      auto r = read_one(*rest, source, options, state->out);
      if (!r && options.ignore_errors && r.error().kind != ErrorKind::Printed) {
        state->out.write(error_line(r.error()));
        r = Result<>();
      }
      std::lock_guard lock(state->mutex);
      if (!r && !state->failure) state->failure = r.error();
      --state->running;
      state->changed.notify_all();
    });
  }
  std::unique_lock lock(state->mutex);
  state->changed.wait(lock, [&] { return state->running == 0 || state->failure.has_value(); });
  if (state->running == 0) {
    lock.unlock();
    for (auto& t : readers) t.join();
    if (state->failure) return *state->failure;
    return {};
  }
  Error failure = *state->failure;
  lock.unlock();
  state->out.stop();
  for (auto& t : readers) t.detach();
  return failure;
}

}  // namespace kctl::cmd
