#include "client/crypto_library.h"

#include <dlfcn.h>

#include <string>

#include "client/dl_symbol.h"

namespace kctl::client {
namespace {

struct Loaded {
  CryptoLibrary lib{};
  std::string error;
};

Loaded load_library() {
  Loaded l;
  // The handle stays open for the life of the process on purpose.
  void* h = ::dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
  if (h == nullptr || !load_symbol(h, "EVP_Digest", l.lib.digest) || !load_symbol(h, "EVP_sha1", l.lib.sha1) ||
      !load_symbol(h, "EVP_sha256", l.lib.sha256) ||
      !load_symbol(h, "RAND_bytes", l.lib.rand_bytes))
    l.error = std::string("cannot load libcrypto: ") + ::dlerror();
  return l;
}

}  // namespace

Result<const CryptoLibrary*> crypto_library() {
  static const Loaded loaded = load_library();  // immutable after first use
  if (!loaded.error.empty()) return make_error(ErrorKind::Internal, loaded.error);
  return &loaded.lib;
}

}  // namespace kctl::client
