// kctl create configmap and create secret generic|tls|docker-registry.
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "client/printers/go_json.h"
#include "cmd/create_commands.h"
#include "cmd/create_data_sources.h"
#include "cmd/create_generator.h"

extern char** environ;

namespace kctl::cmd {
namespace {

struct DataOptions {
  GeneratorFlags gen;
  DataSources sources;
  std::string type;  // secret generic --type
  bool append_hash = false;
};

struct TlsOptions {
  GeneratorFlags gen;
  std::string cert, key;
  bool append_hash = false;
};

struct DockerOptions {
  GeneratorFlags gen;
  std::vector<std::string> files;
  std::string server = "https://index.docker.io/v1/", username, password, email;
  bool append_hash = false;
};

std::map<std::string, std::string> process_environment() {
  std::map<std::string, std::string> env;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    const std::string kv = *e;
    const auto eq = kv.find('=');
    if (eq != std::string::npos) env.emplace(kv.substr(0, eq), kv.substr(eq + 1));
  }
  return env;
}

void add_source_flags(CLI::App& sub, DataSources& s, const std::string& what) {
  sub.add_option("--from-file", s.files,
                 "Key files can be specified using their file path, in which case a default name will be given to "
                 "them, or optionally with a name and file path, in which case the given name will be used.  "
                 "Specifying a directory will iterate each named file in the directory that is a valid " +
                     what + " key.")
      ->delimiter(',');
  sub.add_option("--from-literal", s.literals,
                 "Specify a key and literal value to insert in " + what + " (i.e. mykey=somevalue)");
  sub.add_option("--from-env-file", s.env_files,
                 "Specify the path to a file to read lines of key=val pairs to create a " + what + ".")
      ->delimiter(',');
}

std::string ns_if_enforced(Factory& f) {
  auto ns = generator_namespace(f);
  return ns && ns->enforced ? ns->ns : std::string();
}

ojson encoded_map(const std::map<std::string, std::string>& m) {
  ojson out = ojson::object();
  for (const auto& [k, v] : m) out[k] = base64_encode(v);
  return out;
}

// The metadata name with kubectl's hash suffix; `hash_input` is the
// object's encoding (sorted keys) that kubectl hashes.
Result<std::string> hashed_name(const std::string& name, const ojson& hash_input) {
  auto h = name_hash(printers::to_go_json(hash_input, 0));
  if (!h) return h.take_error();
  return name + "-" + *h;
}

Result<> run_configmap(Factory& f, DataOptions& o) {
  auto name = name_from_args(o.gen.args);
  if (!name) return name.take_error();
  if (auto c = check_write_flags(f, o.gen); !c) return c.take_error();
  if (auto v = validate_sources(o.sources); !v) return v;
  auto data = read_sources(DataKind::ConfigMap, *name, o.sources, process_environment());
  if (!data) return data.take_error();
  std::string final_name = *name;
  if (o.append_hash) {
    ojson input = ojson::object();
    if (!data->binary.empty()) input["binaryData"] = encoded_map(data->binary);
    input["data"] = data->data;
    input["kind"] = "ConfigMap";
    input["name"] = *name;
    auto hashed = hashed_name(*name, input);
    if (!hashed) return hashed.take_error();
    final_name = *hashed;
  }
  ojson obj = typed_object("ConfigMap", "v1", object_meta(final_name, ns_if_enforced(f)));
  if (!data->data.empty()) obj["data"] = data->data;
  if (!data->binary.empty()) obj["binaryData"] = encoded_map(data->binary);
  return send_generated(f, o.gen, {generated_resource("", "v1", "configmaps", "ConfigMap", true),
                                   "failed to create configmap: "},
                        std::move(obj));
}

// A Secret of `type` holding `data`, named with the hash when asked.
Result<> send_secret(Factory& f, const GeneratorFlags& gen, const std::string& name, const std::string& type,
                     const std::map<std::string, std::string>& data, bool append_hash) {
  std::string final_name = name;
  if (append_hash) {
    ojson input = ojson::object();
    input["data"] = encoded_map(data);
    input["kind"] = "Secret";
    input["name"] = name;
    input["type"] = type;
    auto hashed = hashed_name(name, input);
    if (!hashed) return hashed.take_error();
    final_name = *hashed;
  }
  ojson obj = typed_object("Secret", "v1", object_meta(final_name, ns_if_enforced(f)));
  if (!data.empty()) obj["data"] = encoded_map(data);
  if (!type.empty()) obj["type"] = type;
  // kubectl's secret generators wrap the server's error without a colon.
  return send_generated(f, gen, {generated_resource("", "v1", "secrets", "Secret", true), "failed to create secret "},
                        std::move(obj));
}

Result<> run_secret_generic(Factory& f, DataOptions& o) {
  auto name = name_from_args(o.gen.args);
  if (!name) return name.take_error();
  if (auto c = check_write_flags(f, o.gen); !c) return c.take_error();
  if (auto v = validate_sources(o.sources); !v) return v;
  auto data = read_sources(DataKind::Secret, *name, o.sources, process_environment());
  if (!data) return data.take_error();
  return send_secret(f, o.gen, *name, o.type, data->data, o.append_hash);
}

Result<std::string> read_tls_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::string reason = std::strerror(errno);
    if (!reason.empty()) reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
    return make_error(ErrorKind::Internal, "Cannot read file " + path + ", open " + path + ": " + reason);
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Result<> run_secret_tls(Factory& f, TlsOptions& o) {
  auto name = name_from_args(o.gen.args);
  if (!name) return name.take_error();
  if (auto c = check_write_flags(f, o.gen); !c) return c.take_error();
  if (o.cert.empty() || o.key.empty()) return make_error(ErrorKind::Internal, "key and cert must be specified");
  auto cert = read_tls_file(o.cert);
  if (!cert) return cert.take_error();
  auto key = read_tls_file(o.key);
  if (!key) return key.take_error();
  return send_secret(f, o.gen, *name, "kubernetes.io/tls", {{"tls.crt", *cert}, {"tls.key", *key}}, o.append_hash);
}

Result<> run_secret_docker(Factory& f, DockerOptions& o) {
  auto name = name_from_args(o.gen.args);
  if (!name) return name.take_error();
  if (auto c = check_write_flags(f, o.gen); !c) return c.take_error();
  if (o.files.empty() && (o.username.empty() || o.password.empty() || o.server.empty()))
    return make_error(ErrorKind::Internal,
                      "either --from-file or the combination of --docker-username, --docker-password and "
                      "--docker-server is required");
  std::map<std::string, std::string> data;
  if (!o.files.empty()) {
    auto read = read_sources(DataKind::Secret, *name, DataSources{o.files, {}, {}});
    if (!read) return read.take_error();
    data = std::move(read->data);
  } else {
    ojson entry = ojson::object();
    entry["username"] = o.username;
    entry["password"] = o.password;
    if (!o.email.empty()) entry["email"] = o.email;
    entry["auth"] = base64_encode(o.username + ":" + o.password);
    ojson config = {{"auths", ojson::object()}};
    config["auths"][o.server] = std::move(entry);
    data[".dockerconfigjson"] = printers::to_go_json(config, 0);
  }
  return send_secret(f, o.gen, *name, "kubernetes.io/dockerconfigjson", data, o.append_hash);
}

}  // namespace

void register_create_configmap_secret(CLI::App& create, VerbContext& ctx) {
  {
    auto o = std::make_shared<DataOptions>();
    CLI::App* sub =
        create.add_subcommand("configmap", "Create a config map from a local file, directory or literal value")
            ->alias("cm");
    o->gen.add_to(*sub);
    add_source_flags(*sub, o->sources, "configmap");
    sub->add_flag("--append-hash", o->append_hash, "Append a hash of the configmap to its name.");
    on_chosen(sub, ctx, [o, &ctx]() { return run_configmap(ctx.factory, *o); });
  }
  CLI::App* secret = create.add_subcommand("secret", "Create a secret using a specified subcommand");
  secret->require_subcommand(1);
  {
    auto o = std::make_shared<DataOptions>();
    CLI::App* sub =
        secret->add_subcommand("generic", "Create a secret from a local file, directory, or literal value");
    o->gen.add_to(*sub);
    add_source_flags(*sub, o->sources, "secret");
    sub->add_option("--type", o->type, "The type of secret to create");
    sub->add_flag("--append-hash", o->append_hash, "Append a hash of the secret to its name.");
    on_chosen(sub, ctx, [o, &ctx]() { return run_secret_generic(ctx.factory, *o); });
  }
  {
    auto o = std::make_shared<TlsOptions>();
    CLI::App* sub = secret->add_subcommand("tls", "Create a TLS secret");
    o->gen.add_to(*sub);
    sub->add_option("--cert", o->cert, "Path to PEM encoded public key certificate.");
    sub->add_option("--key", o->key, "Path to private key associated with given certificate.");
    sub->add_flag("--append-hash", o->append_hash, "Append a hash of the secret to its name.");
    on_chosen(sub, ctx, [o, &ctx]() { return run_secret_tls(ctx.factory, *o); });
  }
  {
    auto o = std::make_shared<DockerOptions>();
    CLI::App* sub = secret->add_subcommand("docker-registry", "Create a secret for use with a Docker registry");
    o->gen.add_to(*sub);
    sub->add_option("--from-file", o->files,
                    "Key files can be specified using their file path, in which case a default name will be given "
                    "to them, or optionally with a name and file path, in which case the given name will be used.")
        ->delimiter(',');
    sub->add_option("--docker-server", o->server, "Server location for Docker registry")
        ->default_str("https://index.docker.io/v1/");
    sub->add_option("--docker-username", o->username, "Username for Docker registry authentication");
    sub->add_option("--docker-password", o->password, "Password for Docker registry authentication");
    sub->add_option("--docker-email", o->email, "Email for Docker registry");
    sub->add_flag("--append-hash", o->append_hash, "Append a hash of the secret to its name.");
    on_chosen(sub, ctx, [o, &ctx]() { return run_secret_docker(ctx.factory, *o); });
  }
}

}  // namespace kctl::cmd
