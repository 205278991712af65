// kctl port-forward TYPE/NAME [LOCAL_PORT:]REMOTE_PORT... as kubectl's
// pkg/cmd/portforward: the pod and ports are resolved first, the pod must be
// Running, the connection is dialled, then the local listeners open.
// Beyond kubectl: when the connection to the pod is lost, kctl re-resolves
// the pod and dials again, keeping its listeners (--reconnect=false: exit
// with kubectl's "lost connection to pod").
#include <poll.h>

#include <algorithm>
#include <thread>

#include "cmd/go_duration.h"
#include "cmd/port_forward_dialers.h"
#include "cmd/port_forward_target.h"
#include "cmd/verb.h"
#include "stream/port_forwarder.h"
#include "stream/spdy_dialer.h"
#include "stream/spdy_session.h"
#include "stream/stop_signals.h"

namespace kctl::cmd {
namespace {

constexpr std::string_view kShort = "Forward one or more local ports to a pod";
constexpr std::string_view kNeedArgs = "TYPE/NAME and list of ports are required for port-forward";
constexpr std::string_view kLostConnection = "lost connection to pod";
constexpr auto kMaxReconnectDelay = std::chrono::seconds(5);
// How long one reconnect attempt waits for a pod behind svc/deploy, so that
// a signal is noticed between attempts.
constexpr auto kReconnectResolveTimeout = std::chrono::seconds(5);

struct PortForwardOptions {
  // flags
  std::vector<std::string> address{"localhost"};
  std::string pod_running_timeout = "1m0s";
  bool reconnect = true;
  std::vector<std::string> args;
  // complete()
  std::string ns;
  std::chrono::milliseconds timeout{60000};
  stream::DialerFactory make_dialer;

  void add_flags(CLI::App& sub) {
    sub.add_option("--address", address,
                   "Addresses to listen on (comma separated). Only accepts IP addresses or localhost as a value. "
                   "When localhost is supplied, kubectl will try to bind on both 127.0.0.1 and ::1 and will fail "
                   "if neither of these addresses are available to bind.")
        ->delimiter(',')
        ->allow_extra_args(false)  // one value per flag: what follows is positional
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sub.add_option("--pod-running-timeout", pod_running_timeout,
                   "The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running");
    sub.add_flag("--reconnect{true}", reconnect,
                 "When the connection to the pod is lost, find the pod again and reconnect, keeping the local "
                 "listeners (kctl; false: exit as kubectl does)");
    sub.add_option("args", args, "TYPE/NAME [LOCAL_PORT:]REMOTE_PORT...");
  }

  // `command_path`: "kctl port-forward", for cobra's flag errors.
  Result<> complete(Factory& f, const std::string& command_path) {
    // pflag parses the duration before the command runs: cobra's wording.
    auto t = duration_flag(pod_running_timeout, "--pod-running-timeout", command_path, f.io().err);
    if (!t) return t.take_error();
    if (args.size() < 2) return make_error(ErrorKind::Usage, std::string(kNeedArgs));
    auto rc = f.rest_config();
    if (!rc) return rc.take_error();
    ns = (*rc)->ns;
    if (t->count() <= 0) return make_error(ErrorKind::Usage, "--pod-running-timeout must be higher than zero");
    timeout = std::chrono::ceil<std::chrono::milliseconds>(*t);
    if (!make_dialer) {
      auto dialers = port_forward_dialers(f);
      if (!dialers) return dialers.take_error();
      make_dialer = std::move(*dialers);
    }
    return {};
  }

  std::vector<std::string> port_args() const { return {args.begin() + 1, args.end()}; }

  // The pod (Running) and the dialer for its portforward URL.
  Result<std::pair<ForwardTarget, stream::Dialer>> find_pod(client::RestClient& rest,
                                                           std::chrono::milliseconds wait) {
    auto target = resolve_forward_target(rest, ns, args[0], port_args(), wait);
    if (!target) return target.take_error();
    auto pod = running_pod(rest, ns, target->pod_name);
    if (!pod) return pod.take_error();
    auto url = rest.request().ns(ns).resource("pods").name(target->pod_name).subresource("portforward").url();
    if (!url) return url.take_error();
    auto dialer = make_dialer(*url);
    if (!dialer) return dialer.take_error();
    return std::make_pair(std::move(*target), std::move(*dialer));
  }

  // client-go's ForwardPorts(): dial and check the negotiated protocol.
  static Result<stream::DialedStream> dial(const stream::Dialer& dialer) {
    auto dialed = dialer();
    if (!dialed) return make_error(ErrorKind::Internal, "error upgrading connection: " + dialed.error().message);
    if (dialed->protocol != stream::kPortForwardProtocol)
      return make_error(ErrorKind::Internal, "unable to negotiate protocol: client supports \"" +
                                                 std::string(stream::kPortForwardProtocol) + "\", server returned \"" +
                                                 dialed->protocol + "\"");
    return dialed;
  }

  // A signal ends the command: SIGINT as kubectl (exit 0), SIGTERM with
  // the status a shell shows for kubectl killed by it.
  static Result<> stopped(stream::StopSignals& signals) {
    if (signals.take() == SIGTERM) return Error{ErrorKind::Printed, "", 128 + SIGTERM, {}, 0, {}, {}};
    return {};
  }

  // Re-resolves the pod and dials until it works or a signal arrives.
  Result<std::optional<stream::DialedStream>> redial(client::RestClient& rest, stream::PortListeners& listeners,
                                                     stream::StopSignals& signals, std::ostream& err) {
    auto delay = std::chrono::seconds(1);
    while (true) {
      auto found = find_pod(rest, std::min(timeout, std::chrono::milliseconds(kReconnectResolveTimeout)));
      Result<stream::DialedStream> dialed =
          found ? dial(found->second) : Result<stream::DialedStream>(found.take_error());
      if (dialed) {
        auto ports = stream::parse_ports(found->first.ports);
        if (!ports) return ports.take_error();
        // The pod behind svc/x may use other target ports; local ports stay.
        for (std::size_t i = 0; i < ports->size() && i < listeners.ports().size(); ++i)
          listeners.ports()[i].remote = (*ports)[i].remote;
        err << "Reconnected to pod/" << found->first.pod_name << '\n';
        err.flush();
        return std::optional<stream::DialedStream>(std::move(*dialed));
      }
      err << "Reconnecting failed: " << dialed.error().message << "; retrying in " << delay.count() << "s\n";
      err.flush();
      pollfd p{signals.fd(), POLLIN, 0};
      if (::poll(&p, 1, static_cast<int>(std::chrono::milliseconds(delay).count())) > 0)
        return std::optional<stream::DialedStream>();
      delay = std::min(delay * 2, std::chrono::duration_cast<std::chrono::seconds>(kMaxReconnectDelay));
    }
  }

  Result<> run(Factory& f) {
    auto rest = f.rest_client();
    if (!rest) return rest.take_error();
    auto found = find_pod(**rest, timeout);
    if (!found) return found.take_error();
    auto addresses = stream::parse_addresses(address);
    if (!addresses) return addresses.take_error();
    auto ports = stream::parse_ports(found->first.ports);
    if (!ports) return ports.take_error();
    auto dialed = dial(found->second);
    if (!dialed) return dialed.take_error();

    IOStreams& io = f.io();
    auto signals = stream::StopSignals::create();
    if (!signals) return signals.take_error();
    auto listeners = stream::PortListeners::open(*addresses, std::move(*ports), io.out, io.err);
    if (!listeners) return listeners.take_error();
    const Logger log = f.logger();
    stream::PortForwarder forwarder(*listeners, io.out, log);
    while (true) {
      Result<stream::ForwardEnd> end = stream::ForwardEnd::Stopped;
      {
        stream::SpdySession session(*dialed->conn, std::move(dialed->initial), log);
        end = forwarder.run(session, (*signals)->fd());
      }
      dialed->conn.reset();
      if (!end) return end.take_error();
      if (*end == stream::ForwardEnd::Stopped) return stopped(**signals);
      if (!reconnect) return make_error(ErrorKind::Internal, std::string(kLostConnection));
      io.err << "Lost connection to pod, reconnecting (--reconnect=false to exit instead)\n";
      io.err.flush();
      auto again = redial(**rest, *listeners, **signals, io.err);
      if (!again) return again.take_error();
      if (!*again) return stopped(**signals);
      dialed = std::move(**again);
    }
  }
};

}  // namespace

void register_port_forward(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<PortForwardOptions>();
  CLI::App* sub = root.add_subcommand("port-forward", std::string(kShort));
  opts->add_flags(*sub);
  on_chosen(sub, ctx, [opts, &ctx]() -> Result<> {
    if (auto r = opts->complete(ctx.factory, ctx.command_path); !r) return r;
    return opts->run(ctx.factory);
  });
}

}  // namespace kctl::cmd
