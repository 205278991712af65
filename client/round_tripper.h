// One layer of the request pipeline (client-go's http.RoundTripper). The
// request is taken by value: a layer changes its own copy.
#pragma once

#include <memory>

#include "client/http.h"
#include "client/result.h"

namespace kctl::client {

class RoundTripper {
 public:
  virtual ~RoundTripper() = default;
  virtual Result<HttpResponse> round_trip(HttpRequest req) = 0;
};

using RoundTripperPtr = std::unique_ptr<RoundTripper>;

}  // namespace kctl::client
