#include "cmd/wait_deleted.h"

#include <thread>

#include "client/watch.h"
#include "cmd/resource_fetch.h"
#include "cmd/write_ops.h"

namespace kctl::cmd {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

std::string uid_of(const json& obj) { return obj.value("metadata", json::object()).value("uid", ""); }


// True once `o` is gone; false when `deadline` passed first.
Result<bool> wait_one(client::RestClient& rest, const DeletedObject& o, Clock::time_point deadline) {
  while (true) {
    auto live = get_object(rest, o.visit);
    if (!live) return is_not_found(live.error()) ? Result<bool>(true) : Result<bool>(live.take_error());
    if (!o.uid.empty() && uid_of(*live) != o.uid) return true;
    const auto left = std::chrono::duration_cast<std::chrono::seconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    const std::string rv = live->value("metadata", json::object()).value("resourceVersion", "");
    client::Request req = watch_request(rest, o.visit, {}, rv);
    req.param("timeoutSeconds", std::to_string(left));
    auto url = req.url();
    if (!url) return url.take_error();
    bool gone = false;
    auto r = client::watch(rest, *url, [&](const std::string& type, const json& obj) {
      gone = type == "DELETED" || (!o.uid.empty() && uid_of(obj) != o.uid);
      return !gone;
    });
    if (gone) return true;
    // A watch that ended or expired (410): look again.
    if (!r && !(r.error().kind == ErrorKind::ApiStatus && r.error().code == 410)) return r.take_error();
    if (Clock::now() >= deadline) return false;
  }
}

}  // namespace

Result<> wait_for_deletion(client::RestClient& rest, const std::vector<DeletedObject>& objects,
                           Clock::duration timeout) {
  const auto deadline = Clock::now() + timeout;
  for (const auto& o : objects) {
    auto gone = wait_one(rest, o, deadline);
    if (!gone) return gone.take_error();
    if (!*gone) {
      const auto& r = o.visit.resource;
      // kubectl names the resource without its group ("deployments/web").
      return make_error(ErrorKind::Internal, "timed out waiting for the condition on " + r.name + "/" + o.visit.name);
    }
  }
  return {};
}

Result<> poll_until_gone(client::RestClient& rest, const Visit& v, std::chrono::steady_clock::time_point deadline) {
  for (;;) {
    auto live = get_object(rest, v);
    if (!live && is_not_found(live.error())) return {};
    if (!live) return live.take_error();
    if (std::chrono::steady_clock::now() >= deadline)
      return make_error(ErrorKind::Internal, "timed out waiting for the condition");
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
}

}  // namespace kctl::cmd
