// Looking up one function of a library kctl loads lazily with dlopen
// (libcurl, libcrypto), typed as the table's member.
#pragma once

#include <dlfcn.h>

namespace kctl::client {

template <class F>
bool load_symbol(void* handle, const char* name, F& out) {
  out = reinterpret_cast<F>(::dlsym(handle, name));
  return out != nullptr;
}

}  // namespace kctl::client
