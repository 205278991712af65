#include "client/printers/sort_order.h"

#include <algorithm>
#include <numeric>
#include <optional>

#include "client/printers/go_quote.h"
#include "client/printers/go_sort.h"
#include "client/printers/jsonpath.h"
#include "client/printers/quantity.h"
#include "client/printers/relaxed_jsonpath.h"

namespace kctl::printers {
namespace {

using Json = nlohmann::json;

Error sort_error(std::string message) { return make_error(ErrorKind::Internal, std::move(message)); }

// The first value the field finds in one object, nullopt when none.
struct SortKey {
  std::optional<Json> value;
  std::optional<long double> quantity;  // strings only
};

std::string go_type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: return "map[string]interface {}";
    case Json::value_t::array: return "[]interface {}";
    case Json::value_t::boolean: return "bool";
    default: return "interface {}";
  }
}

// sorter.go's isLess for two values of an unstructured object.
Result<bool> value_less(const SortKey& a, const SortKey& b) {
  const Json& i = *a.value;
  const Json& j = *b.value;
  if (i.is_null() || j.is_null()) return !i.is_null() ? false : !j.is_null();
  if (i.is_number_integer()) {
    if (j.is_number_integer()) return i.get<std::int64_t>() < j.get<std::int64_t>();
  } else if (i.is_number_float()) {
    if (j.is_number_float()) return i.get<double>() < j.get<double>();
  } else if (i.is_string()) {
    if (j.is_string()) {
      if (a.quantity && b.quantity) return *a.quantity < *b.quantity;
      // Byte order: kubectl v1.32 puts "a02" < "a1" < "a10" < "a2" (sorter.go's
      // source reads NaturalLess, the binary does not behave so).
      return i.get_ref<const std::string&>() < j.get_ref<const std::string&>();
    }
  } else {
    return sort_error("unsortable type: " + go_type_name(i));
  }
  return sort_error("unsortable interface: interface");
}

struct Sorter {
  std::vector<SortKey> keys;
  std::string field;
  std::string object_type;  // what kubectl's message names with %T
  std::optional<Error> failure;

  bool less(std::size_t x, std::size_t y) {
    if (!keys[x].value) return true;
    if (!keys[y].value) return false;
    auto r = value_less(keys[x], keys[y]);
    if (r) return *r;
    if (!failure) {
      failure = sort_error("Field " + field + " in " + object_type + " is an unsortable type: interface, err: " +
                           r.error().message);
    }
    return false;
  }
};

Result<std::vector<SortKey>> find_keys(const std::vector<const Json*>& objects, const JsonPath& path) {
  std::vector<SortKey> keys;
  keys.reserve(objects.size());
  for (const Json* object : objects) {
    auto found = path.find_results(*object);
    if (!found) return found.take_error();
    SortKey key;
    if (!found->empty() && !found->front().empty()) {
      key.value = std::move(found->front().front());
      if (key.value->is_string()) key.quantity = parse_quantity(key.value->get_ref<const std::string&>());
    }
    keys.push_back(std::move(key));
  }
  return keys;
}

Result<std::vector<std::size_t>> sort_by(const std::vector<const Json*>& objects, const std::string& field,
                                         const JsonPath& path, std::string object_type) {
  auto keys = find_keys(objects, path);
  if (!keys) return keys.take_error();
  const bool found_once = std::any_of(keys->begin(), keys->end(), [](const SortKey& k) { return k.value.has_value(); });
  if (!objects.empty() && !found_once)
    return sort_error("couldn't find any field with path " + go_quote(field) + " in the list of objects");
  Sorter sorter{std::move(*keys), field, std::move(object_type), std::nullopt};
  std::vector<std::size_t> order(objects.size());
  std::iota(order.begin(), order.end(), 0);
  // RuntimeSort's Less and Swap: objects and their original positions move together.
  go_sort(static_cast<std::ptrdiff_t>(order.size()),
          GoSortable{[&](std::ptrdiff_t i, std::ptrdiff_t j) {
                       return sorter.less(order[static_cast<std::size_t>(i)], order[static_cast<std::size_t>(j)]);
                     },
                     [&](std::ptrdiff_t i, std::ptrdiff_t j) {
                       std::swap(order[static_cast<std::size_t>(i)], order[static_cast<std::size_t>(j)]);
                     }});
  if (sorter.failure) return *sorter.failure;
  return order;
}

Result<JsonPath> sorting_path(const std::string& field) {
  auto path = JsonPath::parse(field);
  if (path) path->allow_missing_keys(true);
  return path;
}

}  // namespace

Result<std::vector<std::size_t>> sort_order(const std::vector<const Json*>& objects, std::string_view field) {
  if (objects.empty()) return std::vector<std::size_t>{};
  auto relaxed = relaxed_jsonpath(field);
  if (!relaxed) return relaxed.take_error();
  auto path = sorting_path(*relaxed);
  if (!path) return path.take_error();
  return sort_by(objects, *relaxed, *path, "*unstructured.Unstructured");
}

Result<std::vector<std::size_t>> sort_table_rows_order(const std::vector<const Json*>& row_objects,
                                                       std::string_view field) {
  std::vector<std::size_t> identity(row_objects.size());
  std::iota(identity.begin(), identity.end(), 0);
  if (row_objects.size() <= 1) return identity;
  auto relaxed = relaxed_jsonpath(field);
  const std::string parsed_field = relaxed ? *relaxed : std::string(field);
  auto path = sorting_path(parsed_field);
  if (!path) return sort_error("sorting error: " + path.error().message);
  return sort_by(row_objects, parsed_field, *path, "[][][]reflect.Value");
}

}  // namespace kctl::printers
