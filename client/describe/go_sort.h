// Go's sort.Sort over a vector, for the lists kubectl's describers sort that
// way: it is not stable, so equal elements (events with the same last
// timestamp, for one) end up in Go's order only if the same algorithm
// moves them. The algorithm is client/printers/go_sort's.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "client/printers/go_sort.h"

namespace kctl::describe {

// Sorts `v` as Go's sort.Sort would with this Less.
template <class T, class LessFn>
void go_sort(std::vector<T>& v, LessFn less) {
  printers::go_sort(static_cast<std::ptrdiff_t>(v.size()),
                    {[&](std::ptrdiff_t i, std::ptrdiff_t j) { return less(v[i], v[j]); },
                     [&](std::ptrdiff_t i, std::ptrdiff_t j) { std::swap(v[i], v[j]); }});
}

}  // namespace kctl::describe
