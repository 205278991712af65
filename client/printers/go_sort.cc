#include "client/printers/go_sort.h"

#include <bit>
#include <cstdint>

namespace kctl::printers {
namespace {

using Index = std::ptrdiff_t;

enum class SortedHint { Unknown, Increasing, Decreasing };

int bit_length(Index n) { return static_cast<int>(std::bit_width(static_cast<std::uint64_t>(n))); }

class PatternDefeatingSort {
 public:
  explicit PatternDefeatingSort(const GoSortable& data) : data_(data) {}

  void sort(Index a, Index b, int limit) {
    constexpr Index kMaxInsertion = 12;
    bool was_balanced = true;
    bool was_partitioned = true;
    while (true) {
      const Index length = b - a;
      if (length <= kMaxInsertion) {
        insertion_sort(a, b);
        return;
      }
      if (limit == 0) {
        heap_sort(a, b);
        return;
      }
      if (!was_balanced) {
        break_patterns(a, b);
        --limit;
      }
      auto [pivot, hint] = choose_pivot(a, b);
      if (hint == SortedHint::Decreasing) {
        reverse_range(a, b);
        pivot = (b - 1) - (pivot - a);
        hint = SortedHint::Increasing;
      }
      if (was_balanced && was_partitioned && hint == SortedHint::Increasing && partial_insertion_sort(a, b)) return;
      // Many values equal to the one before the range: put them first.
      if (a > 0 && !less(a - 1, pivot)) {
        a = partition_equal(a, b, pivot);
        continue;
      }
      auto [mid, already_partitioned] = partition(a, b, pivot);
      was_partitioned = already_partitioned;
      const Index left = mid - a;
      const Index right = b - mid;
      const Index balance_threshold = length / 8;
      if (left < right) {
        was_balanced = left >= balance_threshold;
        sort(a, mid, limit);
        a = mid + 1;
      } else {
        was_balanced = right >= balance_threshold;
        sort(mid + 1, b, limit);
        b = mid;
      }
    }
  }

 private:
  bool less(Index i, Index j) const { return data_.less(i, j); }
  void swap(Index i, Index j) const { data_.swap(i, j); }

  void insertion_sort(Index a, Index b) const {
    for (Index i = a + 1; i < b; ++i) {
      for (Index j = i; j > a && less(j, j - 1); --j) swap(j, j - 1);
    }
  }

  void sift_down(Index lo, Index hi, Index first) const {
    Index root = lo;
    while (true) {
      Index child = 2 * root + 1;
      if (child >= hi) return;
      if (child + 1 < hi && less(first + child, first + child + 1)) ++child;
      if (!less(first + root, first + child)) return;
      swap(first + root, first + child);
      root = child;
    }
  }

  void heap_sort(Index a, Index b) const {
    const Index hi = b - a;
    for (Index i = (hi - 1) / 2; i >= 0; --i) sift_down(i, hi, a);
    for (Index i = hi - 1; i >= 0; --i) {
      swap(a, a + i);
      sift_down(0, i, a);
    }
  }

  std::pair<Index, bool> partition(Index a, Index b, Index pivot) const {
    swap(a, pivot);
    Index i = a + 1;
    Index j = b - 1;
    while (i <= j && less(i, a)) ++i;
    while (i <= j && !less(j, a)) --j;
    if (i > j) {
      swap(j, a);
      return {j, true};
    }
    swap(i, j);
    ++i;
    --j;
    while (true) {
      while (i <= j && less(i, a)) ++i;
      while (i <= j && !less(j, a)) --j;
      if (i > j) break;
      swap(i, j);
      ++i;
      --j;
    }
    swap(j, a);
    return {j, false};
  }

  Index partition_equal(Index a, Index b, Index pivot) const {
    swap(a, pivot);
    Index i = a + 1;
    Index j = b - 1;
    while (true) {
      while (i <= j && !less(a, i)) ++i;
      while (i <= j && less(a, j)) --j;
      if (i > j) break;
      swap(i, j);
      ++i;
      --j;
    }
    return i;
  }

  bool partial_insertion_sort(Index a, Index b) const {
    constexpr int kMaxSteps = 5;
    constexpr Index kShortestShifting = 50;
    Index i = a + 1;
    for (int step = 0; step < kMaxSteps; ++step) {
      while (i < b && !less(i, i - 1)) ++i;
      if (i == b) return true;
      if (b - a < kShortestShifting) return false;
      swap(i, i - 1);
      if (i - a >= 2) {
        for (Index j = i - 1; j >= 1; --j) {  // Go's bound is 1, not a + 1
          if (!less(j, j - 1)) break;
          swap(j, j - 1);
        }
      }
      if (b - i >= 2) {
        for (Index j = i + 1; j < b; ++j) {
          if (!less(j, j - 1)) break;
          swap(j, j - 1);
        }
      }
    }
    return false;
  }

  void break_patterns(Index a, Index b) const {
    const Index length = b - a;
    if (length < 8) return;
    auto random = static_cast<std::uint64_t>(length);  // sort.go's xorshift, seeded with the length
    const std::uint64_t modulus = std::uint64_t{1} << bit_length(length);
    for (Index idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; ++idx) {
      random ^= random << 13;
      random ^= random >> 7;
      random ^= random << 17;
      auto other = static_cast<Index>(random & (modulus - 1));
      if (other >= length) other -= length;
      swap(idx, a + other);
    }
  }

  Index order2_median(Index a, Index b, Index c, int& swaps) const {
    auto order2 = [&](Index& x, Index& y) {
      if (less(y, x)) {
        ++swaps;
        std::swap(x, y);
      }
    };
    order2(a, b);
    order2(b, c);
    order2(a, b);
    return b;
  }

  std::pair<Index, SortedHint> choose_pivot(Index a, Index b) const {
    constexpr Index kShortestNinther = 50;
    constexpr int kMaxSwaps = 4 * 3;
    const Index l = b - a;
    int swaps = 0;
    Index i = a + l / 4 * 1;
    Index j = a + l / 4 * 2;
    Index k = a + l / 4 * 3;
    if (l >= 8) {
      if (l >= kShortestNinther) {
        i = order2_median(i - 1, i, i + 1, swaps);
        j = order2_median(j - 1, j, j + 1, swaps);
        k = order2_median(k - 1, k, k + 1, swaps);
      }
      j = order2_median(i, j, k, swaps);
    }
    if (swaps == 0) return {j, SortedHint::Increasing};
    if (swaps == kMaxSwaps) return {j, SortedHint::Decreasing};
    return {j, SortedHint::Unknown};
  }

  void reverse_range(Index a, Index b) const {
    for (Index i = a, j = b - 1; i < j; ++i, --j) swap(i, j);
  }

  const GoSortable& data_;
};

}  // namespace

void go_sort(std::ptrdiff_t length, const GoSortable& data) {
  if (length <= 1) return;
  PatternDefeatingSort(data).sort(0, length, bit_length(length));
}

}  // namespace kctl::printers
