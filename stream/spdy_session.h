// The client side of a moby/spdystream session over a ByteStream
// (streaming-spec.md §3.2-§3.8): odd stream ids from 1, streams created one
// at a time (each waits for its SYN_REPLY), DATA frames of at most 32 KiB,
// half-close with an empty DATA+FIN, RST_STREAM and GOAWAY taken as end of
// stream, server PINGs echoed and a PING sent every 5 s, no flow control
// (spdystream never opens windows). A single-threaded poll() loop drives
// the connection and any descriptors the caller watches.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "client/logger.h"
#include "client/result.h"
#include "stream/byte_stream.h"
#include "stream/spdy_frame.h"

namespace kctl::stream {

constexpr std::chrono::seconds kPingPeriod{5};
constexpr std::chrono::seconds kStreamCreationTimeout{30};
constexpr std::size_t kMaxDataFrame = 32 * 1024;

using StreamId = std::uint32_t;

struct StreamCallbacks {
  std::function<Result<>(std::string_view)> on_data;  // a DATA payload
  std::function<void()> on_end;                       // FIN, RST_STREAM, GOAWAY or connection end
};

// A descriptor watched by the loop: polled for reading while wanted().
struct Watch {
  int fd = -1;
  std::function<bool()> wanted;
  std::function<Result<>()> on_readable;
};

class SpdySession {
 public:
  // `initial` holds bytes that arrived with the upgrade response.
  SpdySession(ByteStream& conn, std::string initial, const Logger& log);
  SpdySession(const SpdySession&) = delete;
  SpdySession& operator=(const SpdySession&) = delete;

  // Sends SYN_STREAM and runs the loop until its SYN_REPLY (30 s).
  Result<StreamId> open_stream(const spdy::HeaderBlock& headers, StreamCallbacks callbacks);
  // Queues SYN_STREAM and returns at once; `on_reply` runs when the
  // SYN_REPLY arrives (port-forward opens streams while others flow). A
  // stream the peer refuses ends (callbacks.on_end) without a reply.
  Result<StreamId> start_stream(const spdy::HeaderBlock& headers, StreamCallbacks callbacks,
                                std::function<void()> on_reply);
  // Queues DATA frames; nothing is lost, the loop sends them.
  void write(StreamId id, std::string_view data);
  // Half-closes our side of the stream (empty DATA with FIN).
  void close_write(StreamId id);
  // RST_STREAM(CANCEL) unless the stream is finished both ways; no more
  // callbacks for it.
  void reset(StreamId id);
  // Drops a finished stream's state (spdystream's RemoveStreams); not from
  // inside a callback.
  void forget(StreamId id);
  // Bytes queued for the connection and not yet written.
  std::size_t pending_output() const { return out_.size() - out_offset_; }

  // Runs the loop until done() is true after an iteration.
  Result<> run(const std::vector<Watch>& watches, const std::function<bool()>& done);

  // For callers that run their own poll() (port-forward): prepare() before
  // each poll (PING when due, write what the connection takes), poll fd()
  // for poll_events() at most poll_timeout(), then handle_events(revents).
  Result<> prepare();
  int fd() const { return conn_.fd(); }
  short poll_events() const;
  std::chrono::milliseconds poll_timeout() const;
  Result<> handle_events(short revents);
  // The connection ended (EOF, a failed write or a closed peer).
  bool ended() const { return eof_; }
  // While paused, nothing is read from the connection (back-pressure for a
  // caller whose consumers are slow; spdystream has no flow control).
  void pause_reading(bool paused) { read_paused_ = paused; }

  // RST_STREAM(CANCEL) for every stream we have not finished, then GOAWAY;
  // waits briefly for them to be written.
  void close();

 private:
  // The last read stopped (paused) before the connection ran dry, and what
  // is left may sit where poll cannot see it (TLS records, the WebSocket
  // tunnel's decoded messages).
  bool read_ready_without_poll() const;
  struct Stream {
    StreamCallbacks callbacks;
    std::function<void()> on_reply;
    bool replied = false;
    bool local_closed = false;   // we sent FIN or RST
    bool remote_ended = false;   // FIN/RST/GOAWAY received
  };
  Result<> step(const std::vector<Watch>& watches, std::chrono::steady_clock::time_point deadline);
  Result<> read_available();
  Result<> handle(spdy::Frame frame);
  Result<> flush();
  void end_stream(Stream& s);
  void end_all();
  void compact_output();  // drops what was written once all of it was
  void queue(std::string bytes);

  ByteStream& conn_;
  Logger log_;
  spdy::FrameWriter writer_;
  spdy::FrameReader reader_;
  std::map<StreamId, Stream> streams_;
  StreamId next_stream_id_ = 1;
  std::uint32_t next_ping_id_ = 1;
  std::string out_;
  std::size_t out_offset_ = 0;
  bool eof_ = false;
  bool read_paused_ = false;
  bool read_stopped_short_ = true;  // the handshake may have left bytes behind
  std::chrono::steady_clock::time_point next_ping_;
};

}  // namespace kctl::stream
