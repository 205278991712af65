// kctl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] as kubectl's
// pkg/cmd/logs: flags and validation here, the pods behind the name from
// pod_for_object (by logging priority), the streaming in log_streams.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <optional>

#include <nlohmann/json.hpp>

#include "client/layers.h"
#include "cmd/exec_container.h"
#include "cmd/go_duration.h"
#include "cmd/log_streams.h"
#include "cmd/pod_for_object.h"
#include "cmd/rfc3339.h"
#include "cmd/verb.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

constexpr std::string_view kLogsShort = "Print the logs for a container in a pod";
constexpr std::string_view kCommandPath = "kctl logs";
constexpr std::string_view kUsage =
    "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\n"
    "POD or TYPE/NAME is a required argument for the logs command";
constexpr std::int64_t kSelectorTail = 10;

// PodLogOptions as kubectl sends them (keys sorted, booleans only when true).
struct LogQuery {
  bool follow = false, previous = false, timestamps = false, insecure_backend = false;
  std::optional<std::int64_t> limit_bytes, since_seconds, tail_lines;
  std::string since_time;

  std::string for_container(const std::string& container) const {
    std::vector<std::pair<std::string, std::string>> params;
    params.emplace_back("container", container);
    if (follow) params.emplace_back("follow", "true");
    if (insecure_backend) params.emplace_back("insecureSkipTLSVerifyBackend", "true");
    if (limit_bytes) params.emplace_back("limitBytes", std::to_string(*limit_bytes));
    if (previous) params.emplace_back("previous", "true");
    if (since_seconds) params.emplace_back("sinceSeconds", std::to_string(*since_seconds));
    if (!since_time.empty()) params.emplace_back("sinceTime", since_time);
    if (tail_lines) params.emplace_back("tailLines", std::to_string(*tail_lines));
    if (timestamps) params.emplace_back("timestamps", "true");
    std::string q;
    for (const auto& [k, v] : params) q += (q.empty() ? "" : "&") + k + "=" + client::query_escape(v);
    return q;
  }
};

std::vector<std::string> container_names(const json& pod, const char* key) {
  std::vector<std::string> names;
  for (const json& c : pod.value("spec", json::object()).value(key, json::array()))
    if (c.is_object()) names.push_back(c.value("name", ""));
  return names;
}

struct LogsOptions {
  // flags
  std::string container, selector, since_time;
  std::string since_flag = "0s", tail_flag = "-1", limit_bytes_flag = "0", max_requests_flag = "5";
  std::string pod_running_timeout_flag = "20s";
  bool follow = false, previous = false, timestamps = false, all_containers = false, all_pods = false;
  bool prefix = false, ignore_errors = false, insecure_backend = false;
  std::vector<std::string> args;
  CLI::App* sub = nullptr;
  // complete()
  std::string ns, resource;
  std::chrono::milliseconds timeout{};
  std::int64_t tail = -1, limit_bytes = 0, max_requests = 5;
  std::chrono::nanoseconds since{};
  LogQuery query;

  void add_flags(CLI::App& app) {
    sub = &app;
    app.add_flag("--all-pods", all_pods, "Get logs from all pod(s). Sets prefix to true.");
    app.add_flag("--all-containers", all_containers, "Get all containers' logs in the pod(s).");
    app.add_flag("-f,--follow", follow, "Specify if the logs should be streamed.");
    app.add_flag("--timestamps", timestamps, "Include timestamps on each line in the log output");
    app.add_option("--limit-bytes", limit_bytes_flag, "Maximum bytes of logs to return. Defaults to no limit.");
    app.add_flag("-p,--previous", previous,
                 "If true, print the logs for the previous instance of the container in a pod if it exists.");
    app.add_option("--tail", tail_flag,
                   "Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines "
                   "otherwise 10, if a selector is provided.");
    app.add_flag("--ignore-errors", ignore_errors,
                 "If watching / following pod logs, allow for any errors that occur to be non-fatal");
    app.add_option("--since-time", since_time,
                   "Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time "
                   "/ since may be used.");
    app.add_option("--since", since_flag,
                   "Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only "
                   "one of since-time / since may be used.");
    app.add_option("-c,--container", container, "Print the logs of this container");
    app.add_flag("--insecure-skip-tls-verify-backend", insecure_backend,
                 "Skip verifying the identity of the kubelet that logs are requested from.");
    app.add_option("--pod-running-timeout", pod_running_timeout_flag,
                   "The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is "
                   "running");
    app.add_option("-l,--selector", selector,
                   "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l "
                   "key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified "
                   "label constraints.");
    app.add_option("--max-log-requests", max_requests_flag,
                   "Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.");
    app.add_flag("--prefix", prefix, "Prefix each log line with the log source (pod name and container name)");
    app.add_option("args", args, "(POD | TYPE/NAME) [CONTAINER]");
  }

  bool given(const char* flag) const { return sub->count(flag) > 0; }

  // Flag values that do not parse are cobra's errors, before anything else.
  Result<> parse_flag_values(std::ostream& err) {
    auto t = parse_int_flag(tail_flag, "--tail", std::string(kCommandPath), err);
    if (!t) return t.take_error();
    tail = *t;
    auto lb = parse_int_flag(limit_bytes_flag, "--limit-bytes", std::string(kCommandPath), err);
    if (!lb) return lb.take_error();
    limit_bytes = *lb;
    auto mr = parse_int_flag(max_requests_flag, "--max-log-requests", std::string(kCommandPath), err);
    if (!mr) return mr.take_error();
    max_requests = *mr;
    auto s = duration_flag(since_flag, "--since", std::string(kCommandPath), err);
    if (!s) return s.take_error();
    since = *s;
    auto d = duration_flag(pod_running_timeout_flag, "--pod-running-timeout", std::string(kCommandPath), err);
    if (!d) return d.take_error();
    return {};
  }

  Result<> complete(Factory& f) {
    if (auto r = parse_flag_values(f.io().err); !r) return r;
    switch (args.size()) {
      case 0:
        if (selector.empty()) return make_error(ErrorKind::Usage, std::string(kUsage));
        break;
      case 1:
        resource = args[0];
        if (!selector.empty()) return make_error(ErrorKind::Usage, "only a selector (-l) or a POD name is allowed");
        break;
      case 2:
        resource = args[0];
        break;
      default:
        return make_error(ErrorKind::Usage, std::string(kUsage));
    }
    if (all_pods) prefix = true;
    auto rc = f.rest_config();
    if (!rc) return rc.take_error();
    ns = (*rc)->ns;
    auto t = pod_running_timeout(pod_running_timeout_flag, std::string(kCommandPath), f.io().err);
    if (!t) return t.take_error();
    timeout = *t;
    return to_log_query();
  }

  // kubectl's ToLogOptions.
  Result<> to_log_query() {
    query.follow = follow;
    query.previous = previous;
    query.timestamps = timestamps;
    query.insecure_backend = insecure_backend;
    if (!since_time.empty()) {
      auto t = parse_rfc3339(since_time);
      if (!t) return t.take_error();
      query.since_time = rfc3339_query_value(*t);
    }
    if (limit_bytes != 0) query.limit_bytes = limit_bytes;
    if (since.count() != 0) {
      // time.Duration.Round(time.Second): halves away from zero.
      query.since_seconds = static_cast<std::int64_t>(std::llround(static_cast<double>(since.count()) / 1e9));
    }
    if (!selector.empty() && tail == -1 && !given("--tail")) query.tail_lines = kSelectorTail;
    else if (tail != -1) query.tail_lines = tail;
    return {};
  }

  std::string effective_container() const { return args.size() == 2 ? args[1] : container; }

  Result<> validate() const {
    if (!since_time.empty() && since.count() != 0)
      return make_error(ErrorKind::Internal, "at most one of `sinceTime` or `sinceSeconds` may be specified");
    if (all_containers && !effective_container().empty())
      return make_error(ErrorKind::Internal,
                        "--all-containers=true should not be specified with container name " + effective_container());
    if (given("--container") && args.size() == 2)
      return make_error(ErrorKind::Internal, "only one of -c or an inline [CONTAINER] arg is allowed");
    if (limit_bytes < 0) return make_error(ErrorKind::Internal, "--limit-bytes must be greater than 0");
    if (query.since_seconds && *query.since_seconds < 0)
      return make_error(ErrorKind::Internal, "--since must be greater than 0");
    if (query.tail_lines && *query.tail_lines < -1)
      return make_error(ErrorKind::Internal, "--tail must be greater than or equal to -1");
    return {};
  }

  LogSource source(client::RestClient& rest, const json& pod, const std::string& name) const {
    const json meta = pod.value("metadata", json::object());
    LogSource s{meta.value("namespace", ns), meta.value("name", ""), name, {}};
    auto url = rest.request().ns(s.ns).resource("pods").name(s.pod).subresource("log").url();
    s.url = (url ? *url : std::string()) + "?" + query.for_container(name);
    return s;
  }

  // logsForObjectWithClient for one pod.
  Result<> add_pod(client::RestClient& rest, const json& pod, bool quiet_default, std::vector<LogSource>& out,
                   std::ostream& err) const {
    const std::string pod_name = pod.value("metadata", json::object()).value("name", "");
    if (all_containers) {
      for (const char* key : {"initContainers", "containers", "ephemeralContainers"})
        for (const std::string& name : container_names(pod, key)) out.push_back(source(rest, pod, name));
      return {};
    }
    std::string name = effective_container();
    if (name.empty()) {
      const json annotations = pod.value("metadata", json::object()).value("annotations", json::object());
      const std::string wanted = annotations.value("kubectl.kubernetes.io/default-container", "");
      if (!wanted.empty()) {
        if (pod_has_container(pod, wanted)) name = wanted;
        else err << "Default container name \"" << wanted << "\" not found in pod " << pod_name << '\n';
      }
    }
    if (name.empty()) {
      const auto containers = container_names(pod, "containers");
      if (containers.empty())
        return make_error(ErrorKind::Internal, "pod " + pod_name + " does not have any containers");
      name = containers.front();
      if (!quiet_default && (containers.size() > 1 || !container_names(pod, "initContainers").empty() ||
                             !container_names(pod, "ephemeralContainers").empty()))
        err << "Defaulted container \"" << name << "\" out of: " << all_container_names(pod) << '\n';
    }
    if (!pod_has_container(pod, name))
      return make_error(ErrorKind::Internal, "container " + name + " is not valid for pod " + pod_name);
    out.push_back(source(rest, pod, name));
    return {};
  }

  // kubectl's builder step: the pods of the selector, or the named object.
  Result<std::vector<json>> selected_pods(client::RestClient& rest, std::ostream& err) const {
    auto found = pods_for_selector(rest, ns, selector, PodSort::Logging);
    if (found && found->empty()) err << "No resources found in " << ns << " namespace.\n";
    return found;
  }

  Result<ResolvedObject> named_object(client::RestClient& rest) const {
    auto resolved = resolve_object(rest, ns, resource);
    if (resolved || resolved.error().kind != ErrorKind::ApiStatus || resolved.error().reason != "NotFound")
      return resolved;
    return make_error(ErrorKind::Internal, "error from server (NotFound): " + resolved.error().message +
                                               " in namespace \"" + ns + "\"");
  }

  // LogsForObject: the pod (or, with --all-pods, the pods) behind the object.
  Result<std::vector<json>> object_pods(client::RestClient& rest, const ResolvedObject& object,
                                        std::ostream& err) const {
    auto target = pod_for_resolved(rest, ns, object, PodSort::Logging, timeout, PodPurpose::Logs);
    if (!target) return target.take_error();
    if (target->matched > 1) {
      if (all_pods) return pods_for_selector(rest, ns, target->selector, PodSort::Logging);
      err << "Found " << target->matched << " pods, using pod/"
          << target->pod.value("metadata", json::object()).value("name", "") << '\n';
    }
    return std::vector<json>{std::move(target->pod)};
  }

  Result<> run(Factory& f) {
    auto rest = f.rest_client();
    if (!rest) return rest.take_error();
    IOStreams& io = f.io();
    std::vector<json> pods;
    if (!selector.empty()) {
      auto found = selected_pods(**rest, io.err);
      if (!found) return found.take_error();
      if (auto r = validate(); !r) return r;
      pods = std::move(*found);
    } else {
      auto object = named_object(**rest);
      if (!object) return object.take_error();
      if (auto r = validate(); !r) return r;
      auto found = object_pods(**rest, *object, io.err);
      if (!found) return found.take_error();
      pods = std::move(*found);
    }
    std::vector<LogSource> sources;
    for (const json& pod : pods)
      if (auto r = add_pod(**rest, pod, all_pods, sources, io.err); !r) return r;
    io.err.flush();

    LogReadOptions read;
    read.prefix = prefix;
    read.ignore_errors = ignore_errors;
    if (!follow || sources.size() <= 1) return read_logs_sequentially(**rest, sources, read, io.out);
    if (static_cast<std::int64_t>(sources.size()) > max_requests)
      return make_error(ErrorKind::Internal, "you are attempting to follow " + std::to_string(sources.size()) +
                                                 " log streams, but maximum allowed concurrency is " +
                                                 std::to_string(max_requests) +
                                                 ", use --max-log-requests to increase the limit");
    auto rc = f.rest_config();
    if (!rc) return rc.take_error();
    const kubeconfig::RestConfig config = **rc;
    const Logger log = f.logger();
    auto exec = f.exec_source();
    RestClientFactory make_client = [config, log, exec]() -> Result<std::unique_ptr<client::RestClient>> {
      auto transport = client::build_transport(config, log, exec);
      if (!transport) return transport.take_error();
      return std::make_unique<client::RestClient>(std::move(*transport), config.server);
    };
    return read_logs_in_parallel(make_client, sources, read, io.out);
  }
};

}  // namespace

void register_logs(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<LogsOptions>();
  CLI::App* sub = root.add_subcommand("logs", std::string(kLogsShort));
  opts->add_flags(*sub);
  on_chosen(sub, ctx, [opts, &ctx]() -> Result<> {
    if (auto r = opts->complete(ctx.factory); !r) return r;
    return opts->run(ctx.factory);
  });
}

}  // namespace kctl::cmd
