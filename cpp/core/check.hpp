// Parameter checks shared by every solver. Each returns the error to report,
// or nothing when the value is acceptable.
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

#include "core/expected.hpp"

namespace sw::check {

using Problem = std::optional<Error>;

Problem finite(const char* name, double v);
// lo <= v <= hi, and finite.
Problem inRange(const char* name, double v, double lo, double hi);
// lo < v <= hi, and finite.
Problem aboveAndAtMost(const char* name, double v, double lo, double hi);
Problem allFinite(const char* name, const std::vector<double>& v);
Problem allInRange(const char* name, const std::vector<double>& v, double lo, double hi);
Problem sizeBetween(const char* name, std::size_t n, std::size_t lo, std::size_t hi);

// Returns the first problem of a list of checks, evaluated in order.
template <class... P>
Problem first(P... problems) {
  Problem out;
  ((out = out ? out : problems), ...);
  return out;
}

}  // namespace sw::check
