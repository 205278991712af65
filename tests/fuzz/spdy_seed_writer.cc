// Writes the SPDY seeds of fuzz_spdy_frames: the frames a kubelet's
// spdystream server sends in an exec session (v4 channel protocol), a
// port-forward session, and a connection's control frames, encoded by
// kctl's FrameWriter (whose output the unit tests check against
// spdystream's bytes). Each file starts with the byte fuzz targets read as
// the piece size. Usage: spdy_seed_writer DIR
#include <fstream>
#include <iostream>
#include <string>

#include "stream/spdy_frame.h"

namespace {

using namespace kctl::stream::spdy;

bool write_seed(const std::string& path, char piece, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << piece << bytes;
  return static_cast<bool>(out);
}

std::string reply(FrameWriter& w, std::uint32_t id, const HeaderBlock& headers) {
  auto frame = w.syn_reply(id, headers);
  return frame ? *frame : std::string();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: spdy_seed_writer DIR\n";
    return 2;
  }
  const std::string dir = argv[1];
  bool ok = true;
  {
    FrameWriter w;  // one compression context per connection, as on the wire
    std::string s;
    s += reply(w, 1, {{"streamtype", "error"}});
    s += reply(w, 3, {{"streamtype", "stdin"}});
    s += reply(w, 5, {{"streamtype", "stdout"}});
    s += reply(w, 7, {{"streamtype", "stderr"}});
    s += FrameWriter::data(5, "hello from the container\n");
    s += FrameWriter::data(7, "sh: 1: nope: not found\n");
    s += FrameWriter::data(5, "", true);
    s += FrameWriter::data(7, "", true);
    s += FrameWriter::data(1,
        R"({"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: error executing command [sh -c exit 3], exit code 3","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}})",
        true);
    s += FrameWriter::goaway(7);
    ok &= write_seed(dir + "/exec-v4-session", 16, s);
  }
  {
    FrameWriter w;
    std::string s;
    s += reply(w, 1, {{"streamtype", "error"}, {"port", "8080"}, {"requestid", "0"}});
    s += reply(w, 3, {{"streamtype", "data"}, {"port", "8080"}, {"requestid", "0"}});
    s += FrameWriter::data(3, "HTTP/1.0 200 OK\r\nContent-Length: 5\r\n\r\nhello");
    s += FrameWriter::data(3, "", true);
    s += FrameWriter::data(1, "an error occurred forwarding 8080 -> 8080: dial tcp4 127.0.0.1:8080: connect: connection refused", true);
    s += FrameWriter::rst_stream(3, RstStatus::Cancel);
    ok &= write_seed(dir + "/portforward-session", 7, s);
  }
  {
    std::string s;
    s += FrameWriter::settings({{4, 100}, {7, 65536}});
    s += FrameWriter::ping(1);
    s += FrameWriter::window_update(0, 65536);
    s += FrameWriter::window_update(5, 1024);
    s += FrameWriter::rst_stream(9, RstStatus::RefusedStream);
    s += FrameWriter::goaway(0, 1);
    ok &= write_seed(dir + "/control-frames", 63, s);
  }
  return ok ? 0 : 1;
}
