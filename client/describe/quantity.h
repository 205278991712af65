// resource.Quantity, as far as the describers need it: parsing, sums,
// comparisons, Value/MilliValue and the canonical String() (a fixed point
// in nano-units, exact for every quantity kubectl prints).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kctl::describe {

enum class QuantityFormat { DecimalSI, BinarySI, DecimalExponent };

class Quantity {
 public:
  Quantity() = default;  // zero, as Go's resource.Quantity{}
  static std::optional<Quantity> parse(std::string_view text);
  // 1, 1000, ... in the given format (resource.NewQuantity).
  static Quantity from_int(std::int64_t value, QuantityFormat format);

  std::string string() const;  // canonical, "0" for zero
  std::int64_t value() const;        // rounded up to an integer
  std::int64_t milli_value() const;  // rounded up to milli-units
  bool is_zero() const { return nanos_ == 0; }
  int cmp(const Quantity& other) const { return nanos_ < other.nanos_ ? -1 : nanos_ > other.nanos_ ? 1 : 0; }
  // Keeps this quantity's format, as Go's Add does.
  void add(const Quantity& other) { nanos_ += other.nanos_; }
  QuantityFormat format() const { return format_; }

 private:
  __int128 nanos_ = 0;
  QuantityFormat format_ = QuantityFormat::DecimalSI;
};

}  // namespace kctl::describe
