#include "client/curl_library.h"

#include <dlfcn.h>

#include "client/dl_symbol.h"

#include <mutex>
#include <string>

namespace kctl::client {
namespace {

struct Loaded {
  CurlLibrary lib{};
  std::string error;
};

Loaded load_library() {
  Loaded l;
  // The handle stays open for the life of the process on purpose.
  void* h = ::dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
  if (h == nullptr) {
    l.error = std::string("cannot load libcurl: ") + ::dlerror();
    return l;
  }
  CurlLibrary& c = l.lib;
  bool ok = load_symbol(h, "curl_global_init", c.global_init) && load_symbol(h, "curl_easy_init", c.easy_init) &&
            load_symbol(h, "curl_easy_setopt", c.easy_setopt) && load_symbol(h, "curl_easy_perform", c.easy_perform) &&
            load_symbol(h, "curl_easy_getinfo", c.easy_getinfo) && load_symbol(h, "curl_easy_cleanup", c.easy_cleanup) &&
            load_symbol(h, "curl_easy_strerror", c.easy_strerror) && load_symbol(h, "curl_slist_append", c.slist_append) &&
            load_symbol(h, "curl_slist_free_all", c.slist_free_all) && load_symbol(h, "curl_version_info", c.version_info) &&
            load_symbol(h, "curl_easy_send", c.easy_send) && load_symbol(h, "curl_easy_recv", c.easy_recv);
  if (!ok) {
    l.error = std::string("cannot load libcurl: ") + ::dlerror();
    return l;
  }
  c.global_init(CURL_GLOBAL_DEFAULT);
  return l;
}

}  // namespace

Result<const CurlLibrary*> curl_library() {
  static const Loaded loaded = load_library();  // immutable after first use
  if (!loaded.error.empty()) return make_error(ErrorKind::Internal, loaded.error);
  return &loaded.lib;
}

}  // namespace kctl::client
