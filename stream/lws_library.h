// libwebsockets, loaded with dlopen the first time a WebSocket is opened
// (as client/curl_library does for libcurl): commands that never stream do
// not map libwebsockets and the libssl/libcrypto/libcap it pulls in.
#pragma once

#include <libwebsockets.h>

#include "client/result.h"

namespace kctl::stream {

struct LwsLibrary {
  decltype(&::lws_set_log_level) set_log_level;
  decltype(&::lws_create_context) create_context;
  decltype(&::lws_context_destroy) context_destroy;
  decltype(&::lws_context_user) context_user;
  decltype(&::lws_get_context) get_context;
  decltype(&::lws_client_connect_via_info) client_connect_via_info;
  decltype(&::lws_service) service;
  decltype(&::lws_service_adjust_timeout) service_adjust_timeout;
  decltype(&::lws_callback_on_writable) callback_on_writable;
  decltype(&::lws_write) write;
  decltype(&::lws_partial_buffered) partial_buffered;
  decltype(&::lws_rx_flow_control) rx_flow_control;
  decltype(&::lws_is_final_fragment) is_final_fragment;
  decltype(&::lws_frame_is_binary) frame_is_binary;
  decltype(&::lws_remaining_packet_payload) remaining_packet_payload;
  decltype(&::lws_close_reason) close_reason;
  decltype(&::lws_hdr_total_length) hdr_total_length;
  decltype(&::lws_hdr_copy) hdr_copy;
  decltype(&::lws_http_client_http_response) http_client_http_response;
  decltype(&::lws_add_http_header_by_name) add_http_header_by_name;
  decltype(&::lws_get_socket_fd) get_socket_fd;
};

// Loads libwebsockets.so.17 once per process (later calls return the same table).
Result<const LwsLibrary*> lws_library();

}  // namespace kctl::stream
