// SPDY/3.1 framing against the test vectors of streaming-spec.md §3.6
// (made with Go's compress/zlib and the same calls spdystream makes).
#include <doctest/doctest.h>
#include <zlib.h>

#include <string>

#include "stream/spdy_dictionary.h"
#include "stream/spdy_frame.h"

namespace kctl::stream::spdy {
namespace {

std::string unhex(std::string_view hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
  return out;
}

std::string hex(std::string_view bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

Frame read_one(FrameReader& r, std::string_view bytes) {
  r.feed(bytes);
  auto f = r.next();
  REQUIRE(f.ok());
  REQUIRE(f->has_value());
  return std::move(**f);
}

}  // namespace

TEST_CASE("the SPDY/3 dictionary is the 1423 bytes spdystream uses") {
  std::string_view d = spdy3_dictionary();
  CHECK(d.size() == 1423);
  CHECK(adler32(1, reinterpret_cast<const Bytef*>(d.data()), static_cast<uInt>(d.size())) == 0xe3c6a7c2);
  CHECK(hex(d.substr(0, 11)) == "000000076f7074696f6e73");
  CHECK(d.ends_with("charset=iso-8859-1,utf-,*,enq=0."));
}

TEST_CASE("uncompressed name/value block layout") {
  CHECK(hex(encode_header_block({{"streamtype", "error"}})) ==
        "000000010000000a73747265616d74797065000000056572726f72");
  auto back = decode_header_block(unhex("000000010000000a73747265616d74797065000000056572726f72"));
  REQUIRE(back.ok());
  CHECK(back->at(0).first == "streamtype");
  CHECK(back->at(0).second == "error");
  CHECK_FALSE(decode_header_block(unhex("000000020000000161000000016200000001610000000163")).ok());  // duplicate
  CHECK_FALSE(decode_header_block(unhex("0000000100000005ab")).ok());  // truncated
}

TEST_CASE("frames without header blocks match spdystream byte for byte") {
  SUBCASE("DATA") { CHECK(hex(FrameWriter::data(3, "hi\n")) == "000000030000000368690a"); }
  SUBCASE("DATA with FIN: stdin EOF") { CHECK(hex(FrameWriter::data(3, "", true)) == "0000000301000000"); }
  SUBCASE("RST_STREAM CANCEL") {
    CHECK(hex(FrameWriter::rst_stream(5, RstStatus::Cancel)) == "80030003000000080000000500000005");
  }
  SUBCASE("PING") { CHECK(hex(FrameWriter::ping(1)) == "800300060000000400000001"); }
  SUBCASE("GOAWAY") { CHECK(hex(FrameWriter::goaway(0)) == "80030007000000080000000000000000"); }
  SUBCASE("WINDOW_UPDATE") { CHECK(hex(FrameWriter::window_update(3, 65536)) == "80030009000000080000000300010000"); }
  SUBCASE("SETTINGS") {
    CHECK(hex(FrameWriter::settings({{7, 1 << 20}})) == "800300040000000c000000010000000700100000");
  }
}

TEST_CASE("frames compressed by Go's zlib decode with one context per direction") {
  FrameReader client_to_server;
  Frame s1 = read_one(client_to_server, unhex("80030001000000290000000100000000000078f9e3c6a7c26260606004a7b392a2d4c45c6851c29a0a0a6800000000ffff"));
  CHECK(s1.type == FrameType::SynStream);
  CHECK(s1.stream_id == 1);
  REQUIRE(s1.headers.size() == 1);
  CHECK(s1.headers[0] == std::pair<std::string, std::string>{"streamtype", "error"});
  // The second block continues the same deflate stream (no zlib header).
  Frame s3 = read_one(client_to_server, unhex("800300010000001700000003000000000000c22e555c92929907000000ffff"));
  CHECK(s3.stream_id == 3);
  CHECK(s3.headers.at(0).second == "stdin");

  FrameReader server_to_client;
  Frame r1 = read_one(server_to_client, unhex("80030002000000140000000178f9e3c6a7c26260606000000000ffff"));
  CHECK(r1.type == FrameType::SynReply);
  CHECK(r1.stream_id == 1);
  CHECK(r1.headers.empty());
  Frame r3 = read_one(server_to_client, unhex("800300020000000c00000003026100000000ffff"));
  CHECK(r3.stream_id == 3);

  FrameReader port_forward;
  Frame pf = read_one(port_forward, unhex("800300010000003d0000000100000000000078f9e3c6a7c202253a48f95b044aab4c16060c0c0c9c4590d8ca04a5624603703a2c294a4dcc851635aca9a08800000000ffff"));
  HeaderBlock want{{"port", "80"}, {"requestid", "0"}, {"streamtype", "error"}};
  CHECK(pf.headers == want);
}

TEST_CASE("kctl's own header blocks round-trip and start like spdystream's") {
  FrameWriter w;
  FrameReader r;
  auto first = w.syn_stream(1, {{"streamtype", "error"}});
  REQUIRE(first.ok());
  // 8-byte header, 10 bytes of ids/priority/slot, then zlib level 9 + DICTID.
  CHECK(hex(first->substr(18, 6)) == "78f9e3c6a7c2");
  CHECK(hex(first->substr(first->size() - 4)) == "0000ffff");
  CHECK(read_one(r, *first).headers.at(0).second == "error");
  for (std::uint32_t id = 3; id < 40; id += 2) {
    auto f = w.syn_stream(id, {{"port", "8080"}, {"requestid", std::to_string(id)}, {"streamtype", "data"}});
    REQUIRE(f.ok());
    Frame back = read_one(r, *f);
    CHECK(back.stream_id == id);
    CHECK(back.headers.at(1).second == std::to_string(id));
  }
}

TEST_CASE("the reader reassembles frames from any slicing of the byte stream") {
  FrameWriter w;
  std::string stream = *w.syn_stream(1, {{"streamtype", "stdout"}}) + FrameWriter::data(1, std::string(70000, 'x')) +
                       FrameWriter::ping(2) + FrameWriter::data(1, "", true);
  SUBCASE("one byte at a time (the port-forward tunnel may split anywhere)") {
    FrameReader r;
    std::vector<Frame> frames;
    for (char c : stream) {
      r.feed(std::string_view(&c, 1));
      for (;;) {
        auto f = r.next();
        if (!f.ok()) FAIL(f.error().message);
        if (!f->has_value()) break;
        frames.push_back(std::move(**f));
      }
    }
    REQUIRE(frames.size() == 4);
    CHECK(frames[1].data.size() == 70000);
    CHECK(frames[2].type == FrameType::Ping);
    CHECK(frames[2].ping_id == 2);
    CHECK(frames[3].fin());
  }
  SUBCASE("everything in one piece") {
    FrameReader r;
    r.feed(stream);
    int n = 0;
    for (auto f = r.next(); f.ok() && f->has_value(); f = r.next()) ++n;
    CHECK(n == 4);
  }
}

TEST_CASE("what kills an spdystream session is refused") {
  FrameReader r;
  SUBCASE("unknown control frame (NOOP)") {
    r.feed(unhex("8003000500000000"));
    CHECK_FALSE(r.next().ok());
  }
  SUBCASE("RST_STREAM with status 0") {
    r.feed(unhex("80030003000000080000000500000000"));
    CHECK_FALSE(r.next().ok());
  }
  SUBCASE("data on stream 0") {
    r.feed(unhex("0000000000000001ff"));
    CHECK_FALSE(r.next().ok());
  }
  SUBCASE("a header block longer than the compressed data") {
    FrameWriter w;
    std::string f = *w.syn_stream(1, {{"streamtype", "error"}});
    f += "junk";
    f[7] = static_cast<char>(static_cast<unsigned char>(f[7]) + 4);
    r.feed(f);
    CHECK_FALSE(r.next().ok());
  }
}

}  // namespace kctl::stream::spdy
