// The few libcrypto functions kctl needs itself (the WebSocket handshake's
// SHA-1 accept key and random key), looked up in OpenSSL's libcrypto with
// dlopen: the same copy libcurl already maps for TLS, so kctl carries no
// hash code of its own and client-only commands still never load it.
#pragma once

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "client/result.h"

namespace kctl::client {

struct CryptoLibrary {
  decltype(&::EVP_Digest) digest;
  decltype(&::EVP_sha1) sha1;
  decltype(&::EVP_sha256) sha256;  // create's --append-hash
  decltype(&::RAND_bytes) rand_bytes;
};

// Loads libcrypto.so.3 once per process (later calls return the same table).
Result<const CryptoLibrary*> crypto_library();

}  // namespace kctl::client
