// libcurl, loaded with dlopen the first time a request is made. Commands
// that never talk to a server (version --client, config ...) then start
// without mapping libcurl and the ~30 libraries it pulls in (TLS, HTTP/2,
// IDN, LDAP, Kerberos...), which is most of a client's start-up cost.
#pragma once

#include <curl/curl.h>

#include "client/result.h"

namespace kctl::client {

struct CurlLibrary {
  decltype(&::curl_global_init) global_init;
  decltype(&::curl_easy_init) easy_init;
  decltype(&::curl_easy_setopt) easy_setopt;
  decltype(&::curl_easy_perform) easy_perform;
  decltype(&::curl_easy_getinfo) easy_getinfo;
  decltype(&::curl_easy_cleanup) easy_cleanup;
  decltype(&::curl_easy_strerror) easy_strerror;
  decltype(&::curl_slist_append) slist_append;
  decltype(&::curl_slist_free_all) slist_free_all;
  decltype(&::curl_version_info) version_info;
  decltype(&::curl_easy_send) easy_send;
  decltype(&::curl_easy_recv) easy_recv;
};

// Loads libcurl.so.4 once per process (later calls return the same table).
Result<const CurlLibrary*> curl_library();

}  // namespace kctl::client
