// Waiting until objects are gone, as kubectl's wait.IsDeleted does for
// `delete --wait` and `wait --for=delete`: an object is gone when a GET
// finds nothing or an object with another UID; otherwise its watch (by
// name, from the GET's resourceVersion) is read until DELETED.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "client/rest_client.h"
#include "client/result.h"
#include "cmd/resource_visits.h"

namespace kctl::cmd {

struct DeletedObject {
  Visit visit;
  std::string uid;  // empty: any object of that name counts as still there
};

// Ok when every object is gone before `timeout`; otherwise kubectl's
// "timed out waiting for the condition on RESOURCE/NAME".
Result<> wait_for_deletion(client::RestClient& rest, const std::vector<DeletedObject>& objects,
                           std::chrono::steady_clock::duration timeout);

// kubectl's wait.PollImmediate(1s) of GETs until `v` is not found, as
// apply --force and replace --force wait between the delete and the
// create; "timed out waiting for the condition" at `deadline`.
Result<> poll_until_gone(client::RestClient& rest, const Visit& v, std::chrono::steady_clock::time_point deadline);

}  // namespace kctl::cmd
