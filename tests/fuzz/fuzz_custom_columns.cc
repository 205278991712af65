// -o custom-columns=SPEC and -o custom-columns-file: the first line is the
// spec (also read as a template file's header line with the second line),
// the rest the object a row is made of.
#include <nlohmann/json.hpp>

#include <sstream>

#include "client/printers/custom_columns.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kctl::printers;
  const auto text = kctl::fuzz::as_text(data, size);
  const auto [spec, doc] = kctl::fuzz::split_first_line(text);
  nlohmann::json object = nlohmann::json::parse(doc, nullptr, false);
  if (object.is_discarded()) object = nlohmann::json::object();
  if (auto columns = parse_custom_columns(spec)) (void)custom_columns_row(*columns, object);
  std::istringstream file{std::string(text)};
  if (auto columns = read_custom_columns_file(file)) (void)custom_columns_row(*columns, object);
  return 0;
}
