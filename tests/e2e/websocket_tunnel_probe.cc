// For the e2e tests, until kctl has port-forward: dials a pod's portforward
// URL through the WebSocket tunnel (stream/websocket_tunnel.h) and runs the
// ordinary SPDY session over it, as client-go's port-forwarder does per
// local connection: for requestid 0..N-1 an error stream (half-closed at
// once) and a data stream carrying stdin's bytes to PORT, the reply copied
// to stdout. Text on an error stream goes to stderr and exits 1.
//   websocket_tunnel_probe KUBECONFIG POD PORT [CONNECTIONS]
#include <unistd.h>

#include <iostream>
#include <iterator>
#include <string>

#include "client/handshake_headers.h"
#include "kubeconfig/loading_rules.h"
#include "kubeconfig/resolve.h"
#include "stream/spdy_session.h"
#include "stream/websocket_tunnel.h"

using namespace kctl;

namespace {

Result<> forward(stream::SpdySession& session, const std::string& port, int request_id, const std::string& input,
                 std::string& output) {
  const std::string id = std::to_string(request_id);
  std::string error_text;
  bool error_ended = false, data_ended = false;
  auto error = session.open_stream({{"port", port}, {"requestid", id}, {"streamtype", "error"}},
                                   {[&](std::string_view d) -> Result<> {
                                      error_text.append(d);
                                      return {};
                                    },
                                    [&] { error_ended = true; }});
  if (!error) return error.take_error();
  session.close_write(*error);
  auto data = session.open_stream({{"port", port}, {"requestid", id}, {"streamtype", "data"}},
                                  {[&](std::string_view d) -> Result<> {
                                     output.append(d);
                                     return {};
                                   },
                                   [&] { data_ended = true; }});
  if (!data) return data.take_error();
  session.write(*data, input);
  session.close_write(*data);
  if (auto r = session.run({}, [&] { return data_ended && error_ended; }); !r) return r;
  if (!error_text.empty()) return make_error(ErrorKind::Connection, error_text);
  return {};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: websocket_tunnel_probe KUBECONFIG POD PORT [CONNECTIONS]\n";
    return 2;
  }
  const Logger log(6, &std::cerr);
  auto config = kubeconfig::load(kubeconfig::make_loading_rules(argv[1], kubeconfig::process_env));
  if (!config) return std::cerr << config.error().message << "\n", 1;
  auto rc = kubeconfig::resolve(*config, {}, kubeconfig::process_env);
  if (!rc) return std::cerr << rc.error().message << "\n", 1;
  auto creds = client::handshake_credentials(*rc, false);
  if (!creds) return std::cerr << creds.error().message << "\n", 1;
  const std::string url = rc->server + "/api/v1/namespaces/" + rc->ns + "/pods/" + argv[2] + "/portforward";
  auto dialed = stream::dial_websocket_tunnel(*rc, std::move(*creds), url, log);
  if (!dialed) return std::cerr << dialed.error().message << "\n", 1;
  const std::string input(std::istreambuf_iterator<char>(std::cin), {});
  const int connections = argc > 4 ? std::stoi(argv[4]) : 1;
  stream::SpdySession session(*dialed->conn, std::move(dialed->initial), log);
  for (int i = 0; i < connections; ++i) {
    std::string output;
    auto r = forward(session, argv[3], i, input, output);
    std::cout << output << std::flush;
    if (!r) return std::cerr << r.error().message << "\n", 1;
  }
  session.close();
  return 0;
}
