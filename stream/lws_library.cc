#include "stream/lws_library.h"

#include <dlfcn.h>

#include "client/dl_symbol.h"

#include <string>

namespace kctl::stream {
namespace {

using client::load_symbol;

struct Loaded {
  LwsLibrary lib{};
  std::string error;
};

Loaded load_library() {
  Loaded l;
  // The handle stays open for the life of the process on purpose.
  void* h = ::dlopen("libwebsockets.so.17", RTLD_NOW | RTLD_LOCAL);
  if (h == nullptr) {
    l.error = std::string("cannot load libwebsockets (WebSocket streaming needs libwebsockets17): ") + ::dlerror();
    return l;
  }
  LwsLibrary& w = l.lib;
  bool ok = load_symbol(h, "lws_set_log_level", w.set_log_level) && load_symbol(h, "lws_create_context", w.create_context) &&
            load_symbol(h, "lws_context_destroy", w.context_destroy) && load_symbol(h, "lws_context_user", w.context_user) &&
            load_symbol(h, "lws_get_context", w.get_context) &&
            load_symbol(h, "lws_client_connect_via_info", w.client_connect_via_info) && load_symbol(h, "lws_service", w.service) &&
            load_symbol(h, "lws_service_adjust_timeout", w.service_adjust_timeout) &&
            load_symbol(h, "lws_callback_on_writable", w.callback_on_writable) && load_symbol(h, "lws_write", w.write) &&
            load_symbol(h, "lws_partial_buffered", w.partial_buffered) &&
            load_symbol(h, "lws_rx_flow_control", w.rx_flow_control) &&
            load_symbol(h, "lws_is_final_fragment", w.is_final_fragment) &&
            load_symbol(h, "lws_frame_is_binary", w.frame_is_binary) &&
            load_symbol(h, "lws_remaining_packet_payload", w.remaining_packet_payload) &&
            load_symbol(h, "lws_close_reason", w.close_reason) && load_symbol(h, "lws_hdr_total_length", w.hdr_total_length) &&
            load_symbol(h, "lws_hdr_copy", w.hdr_copy) &&
            load_symbol(h, "lws_http_client_http_response", w.http_client_http_response) &&
            load_symbol(h, "lws_add_http_header_by_name", w.add_http_header_by_name) &&
            load_symbol(h, "lws_get_socket_fd", w.get_socket_fd);
  if (!ok) {
    l.error = std::string("cannot load libwebsockets: ") + ::dlerror();
    return l;
  }
  // lws logs errors and warnings to stderr by default; kctl reports errors itself.
  w.set_log_level(0, nullptr);
  return l;
}

}  // namespace

Result<const LwsLibrary*> lws_library() {
  static const Loaded loaded = load_library();  // immutable after first use
  if (!loaded.error.empty()) return make_error(ErrorKind::Internal, loaded.error);
  return &loaded.lib;
}

}  // namespace kctl::stream
