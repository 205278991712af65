// JSONPath (-o jsonpath=...): the first line is the template, the rest the
// object it is evaluated against (a small pod when it is not JSON). The
// template also goes through the relaxed form custom-columns use.
#include <nlohmann/json.hpp>

#include "client/printers/jsonpath.h"
#include "client/printers/relaxed_jsonpath.h"
#include "tests/fuzz/fuzz_input.h"

namespace {
const nlohmann::json& sample_pod() {
  static const nlohmann::json pod = nlohmann::json::parse(R"({"kind":"Pod","apiVersion":"v1",
    "metadata":{"name":"web-0","namespace":"default","labels":{"app":"web","tier":"front"}},
    "spec":{"containers":[{"name":"c","image":"nginx","ports":[{"containerPort":80}]},{"name":"d","image":"busybox"}]},
    "status":{"phase":"Running","podIP":"10.0.0.1","containerStatuses":[{"name":"c","ready":true,"restartCount":3}]}})");
  return pod;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kctl::printers;
  const auto [tmpl, doc] = kctl::fuzz::split_first_line(kctl::fuzz::as_text(data, size));
  nlohmann::json object = nlohmann::json::parse(doc, nullptr, false);
  if (object.is_discarded()) object = sample_pod();
  for (bool relaxed : {false, true}) {
    std::string text(tmpl);
    if (relaxed) {
      auto r = relaxed_jsonpath(tmpl);
      if (!r) continue;
      text = *r;
    }
    auto path = JsonPath::parse(text);
    if (!path) continue;
    for (bool allow_missing : {false, true}) {
      path->allow_missing_keys(allow_missing);
      std::string out;
      (void)path->print(object, out);
      (void)path->find_results(object);
    }
  }
  return 0;
}
