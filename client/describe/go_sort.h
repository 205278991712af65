// Go's sort.Sort (pattern-defeating quicksort, Go 1.19 and later), for the
// lists kubectl sorts that way: it is not stable, so equal elements end up
// in Go's order only if the same algorithm moves them (events with the
// same last timestamp, for one).
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace kctl::describe {

class GoSorter {
 public:
  using Less = std::function<bool(std::size_t, std::size_t)>;
  using Swap = std::function<void(std::size_t, std::size_t)>;
  GoSorter(Less less, Swap swap) : less_(std::move(less)), swap_(std::move(swap)) {}
  void sort(std::size_t n);

 private:
  enum class Hint { Unknown, Increasing, Decreasing };
  void insertion_sort(long a, long b);
  void sift_down(long lo, long hi, long first);
  void heap_sort(long a, long b);
  void pdqsort(long a, long b, int limit);
  std::pair<long, bool> partition(long a, long b, long pivot);
  long partition_equal(long a, long b, long pivot);
  bool partial_insertion_sort(long a, long b);
  void break_patterns(long a, long b);
  std::pair<long, Hint> choose_pivot(long a, long b);
  long median(long a, long b, long c, int& swaps);
  void reverse_range(long a, long b);
  bool less(long i, long j) { return less_(static_cast<std::size_t>(i), static_cast<std::size_t>(j)); }
  void swap(long i, long j) { swap_(static_cast<std::size_t>(i), static_cast<std::size_t>(j)); }

  Less less_;
  Swap swap_;
};

// Sorts `v` as Go's sort.Sort would with this Less.
template <class T, class LessFn>
void go_sort(std::vector<T>& v, LessFn less) {
  GoSorter([&](std::size_t i, std::size_t j) { return less(v[i], v[j]); },
           [&](std::size_t i, std::size_t j) { std::swap(v[i], v[j]); })
      .sort(v.size());
}

}  // namespace kctl::describe
