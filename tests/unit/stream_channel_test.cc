// The remotecommand channel protocol (streaming-spec.md §1.4-§1.7).
#include <doctest/doctest.h>

#include "stream/channel_protocol.h"

namespace kctl::stream {

TEST_CASE("v5 channel messages and the CLOSE signal") {
  CHECK(channel_message(Channel::Stdin, "hello\n") == std::string("\x00hello\n", 7));
  CHECK(close_message(Channel::Stdin) == std::string("\xff\x00", 2));
  const std::string out("\x01out", 4);  // the payload is a view into the message
  auto m = parse_channel_message(out);
  REQUIRE(m.ok());
  CHECK_FALSE(m->is_close);
  CHECK(m->channel == 1);
  CHECK(m->payload == "out");
  auto ready = parse_channel_message(std::string("\x01", 1));  // the server's "ready" message
  REQUIRE(ready.ok());
  CHECK(ready->payload.empty());
  auto close = parse_channel_message(std::string("\xff\x02", 2));
  REQUIRE(close.ok());
  CHECK(close->is_close);
  CHECK(close->channel == 2);
  CHECK_FALSE(parse_channel_message("").ok());
  CHECK_FALSE(parse_channel_message(std::string("\xff\x00\x00", 3)).ok());
}

TEST_CASE("terminal size as Go's json.Encoder writes it") {
  CHECK(resize_payload(120, 40) == "{\"Width\":120,\"Height\":40}\n");
}

TEST_CASE("the status on the error channel decides the outcome") {
  SUBCASE("nothing or Success is success") {
    CHECK(decode_error_channel("", true).ok());
    CHECK(decode_error_channel(R"({"metadata":{},"status":"Success"})", true).ok());
  }
  SUBCASE("exit codes 1, 3, 127, 255 pass through") {
    for (int code : {1, 3, 127, 255}) {
      std::string status =
          R"({"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: error executing command [sh -c exit N], exit code N","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":")" +
          std::to_string(code) + R"("}]}})";
      auto r = decode_error_channel(status, true);
      REQUIRE_FALSE(r.ok());
      CHECK(r.error().kind == ErrorKind::RemoteExit);
      CHECK(r.error().exit_code == code);
      CHECK(r.error().message == "command terminated with exit code " + std::to_string(code));
    }
  }
  SUBCASE("an exit code outside 0-255 is a protocol error") {
    auto r = decode_error_channel(
        R"({"status":"Failure","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"256"}]}})", true);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == ErrorKind::Internal);
  }
  SUBCASE("other failures carry the server's message") {
    auto r = decode_error_channel(
        R"({"metadata":{},"status":"Failure","message":"Internal error occurred: error executing command in container: boom","reason":"InternalError","details":{"causes":[{"message":"boom"}]},"code":500})",
        true);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "Internal error occurred: error executing command in container: boom");
  }
  SUBCASE("garbage and unknown states") {
    CHECK_FALSE(decode_error_channel("not json", true).ok());
    CHECK(decode_error_channel(R"({"status":"Weird"})", true).error().message ==
          "error stream protocol error: unknown error");
  }
  SUBCASE("v1-v3 send plain text, and only on failure") {
    CHECK(decode_error_channel("", false).ok());
    CHECK(decode_error_channel("boom", false).error().message == "error executing remote command: boom");
  }
}

}  // namespace kctl::stream
