#include "stream/channel_protocol.h"

#include <nlohmann/json.hpp>

namespace kctl::stream {

std::string channel_message(Channel channel, std::string_view payload) {
  std::string m;
  m.reserve(payload.size() + 1);
  m += static_cast<char>(channel);
  m += payload;
  return m;
}

std::string close_message(Channel channel) {
  return std::string{static_cast<char>(kCloseSignal), static_cast<char>(channel)};
}

Result<ChannelMessage> parse_channel_message(std::string_view message) {
  if (message.empty()) return make_error(ErrorKind::Internal, "empty message on the streaming connection");
  ChannelMessage m;
  m.channel = static_cast<std::uint8_t>(message[0]);
  if (m.channel == kCloseSignal) {
    if (message.size() != 2) return make_error(ErrorKind::Internal, "invalid close message on the streaming connection");
    m.is_close = true;
    m.channel = static_cast<std::uint8_t>(message[1]);
    return m;
  }
  m.payload = message.substr(1);
  return m;
}

std::string resize_payload(unsigned width, unsigned height) {
  return "{\"Width\":" + std::to_string(width) + ",\"Height\":" + std::to_string(height) + "}\n";
}

Result<> decode_error_channel(std::string_view data, bool json_status) {
  if (data.empty()) return {};
  if (!json_status) return make_error(ErrorKind::Internal, "error executing remote command: " + std::string(data));
  nlohmann::json status = nlohmann::json::parse(data, nullptr, false);
  if (status.is_discarded() || !status.is_object())
    return make_error(ErrorKind::Internal, "error stream protocol error: " + std::string(data));
  auto str = [&](const nlohmann::json& obj, const char* key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  const std::string state = str(status, "status");
  if (state == "Success") return {};
  if (state != "Failure") return make_error(ErrorKind::Internal, "error stream protocol error: unknown error");
  if (str(status, "reason") == "NonZeroExitCode") {
    auto details = status.find("details");
    if (details == status.end() || !details->is_object())
      return make_error(ErrorKind::Internal, "error stream protocol error: details must be set");
    auto causes = details->find("causes");
    if (causes != details->end() && causes->is_array()) {
      for (const auto& cause : *causes) {
        if (!cause.is_object() || str(cause, "reason") != "ExitCode") continue;
        const std::string text = str(cause, "message");
        // client-go parses it as an unsigned 8-bit integer.
        bool digits = !text.empty() && text.size() <= 3 &&
                      text.find_first_not_of("0123456789") == std::string::npos;
        int code = digits ? std::stoi(text) : -1;
        if (code < 0 || code > 255)
          return make_error(ErrorKind::Internal, "error stream protocol error: invalid exit code value \"" + text + "\"");
        Error e = make_error(ErrorKind::RemoteExit, "command terminated with exit code " + text);
        e.exit_code = code;
        return e;
      }
    }
    return make_error(ErrorKind::Internal, "error stream protocol error: no ExitCode cause given");
  }
  return make_error(ErrorKind::Internal, str(status, "message"));
}

}  // namespace kctl::stream
