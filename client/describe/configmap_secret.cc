// ConfigMaps (values shown, binary data as byte counts) and Secrets
// (values never shown: byte counts only, except a service account token).
#include <string>

#include "client/describe/describer.h"
#include "client/describe/events.h"
#include "client/describe/meta_text.h"

namespace kctl::describe {
namespace {

// The decoded length of standard base64 (how []byte fields travel in JSON).
std::size_t base64_decoded_size(const std::string& b64) {
  std::size_t pad = 0;
  for (auto it = b64.rbegin(); it != b64.rend() && *it == '='; ++it) ++pad;
  return b64.size() / 4 * 3 - pad;
}

}  // namespace

std::string describe_configmap(const json& cm, const Related& related, Clock::time_point now) {
  PrefixWriter w;
  print_object_header(w, cm);
  w.write(kLevel0, "\nData\n====\n");
  for (const auto& [key, value] : string_map(cm, "data")) {
    w.write(kLevel0, key + ":\n----\n");
    w.write(kLevel0, value + "\n");
    w.write(kLevel0, "\n");
  }
  w.write(kLevel0, "\nBinaryData\n====\n");
  for (const auto& [key, value] : string_map(cm, "binaryData"))
    w.write(kLevel0, key + ": " + std::to_string(base64_decoded_size(value)) + " bytes\n");
  w.write(kLevel0, "\n");
  if (related.events) describe_events(w, *related.events, now);
  return w.take();
}

std::string describe_secret(const json& secret) {
  PrefixWriter w;
  print_object_header(w, secret);
  const std::string type = str(secret, "type");
  w.write(kLevel0, "\nType:\t" + type + "\n");
  w.write(kLevel0, "\nData\n====\n");
  for (const auto& [key, value] : string_map(secret, "data")) {
    // kubectl prints a service account's token itself; every other value
    // only by its size. kctl never prints a secret value: the token is
    // shown by size too (a deliberate difference).
    w.write(kLevel0, key + ":\t" + std::to_string(base64_decoded_size(value)) + " bytes\n");
  }
  return w.take();
}

}  // namespace kctl::describe
