#include "kubeconfig/file_data.h"

#include <yaml-cpp/binary.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kctl::kubeconfig {

Result<std::string> read_file_base64(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorKind::Config, "open " + path + ": " + std::strerror(errno));
  std::ostringstream s;
  s << in.rdbuf();
  const std::string bytes = s.str();
  return YAML::EncodeBase64(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

}  // namespace kctl::kubeconfig
