// kubeconfig loading and merging: parse a file (YAML or JSON, with kctl's
// typed checks and line-numbered errors), merge it with itself as two
// files of KUBECONFIG would be, and print it as `config view` does.
#include "kubeconfig/loading_rules.h"
#include "kubeconfig/parse.h"
#include "kubeconfig/view.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kctl::kubeconfig;
  auto file = parse(kctl::fuzz::as_text(data, size), "/fuzz/kubeconfig");
  if (!file) return 0;
  std::vector<File> files{*file, *file};
  const Config merged = merge(std::move(files));
  ViewOptions options;
  auto printed = view(merged, options);
  if (printed) (void)printed->dump();
  options.minify = true;
  (void)view(merged, options);
  return 0;
}
