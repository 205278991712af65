// The HTTP/1.1 side of a streaming upgrade, as pure code: the request head
// kctl writes and the parsing of the server's response head (client-go's
// SpdyRoundTripper.NewConnection rules, streaming-spec.md §3.1).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "client/http.h"
#include "client/result.h"

namespace kctl::stream {

// "POST /path?query HTTP/1.1\r\nHost: ...\r\n...\r\n\r\n".
std::string upgrade_request_head(std::string_view method, std::string_view url, std::string_view host,
                                 const client::Headers& headers);

// The end of the header block (index just past "\r\n\r\n"), if complete.
std::optional<std::size_t> header_block_end(std::string_view bytes);

// Status line and headers of a response head; `status_text` is "101 Switching Protocols".
Result<client::HttpResponse> parse_response_head(std::string_view head);

// Whether a response completes the SPDY upgrade: status 101, Connection
// containing "upgrade" and Upgrade containing "spdy/3.1" (case-insensitive).
bool is_spdy_upgrade(const client::HttpResponse& resp);

// The error for a refused upgrade, from its status and body: a
// metav1.Status body gives kubectl's "Error from server ..."; any other
// body "unable to upgrade connection: <body>".
Error upgrade_error(const client::HttpResponse& resp);

// How many body bytes follow the head: Content-Length, or nullopt when the
// body runs to the end of the connection (or is chunked).
std::optional<std::size_t> content_length(const client::HttpResponse& resp);

// Decodes a complete chunked body; returns the input unchanged when it is
// not valid chunked encoding.
std::string dechunk(std::string_view body);

}  // namespace kctl::stream
