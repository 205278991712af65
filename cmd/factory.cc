#include "cmd/factory.h"

#include <cstdlib>
#include <string_view>

#include "client/layers.h"
#include "cmd/explain_openapi.h"
#include "cmd/go_duration.h"

namespace kctl::cmd {

kubeconfig::LoadingRules Factory::loading_rules() const {
  return kubeconfig::make_loading_rules(flags_.kubeconfig, env_);
}

Result<kubeconfig::Config*> Factory::config(bool for_edit) {
  if (!config_) {
    auto loaded = kubeconfig::load(loading_rules(), for_edit);
    if (!loaded) return loaded.take_error();
    config_ = std::move(*loaded);
    Logger log = logger();
    if (log.v(6))
      for (const auto& f : config_->files)
        if (f.exists) log.info("loader.go:402", "Config loaded from file:  " + f.path);
  }
  return &*config_;
}

Result<const kubeconfig::RestConfig*> Factory::rest_config() {
  if (!rest_config_) {
    auto cfg = config();
    if (!cfg) return cfg.take_error();
    auto rc = kubeconfig::resolve(**cfg, flags_.overrides, env_);
    if (!rc) return rc.take_error();
    rest_config_ = std::move(*rc);
  }
  return &*rest_config_;
}

Result<client::RestClient*> Factory::rest_client() {
  if (!rest_client_) {
    auto rc = rest_config();
    if (!rc) return rc.take_error();
    auto transport = client::build_transport(**rc, logger(), exec_source());
    if (!transport) return transport.take_error();
    rest_client_ = std::make_unique<client::RestClient>(std::move(*transport), (*rc)->server);
    // kubectl's warning writer: colour as term.AllowsColorOutput decides.
    const char* term = std::getenv("TERM");
    warnings_ = std::make_unique<client::WarningWriter>(
        io_.err, io_.stderr_is_terminal && term != nullptr && std::string_view(term) != "dumb");
    rest_client_->on_warning([w = warnings_.get()](const std::string& text) { w->write(text); });
  }
  return rest_client_.get();
}

std::string Factory::cache_root() const {
  if (!flags_.cache_dir.empty()) return flags_.cache_dir;
  if (auto dir = env_("KUBECACHEDIR"); dir && !dir->empty()) return *dir;
  if (auto home = env_("HOME"); home && !home->empty()) return *home + "/.kube/cache";
  return {};
}

Result<const explain::OpenApiV2Document*> Factory::openapi_v2() {
  if (!openapi_v2_) {
    auto rest = rest_client();
    if (!rest) return rest.take_error();
    auto doc = fetch_openapi_v2(**rest);
    if (!doc) return doc.take_error();
    openapi_v2_ = std::make_unique<explain::OpenApiV2Document>(std::move(*doc));
  }
  return openapi_v2_.get();
}

Result<client::Discovery*> Factory::discovery() {
  if (!discovery_) {
    auto rest = rest_client();
    if (!rest) return rest.take_error();
    client::DiscoveryOptions opts;
    opts.cache_dir = cache_root();
    opts.log_sink = &io_.err;
    if (rest_config_->timeout_ms > 0) opts.timeout = go_duration_string(std::chrono::milliseconds(rest_config_->timeout_ms));
    // Called on this thread, before the worker threads start.
    opts.new_transport = [this](const Logger& log) {
      return client::build_transport(*rest_config_, log, exec_source());
    };
    discovery_ = std::make_unique<client::Discovery>(**rest, std::move(opts), logger());
  }
  return discovery_.get();
}

std::shared_ptr<client::ExecCredentialSource> Factory::exec_source() {
  if (!exec_source_made_) {
    if (!rest_config()) return nullptr;  // the caller's rest_config() reports it
    exec_source_ = client::exec_source_for(*rest_config_, io_.stdin_is_terminal);
    exec_source_made_ = true;
  }
  return exec_source_;
}

Result<client::HandshakeCredentials> Factory::handshake_credentials() {
  auto rc = rest_config();
  if (!rc) return rc.take_error();
  return client::handshake_credentials(**rc, exec_source().get());
}

}  // namespace kctl::cmd
