// The remotecommand channel protocol shared by exec, attach and cp:
// WebSocket v5 message framing ([channel][payload], CLOSE = [0xFF, ch]),
// the terminal-size message, and the v4/v5 status on the error channel.
// Pure code: no sockets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "client/result.h"

namespace kctl::stream {

enum class Channel : std::uint8_t { Stdin = 0, Stdout = 1, Stderr = 2, Error = 3, Resize = 4 };
constexpr std::uint8_t kCloseSignal = 255;  // v5: [0xFF, channel] half-closes a channel

// The protocols kctl offers, most preferred first.
constexpr std::string_view kProtocolV5 = "v5.channel.k8s.io";
constexpr std::string_view kProtocolV4 = "v4.channel.k8s.io";
constexpr std::string_view kProtocolV3 = "v3.channel.k8s.io";
constexpr std::string_view kProtocolV2 = "v2.channel.k8s.io";
constexpr std::string_view kProtocolV1 = "channel.k8s.io";

std::string channel_message(Channel channel, std::string_view payload);
std::string close_message(Channel channel);

struct ChannelMessage {
  bool is_close = false;      // a v5 CLOSE signal for `channel`
  std::uint8_t channel = 0;
  std::string_view payload;   // empty for CLOSE and for the server's "ready" message
};

// Splits one binary WebSocket message. An empty message is an error; a CLOSE
// whose length is not 2 is an error, as the apiserver's reader treats it.
Result<ChannelMessage> parse_channel_message(std::string_view message);

// {"Width":W,"Height":H}\n, as Go's json.Encoder writes TerminalSize.
std::string resize_payload(unsigned width, unsigned height);

// The outcome of a session from what arrived on the error channel.
// v4/v5 (`json_status`): empty or Success -> ok; NonZeroExitCode with an
// ExitCode cause -> ErrorKind::RemoteExit carrying the code; other failures
// -> the Status message. v1-v3 (`json_status` false): any text is an error
// "error executing remote command: <text>".
Result<> decode_error_channel(std::string_view data, bool json_status);

}  // namespace kctl::stream
