#include "kubeconfig/view.h"


#include <algorithm>

#include "kubeconfig/file_data.h"
#include "kubeconfig/resolve.h"
#include "kubeconfig/yaml_json.h"

namespace kctl::kubeconfig {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kDataOmitted = "DATA+OMITTED";
constexpr const char* kRedacted = "REDACTED";

void put_string(Json& out, const YAML::Node& body, const char* key) {
  std::string v = field(body, key);
  if (!v.empty()) out[key] = v;
}

void put_bool(Json& out, const YAML::Node& body, const char* key) {
  if (!body[key] || !body[key].IsScalar()) return;
  bool b = false;
  if (YAML::convert<bool>::decode(body[key], b) && b) out[key] = true;
}

void put_extensions(Json& out, const YAML::Node& body) {
  const YAML::Node ext = body["extensions"];
  if (!ext || !ext.IsSequence() || ext.size() == 0) return;
  Json list = Json::array();
  for (const YAML::Node& e : ext) {
    Json item = Json::object();
    item["name"] = field(e, "name");
    item["extension"] = to_json(e["extension"], true);
    list.push_back(std::move(item));
  }
  out["extensions"] = std::move(list);
}

Json cluster_json(const YAML::Node& b) {
  Json c = Json::object();
  c["server"] = field(b, "server");
  put_string(c, b, "tls-server-name");
  put_bool(c, b, "insecure-skip-tls-verify");
  put_string(c, b, "certificate-authority");
  put_string(c, b, "certificate-authority-data");
  put_string(c, b, "proxy-url");
  put_bool(c, b, "disable-compression");
  put_extensions(c, b);
  return c;
}

Json exec_json(const YAML::Node& e) {
  Json x = Json::object();
  x["command"] = field(e, "command");
  if (e["args"] && e["args"].IsSequence()) {
    x["args"] = Json::array();
    for (const YAML::Node& a : e["args"]) x["args"].push_back(a.Scalar());
  } else {
    x["args"] = nullptr;
  }
  if (e["env"] && e["env"].IsSequence()) {
    x["env"] = Json::array();
    for (const YAML::Node& kv : e["env"])
      x["env"].push_back(Json{{"name", field(kv, "name")}, {"value", field(kv, "value")}});
  } else {
    x["env"] = nullptr;
  }
  std::string api_version = field(e, "apiVersion");
  if (!api_version.empty()) x["apiVersion"] = api_version;
  put_string(x, e, "installHint");
  bool provide = false;
  if (e["provideClusterInfo"] && e["provideClusterInfo"].IsScalar())
    (void)YAML::convert<bool>::decode(e["provideClusterInfo"], provide);
  x["provideClusterInfo"] = provide;
  std::string mode = field(e, "interactiveMode");
  // client-go defaults the mode for v1beta1 when it is missing.
  if (mode.empty() && api_version == "client.authentication.k8s.io/v1beta1") mode = "IfAvailable";
  if (!mode.empty()) x["interactiveMode"] = mode;
  return x;
}

Json user_json(const YAML::Node& b) {
  Json u = Json::object();
  for (const char* key : {"client-certificate", "client-certificate-data", "client-key",
                          "client-key-data", "token", "tokenFile", "as", "as-uid"})
    put_string(u, b, key);
  if (b["as-groups"] && b["as-groups"].IsSequence() && b["as-groups"].size() > 0) {
    u["as-groups"] = Json::array();
    for (const YAML::Node& g : b["as-groups"]) u["as-groups"].push_back(g.Scalar());
  }
  if (b["as-user-extra"] && b["as-user-extra"].IsMap() && b["as-user-extra"].size() > 0)
    u["as-user-extra"] = to_json(b["as-user-extra"], true);
  put_string(u, b, "username");
  put_string(u, b, "password");
  if (b["auth-provider"] && b["auth-provider"].IsMap()) {
    Json ap = Json::object();
    ap["name"] = field(b["auth-provider"], "name");
    ap["config"] = b["auth-provider"]["config"] ? to_json(b["auth-provider"]["config"], true) : Json(nullptr);
    u["auth-provider"] = std::move(ap);
  }
  if (b["exec"] && b["exec"].IsMap()) u["exec"] = exec_json(b["exec"]);
  put_extensions(u, b);
  return u;
}

Json context_json(const YAML::Node& b) {
  Json c = Json::object();
  c["cluster"] = field(b, "cluster");
  c["user"] = field(b, "user");
  put_string(c, b, "namespace");
  put_extensions(c, b);
  return c;
}

// Moves a file reference into its -data field (config view --flatten).
Result<> flatten_field(Json& obj, const char* path_key, const char* data_key, const std::string& origin) {
  if (!obj.contains(path_key)) return {};
  auto data = read_file_base64(resolve_path(obj[path_key].get<std::string>(), origin));
  if (!data) return data.take_error();
  obj.erase(path_key);
  // Keep struct order: rebuild with the data key where the typed model has it.
  obj[data_key] = *data;
  return {};
}

Json sorted_named(std::vector<Json> items) {
  std::sort(items.begin(), items.end(),
            [](const Json& a, const Json& b) { return a["name"].get<std::string>() < b["name"].get<std::string>(); });
  if (items.empty()) return nullptr;
  Json arr = Json::array();
  for (Json& i : items) arr.push_back(std::move(i));
  return arr;
}

void redact(Json& obj, const char* key, const char* with) {
  if (obj.contains(key)) obj[key] = with;
}

}  // namespace

Result<Json> view(const Config& config, const ViewOptions& in) {
  ViewOptions options = in;
  if (options.flatten) options.raw = true;  // kubectl: a flattened file is a usable one
  std::string current = config.current_context;
  const Entry* minify_ctx = nullptr;
  if (options.minify) {
    const std::string& name = options.context.empty() ? current : options.context;
    if (name.empty()) return make_error(ErrorKind::Config, "current-context must exist in order to minify");
    minify_ctx = config.find(Section::Contexts, name);
    if (minify_ctx == nullptr)
      return make_error(ErrorKind::Config, "cannot locate context " + name);
    current = name;
  }
  auto keep = [&](Section s, const Entry& e) {
    if (minify_ctx == nullptr) return true;
    if (s == Section::Contexts) return &e == minify_ctx;
    return e.name == field(minify_ctx->body, s == Section::Clusters ? "cluster" : "user");
  };

  std::vector<Json> clusters, users, contexts;
  for (const Entry& e : config.clusters) {
    if (!keep(Section::Clusters, e)) continue;
    Json c = cluster_json(e.body);
    if (options.flatten) {
      if (auto r = flatten_field(c, "certificate-authority", "certificate-authority-data", e.origin); !r)
        return r.take_error();
    }
    if (!options.raw) redact(c, "certificate-authority-data", kDataOmitted);
    clusters.push_back(Json{{"name", e.name}, {"cluster", std::move(c)}});
  }
  for (const Entry& e : config.users) {
    if (!keep(Section::Users, e)) continue;
    Json u = user_json(e.body);
    if (options.flatten) {
      if (auto r = flatten_field(u, "client-certificate", "client-certificate-data", e.origin); !r)
        return r.take_error();
      if (auto r = flatten_field(u, "client-key", "client-key-data", e.origin); !r) return r.take_error();
    }
    if (!options.raw) {
      redact(u, "client-certificate-data", kDataOmitted);
      redact(u, "client-key-data", kDataOmitted);
      redact(u, "token", kRedacted);
      redact(u, "password", kRedacted);
    }
    users.push_back(Json{{"name", e.name}, {"user", std::move(u)}});
  }
  for (const Entry& e : config.contexts) {
    if (!keep(Section::Contexts, e)) continue;
    contexts.push_back(Json{{"name", e.name}, {"context", context_json(e.body)}});
  }

  Json out = Json::object();
  out["kind"] = "Config";
  out["apiVersion"] = "v1";
  Json prefs = Json::object();
  if (config.preferences && config.preferences.IsMap()) {
    if (config.preferences["colors"]) {
      bool colors = false;
      if (YAML::convert<bool>::decode(config.preferences["colors"], colors) && colors) prefs["colors"] = true;
    }
    put_extensions(prefs, config.preferences);
  }
  out["preferences"] = std::move(prefs);
  out["clusters"] = sorted_named(std::move(clusters));
  out["users"] = sorted_named(std::move(users));
  out["contexts"] = sorted_named(std::move(contexts));
  out["current-context"] = current;
  return out;
}

}  // namespace kctl::kubeconfig
