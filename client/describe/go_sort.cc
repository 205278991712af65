// A line-by-line port of Go's sort/zsortinterface.go (pdqsort).
#include "client/describe/go_sort.h"

#include <bit>

namespace kctl::describe {
namespace {

constexpr long kMaxInsertion = 12;

struct XorShift {
  std::uint64_t state;
  std::uint64_t next() {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
  }
};

int bits_len(std::uint64_t n) { return n == 0 ? 0 : 64 - std::countl_zero(n); }

}  // namespace

void GoSorter::sort(std::size_t n) {
  if (n <= 1) return;
  pdqsort(0, static_cast<long>(n), bits_len(n));
}

void GoSorter::insertion_sort(long a, long b) {
  for (long i = a + 1; i < b; ++i)
    for (long j = i; j > a && less(j, j - 1); --j) swap(j, j - 1);
}

void GoSorter::sift_down(long lo, long hi, long first) {
  long root = lo;
  for (;;) {
    long child = 2 * root + 1;
    if (child >= hi) break;
    if (child + 1 < hi && less(first + child, first + child + 1)) ++child;
    if (!less(first + root, first + child)) return;
    swap(first + root, first + child);
    root = child;
  }
}

void GoSorter::heap_sort(long a, long b) {
  long first = a, lo = 0, hi = b - a;
  for (long i = (hi - 1) / 2; i >= 0; --i) sift_down(i, hi, first);
  for (long i = hi - 1; i >= 0; --i) {
    swap(first, first + i);
    sift_down(lo, i, first);
  }
}

void GoSorter::pdqsort(long a, long b, int limit) {
  bool was_balanced = true, was_partitioned = true;
  for (;;) {
    long length = b - a;
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
    if (hint == Hint::Decreasing) {
      reverse_range(a, b);
      pivot = (b - 1) - (pivot - a);
      hint = Hint::Increasing;
    }
    if (was_balanced && was_partitioned && hint == Hint::Increasing && partial_insertion_sort(a, b)) return;
    if (a > 0 && !less(a - 1, pivot)) {
      a = partition_equal(a, b, pivot);
      continue;
    }
    auto [mid, already_partitioned] = partition(a, b, pivot);
    was_partitioned = already_partitioned;
    long left = mid - a, right = b - mid, threshold = length / 8;
    if (left < right) {
      was_balanced = left >= threshold;
      pdqsort(a, mid, limit);
      a = mid + 1;
    } else {
      was_balanced = right >= threshold;
      pdqsort(mid + 1, b, limit);
      b = mid;
    }
  }
}

std::pair<long, bool> GoSorter::partition(long a, long b, long pivot) {
  swap(a, pivot);
  long i = a + 1, j = b - 1;
  while (i <= j && less(i, a)) ++i;
  while (i <= j && !less(j, a)) --j;
  if (i > j) {
    swap(j, a);
    return {j, true};
  }
  swap(i, j);
  ++i;
  --j;
  for (;;) {
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

long GoSorter::partition_equal(long a, long b, long pivot) {
  swap(a, pivot);
  long i = a + 1, j = b - 1;
  for (;;) {
    while (i <= j && !less(a, i)) ++i;
    while (i <= j && less(a, j)) --j;
    if (i > j) break;
    swap(i, j);
    ++i;
    --j;
  }
  return i;
}

bool GoSorter::partial_insertion_sort(long a, long b) {
  constexpr int kMaxSteps = 5;
  constexpr long kShortestShifting = 50;
  long i = a + 1;
  for (int step = 0; step < kMaxSteps; ++step) {
    while (i < b && !less(i, i - 1)) ++i;
    if (i == b) return true;
    if (b - a < kShortestShifting) return false;
    swap(i, i - 1);
    if (i - a >= 2)
      for (long j = i - 1; j >= 1; --j) {
        if (!less(j, j - 1)) break;
        swap(j, j - 1);
      }
    if (b - i >= 2)
      for (long j = i + 1; j < b; ++j) {
        if (!less(j, j - 1)) break;
        swap(j, j - 1);
      }
  }
  return false;
}

void GoSorter::break_patterns(long a, long b) {
  long length = b - a;
  if (length < 8) return;
  XorShift random{static_cast<std::uint64_t>(length)};
  std::uint64_t modulus = std::uint64_t{1} << bits_len(static_cast<std::uint64_t>(length));
  for (long idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; ++idx) {
    long other = static_cast<long>(random.next() & (modulus - 1));
    if (other >= length) other -= length;
    swap(idx, a + other);
  }
}

std::pair<long, GoSorter::Hint> GoSorter::choose_pivot(long a, long b) {
  constexpr long kShortestNinther = 50;
  constexpr int kMaxSwaps = 4 * 3;
  long l = b - a;
  int swaps = 0;
  long i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
  if (l >= 8) {
    if (l >= kShortestNinther) {
      i = median(i - 1, i, i + 1, swaps);
      j = median(j - 1, j, j + 1, swaps);
      k = median(k - 1, k, k + 1, swaps);
    }
    j = median(i, j, k, swaps);
  }
  if (swaps == 0) return {j, Hint::Increasing};
  if (swaps == kMaxSwaps) return {j, Hint::Decreasing};
  return {j, Hint::Unknown};
}

long GoSorter::median(long a, long b, long c, int& swaps) {
  auto order2 = [&](long& x, long& y) {
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

void GoSorter::reverse_range(long a, long b) {
  for (long i = a, j = b - 1; i < j; ++i, --j) swap(i, j);
}

}  // namespace kctl::describe
