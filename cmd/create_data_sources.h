// The key/value sources of create configmap and create secret:
// --from-file (FILE, KEY=FILE, DIRECTORY), --from-literal (KEY=VALUE) and
// --from-env-file, read and checked as kubectl does (key names, duplicate
// keys, its error texts, which differ between the two kinds).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "client/result.h"

namespace kctl::cmd {

enum class DataKind { ConfigMap, Secret };

struct DataSources {
  std::vector<std::string> files, literals, env_files;
};

// ConfigMaps keep UTF-8 text in `data` and other bytes in `binary`;
// Secrets keep every value (raw bytes) in `data`.
struct KeyedData {
  std::map<std::string, std::string> data, binary;
};

// "from-env-file cannot be combined with from-file or from-literal".
Result<> validate_sources(const DataSources& sources);

// Files first, then literals, then env files, as kubectl adds them.
// `object_name` appears in the ConfigMap's duplicate-key error.
Result<KeyedData> read_sources(DataKind kind, const std::string& object_name, const DataSources& sources,
                               const std::map<std::string, std::string>& environment = {});

// kubectl's ParseLiteralSource and ParseFileSource.
Result<std::pair<std::string, std::string>> parse_literal_source(const std::string& source);
Result<std::pair<std::string, std::string>> parse_file_source(const std::string& source);

// validation.IsConfigMapKey's messages (empty: valid).
std::vector<std::string> config_map_key_problems(const std::string& key);

std::string base64_encode(const std::string& bytes);

// kubectl's --append-hash suffix: the first ten hex digits of the SHA-256
// of `encoded` (the object's hash input), with 0,1,3,a,e replaced.
Result<std::string> name_hash(const std::string& encoded);

}  // namespace kctl::cmd
