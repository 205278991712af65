#include "stream/spdy_session.h"

#include <poll.h>

#include <cerrno>
#include <cstring>

namespace kctl::stream {
namespace {

using Clock = std::chrono::steady_clock;

int millis_until(Clock::time_point t) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t - Clock::now()).count();
  return ms < 0 ? 0 : static_cast<int>(ms);
}

}  // namespace

SpdySession::SpdySession(ByteStream& conn, std::string initial, const Logger& log)
    : conn_(conn), log_(log), next_ping_(Clock::now() + kPingPeriod) {
  reader_.feed(initial);
}

void SpdySession::compact_output() {
  if (out_offset_ > 0 && out_offset_ == out_.size()) {
    out_.clear();
    out_offset_ = 0;
  }
}

void SpdySession::queue(std::string bytes) {
  compact_output();
  out_ += bytes;
}

Result<StreamId> SpdySession::start_stream(const spdy::HeaderBlock& headers, StreamCallbacks callbacks,
                                           std::function<void()> on_reply) {
  const StreamId id = next_stream_id_;
  next_stream_id_ += 2;
  auto frame = writer_.syn_stream(id, headers);
  if (!frame) return frame.take_error();
  Stream& s = streams_[id];
  s.callbacks = std::move(callbacks);
  s.on_reply = std::move(on_reply);
  queue(std::move(*frame));
  if (eof_) end_stream(s);
  return id;
}

Result<StreamId> SpdySession::open_stream(const spdy::HeaderBlock& headers, StreamCallbacks callbacks) {
  auto started = start_stream(headers, std::move(callbacks), nullptr);
  if (!started) return started.take_error();
  const StreamId id = *started;
  const auto deadline = Clock::now() + kStreamCreationTimeout;
  while (true) {
    Stream& s = streams_[id];
    if (s.replied) return id;
    if (s.remote_ended || eof_) return make_error(ErrorKind::Internal, "error creating stream: stream reset");
    if (Clock::now() >= deadline) return make_error(ErrorKind::Internal, "error creating stream: timeout waiting for SYN_REPLY");
    if (auto r = step({}, deadline); !r) return r.take_error();
  }
}

void SpdySession::write(StreamId id, std::string_view data) {
  auto it = streams_.find(id);
  if (it == streams_.end() || it->second.local_closed || it->second.remote_ended) return;
  compact_output();
  while (!data.empty()) {
    std::string_view part = data.substr(0, kMaxDataFrame);
    spdy::FrameWriter::append_data(out_, id, part);
    data.remove_prefix(part.size());
  }
}

void SpdySession::close_write(StreamId id) {
  auto it = streams_.find(id);
  if (it == streams_.end() || it->second.local_closed) return;
  it->second.local_closed = true;
  if (!it->second.remote_ended) queue(spdy::FrameWriter::data(id, {}, true));
}

void SpdySession::reset(StreamId id) {
  auto it = streams_.find(id);
  if (it == streams_.end()) return;
  Stream& s = it->second;  // its callbacks stay: one of them may be running now
  if (!(s.local_closed && s.remote_ended) && !eof_)
    queue(spdy::FrameWriter::rst_stream(id, spdy::RstStatus::Cancel));
  s.local_closed = true;
  s.remote_ended = true;
}

void SpdySession::forget(StreamId id) { streams_.erase(id); }

void SpdySession::end_stream(Stream& s) {
  if (s.remote_ended) return;
  s.remote_ended = true;
  if (s.callbacks.on_end) s.callbacks.on_end();
}

void SpdySession::end_all() {
  for (auto& [id, s] : streams_) end_stream(s);
}

Result<> SpdySession::handle(spdy::Frame frame) {
  using spdy::FrameType;
  switch (frame.type) {
    case FrameType::Data: {
      auto it = streams_.find(frame.stream_id);
      if (it == streams_.end()) return {};  // unknown stream: dropped, as spdystream does
      Stream& s = it->second;
      if (!frame.data.empty() && s.callbacks.on_data && !s.remote_ended)
        if (auto r = s.callbacks.on_data(frame.data); !r) return r;
      if (frame.fin()) end_stream(s);
      return {};
    }
    case FrameType::SynReply: {
      auto it = streams_.find(frame.stream_id);
      if (it == streams_.end() || it->second.replied) return {};
      it->second.replied = true;
      if (it->second.on_reply && !it->second.remote_ended) it->second.on_reply();
      // The callback may have reset or forgotten the stream.
      it = streams_.find(frame.stream_id);
      if (it != streams_.end() && frame.fin()) end_stream(it->second);
      return {};
    }
    case FrameType::RstStream: {
      auto it = streams_.find(frame.stream_id);
      if (it != streams_.end()) {
        it->second.local_closed = true;  // nothing more to send on it
        end_stream(it->second);
      }
      return {};
    }
    case FrameType::GoAway:
      if (log_.v(8)) log_.info("connection.go:535", "received GOAWAY");
      end_all();
      return {};
    case FrameType::Ping:
      if (frame.ping_id % 2 == 0) queue(spdy::FrameWriter::ping(frame.ping_id));  // the server's: echo it
      return {};
    case FrameType::SynStream:  // the server never opens streams for exec
      queue(spdy::FrameWriter::rst_stream(frame.stream_id, spdy::RstStatus::RefusedStream));
      return {};
    default:  // SETTINGS, WINDOW_UPDATE, HEADERS: nothing to do
      return {};
  }
}

Result<> SpdySession::read_available() {
  char buf[65536];
  read_stopped_short_ = false;
  while (!eof_) {
    if (read_paused_) {
      read_stopped_short_ = true;
      break;
    }
    auto n = conn_.recv(buf, sizeof buf);
    if (!n) return n.take_error();
    if (!n->has_value()) break;
    if (**n == 0) {
      eof_ = true;
      break;
    }
    reader_.feed(std::string_view(buf, **n));
    while (true) {
      auto frame = reader_.next();
      if (!frame) return frame.take_error();
      if (!frame->has_value()) break;
      if (auto r = handle(std::move(**frame)); !r) return r;
    }
  }
  if (eof_) end_all();
  return {};
}

Result<> SpdySession::flush() {
  while (pending_output() > 0 && !eof_) {
    auto n = conn_.send(std::string_view(out_).substr(out_offset_));
    if (!n) {
      // A peer that already went away: the outcome is decided by what was read.
      eof_ = true;
      end_all();
      return {};
    }
    if (*n == 0) break;
    out_offset_ += *n;
  }
  if (out_offset_ == out_.size()) {
    out_.clear();
    out_offset_ = 0;
  } else if (out_offset_ > (1u << 20)) {
    out_.erase(0, out_offset_);
    out_offset_ = 0;
  }
  return {};
}

Result<> SpdySession::prepare() {
  if (Clock::now() >= next_ping_) {
    queue(spdy::FrameWriter::ping(next_ping_id_));
    next_ping_id_ += 2;
    next_ping_ = Clock::now() + kPingPeriod;
  }
  return flush();
}

short SpdySession::poll_events() const {
  if (eof_) return 0;
  return static_cast<short>((read_paused_ ? 0 : POLLIN) | (pending_output() > 0 ? POLLOUT : 0));
}

std::chrono::milliseconds SpdySession::poll_timeout() const {
  if (read_ready_without_poll()) return std::chrono::milliseconds(0);
  return std::chrono::milliseconds(millis_until(next_ping_));
}

bool SpdySession::read_ready_without_poll() const { return !eof_ && !read_paused_ && read_stopped_short_; }

Result<> SpdySession::handle_events(short revents) {
  if (!read_paused_ && ((revents & (POLLIN | POLLHUP | POLLERR)) || read_ready_without_poll()))
    if (auto r = read_available(); !r) return r;
  if (revents & POLLOUT)
    if (auto r = flush(); !r) return r;
  return {};
}

Result<> SpdySession::step(const std::vector<Watch>& watches, Clock::time_point deadline) {
  if (auto r = prepare(); !r) return r;
  std::vector<pollfd> fds;
  fds.push_back({conn_.fd(), poll_events(), 0});
  std::vector<const Watch*> active;
  for (const Watch& w : watches) {
    if (!w.wanted || !w.wanted()) continue;
    fds.push_back({w.fd, POLLIN, 0});
    active.push_back(&w);
  }
  int timeout = read_ready_without_poll() ? 0 : millis_until(std::min(next_ping_, deadline));
  int n = ::poll(fds.data(), fds.size(), timeout);
  if (n < 0) {
    if (errno == EINTR) return {};
    return make_error(ErrorKind::Internal, std::string("poll: ") + std::strerror(errno));
  }
  if (auto r = handle_events(fds[0].revents); !r) return r;
  for (std::size_t i = 0; i < active.size(); ++i)
    if (fds[i + 1].revents & (POLLIN | POLLHUP | POLLERR))
      if (auto r = active[i]->on_readable(); !r) return r;
  return {};
}

Result<> SpdySession::run(const std::vector<Watch>& watches, const std::function<bool()>& done) {
  const auto forever = Clock::now() + std::chrono::hours(24 * 365);
  while (!done()) {
    if (auto r = step(watches, forever); !r) return r;
  }
  return {};
}

void SpdySession::close() {
  for (auto& [id, s] : streams_) {
    if (s.local_closed || s.remote_ended) continue;
    s.local_closed = true;
    queue(spdy::FrameWriter::rst_stream(id, spdy::RstStatus::Cancel));
  }
  queue(spdy::FrameWriter::goaway(0));
  const auto deadline = Clock::now() + std::chrono::seconds(1);
  while (pending_output() > 0 && !eof_ && Clock::now() < deadline) {
    if (!flush()) break;
    if (pending_output() == 0) break;
    pollfd p{conn_.fd(), POLLOUT, 0};
    ::poll(&p, 1, millis_until(deadline));
  }
}

}  // namespace kctl::stream
