// Go's sort.Sort (pattern-defeating quicksort), step for step: it is not
// stable, so kubectl's order of equal values (and of the values --sort-by
// cannot find, whose comparison is inconsistent) is whatever this algorithm
// leaves, and only the same algorithm reproduces it.
#pragma once

#include <cstddef>
#include <functional>

namespace kctl::printers {

struct GoSortable {
  std::function<bool(std::ptrdiff_t, std::ptrdiff_t)> less;
  std::function<void(std::ptrdiff_t, std::ptrdiff_t)> swap;
};

void go_sort(std::ptrdiff_t length, const GoSortable& data);

}  // namespace kctl::printers
