#include "client/patch/go_values.h"

#include "client/patch/patch_errors.h"
#include "client/printers/go_fmt.h"
#include "client/printers/go_sort.h"

namespace kctl::patch {

GoType go_type(const json& v) {
  switch (v.type()) {
    case json::value_t::object: return GoType::Map;
    case json::value_t::array: return GoType::Slice;
    case json::value_t::string: return GoType::String;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return GoType::Int64;
    case json::value_t::number_float: return GoType::Float64;
    case json::value_t::boolean: return GoType::Bool;
    default: return GoType::Nil;
  }
}

bool go_equal(const json& a, const json& b) { return go_type(a) == go_type(b) && go_deep_equal(a, b); }

bool go_deep_equal(const json& a, const json& b) {
  if (go_type(a) != go_type(b)) return false;
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
      auto other = b.find(it.key());
      if (other == b.end() || !go_deep_equal(*it, *other)) return false;
    }
    return true;
  }
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!go_deep_equal(a[i], b[i])) return false;
    return true;
  }
  return a == b;
}

std::string go_string(const json& v) { return printers::go_sprint(v); }

namespace {

// sort.Sort of `list` with Go's "<=" comparison of the keys.
json go_sort_by_keys(json list, std::vector<std::string> keys) {
  printers::GoSortable data{
      [&](std::ptrdiff_t i, std::ptrdiff_t j) { return keys[i] <= keys[j]; },
      [&](std::ptrdiff_t i, std::ptrdiff_t j) {
        std::swap(list[i], list[j]);
        std::swap(keys[i], keys[j]);
      }};
  printers::go_sort(static_cast<std::ptrdiff_t>(keys.size()), data);
  return list;
}

}  // namespace

json sort_scalars(json list) {
  std::vector<std::string> keys;
  for (const json& v : list) keys.push_back(go_string(v));
  return go_sort_by_keys(std::move(list), std::move(keys));
}

json sort_maps_by_field(json list, const std::string& field) {
  std::vector<std::string> keys;
  for (const json& v : list) {
    auto it = v.find(field);
    keys.push_back(it == v.end() ? "<nil>" : go_string(*it));
  }
  return go_sort_by_keys(std::move(list), std::move(keys));
}

json deduplicate_scalars(json list) {
  if (!list.is_array() || list.empty()) return list;
  std::ptrdiff_t length = static_cast<std::ptrdiff_t>(list.size()) - 1;
  for (std::ptrdiff_t i = 0; i < length; ++i) {
    for (std::ptrdiff_t j = i + 1; j <= length; ++j) {
      if (go_equal(list[i], list[j])) {
        list[j] = list[length];
        list.erase(list.begin() + length);
        --length;
        --j;
      }
    }
  }
  return list;
}

void discard_null_fields(json& v) {
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end();) {
      if (it->is_null()) {
        it = v.erase(it);
      } else {
        discard_null_fields(*it);
        ++it;
      }
    }
  } else if (v.is_array()) {
    for (json& item : v) discard_null_fields(item);
  }
}

Result<GoType> slice_element_type(std::initializer_list<const json*> lists) {
  bool found = false;
  GoType previous = GoType::Nil;
  for (const json* list : lists) {
    if (list == nullptr || !list->is_array()) continue;
    for (const json& v : *list) {
      GoType current = go_type(v);
      if (!found) {
        found = true;
        previous = current;
        if (current == GoType::Slice) return no_list_of_lists_error();
        if (current == GoType::Nil) return make_error(ErrorKind::Internal, "list elements are null");
      } else if (previous != current) {
        json all = json::array();
        for (const json* l : lists) all.push_back(l == nullptr ? json() : *l);
        return make_error(ErrorKind::Internal, "list element types are not identical: " + go_string(all));
      }
    }
  }
  if (!found) return make_error(ErrorKind::Internal, "no elements in any of the given slices");
  return previous;
}

namespace {

using Less = std::function<bool(std::ptrdiff_t, std::ptrdiff_t)>;
using Swap = std::function<void(std::ptrdiff_t, std::ptrdiff_t)>;

void insertion_sort(const Less& less, const Swap& swap, std::ptrdiff_t a, std::ptrdiff_t b) {
  for (std::ptrdiff_t i = a + 1; i < b; ++i)
    for (std::ptrdiff_t j = i; j > a && less(j, j - 1); --j) swap(j, j - 1);
}

void swap_range(const Swap& swap, std::ptrdiff_t a, std::ptrdiff_t b, std::ptrdiff_t n) {
  for (std::ptrdiff_t i = 0; i < n; ++i) swap(a + i, b + i);
}

void rotate(const Swap& swap, std::ptrdiff_t a, std::ptrdiff_t m, std::ptrdiff_t b) {
  std::ptrdiff_t i = m - a, j = b - m;
  while (i != j) {
    if (i > j) {
      swap_range(swap, m - i, m, j);
      i -= j;
    } else {
      swap_range(swap, m - i, m + j - i, i);
      j -= i;
    }
  }
  swap_range(swap, m - i, m, i);
}

void sym_merge(const Less& less, const Swap& swap, std::ptrdiff_t a, std::ptrdiff_t m, std::ptrdiff_t b) {
  if (m - a == 1) {
    std::ptrdiff_t i = m, j = b;
    while (i < j) {
      std::ptrdiff_t h = (i + j) / 2;
      if (less(h, a)) i = h + 1;
      else j = h;
    }
    for (std::ptrdiff_t k = a; k < i - 1; ++k) swap(k, k + 1);
    return;
  }
  if (b - m == 1) {
    std::ptrdiff_t i = a, j = m;
    while (i < j) {
      std::ptrdiff_t h = (i + j) / 2;
      if (!less(m, h)) i = h + 1;
      else j = h;
    }
    for (std::ptrdiff_t k = m; k > i; --k) swap(k, k - 1);
    return;
  }
  std::ptrdiff_t mid = (a + b) / 2, n = mid + m, start, r;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  std::ptrdiff_t p = n - 1;
  while (start < r) {
    std::ptrdiff_t c = (start + r) / 2;
    if (!less(p - c, c)) start = c + 1;
    else r = c;
  }
  std::ptrdiff_t end = n - start;
  if (start < m && m < end) rotate(swap, start, m, end);
  if (a < start && start < mid) sym_merge(less, swap, a, start, mid);
  if (mid < end && end < b) sym_merge(less, swap, mid, end, b);
}

}  // namespace

void go_stable_sort(std::ptrdiff_t n, const Less& less, const Swap& swap) {
  std::ptrdiff_t block = 20, a = 0, b = block;
  while (b <= n) {
    insertion_sort(less, swap, a, b);
    a = b;
    b += block;
  }
  insertion_sort(less, swap, a, n);
  while (block < n) {
    a = 0;
    b = 2 * block;
    while (b <= n) {
      sym_merge(less, swap, a, a + block, b);
      a = b;
      b += 2 * block;
    }
    if (std::ptrdiff_t m = a + block; m < n) sym_merge(less, swap, a, m, n);
    block *= 2;
  }
}

}  // namespace kctl::patch
