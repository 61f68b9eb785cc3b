#include "core/check.hpp"

#include <cmath>
#include <cstdio>
#include <string>

namespace sw::check {

namespace {
// snprintf, not iostreams: iostreams would add ~100 KB to the WASM module.
std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}
}  // namespace

Problem finite(const char* name, double v) {
  if (std::isfinite(v)) return std::nullopt;
  return Error{name, std::string(name) + " must be a finite number"};
}

Problem inRange(const char* name, double v, double lo, double hi) {
  if (auto e = finite(name, v)) return e;
  if (v >= lo && v <= hi) return std::nullopt;
  return Error{name, std::string(name) + " must be between " + num(lo) + " and " + num(hi) +
                         " (got " + num(v) + ")"};
}

Problem aboveAndAtMost(const char* name, double v, double lo, double hi) {
  if (auto e = finite(name, v)) return e;
  if (v > lo && v <= hi) return std::nullopt;
  return Error{name, std::string(name) + " must be greater than " + num(lo) + " and at most " +
                         num(hi) + " (got " + num(v) + ")"};
}

Problem allFinite(const char* name, const std::vector<double>& v) {
  for (double x : v)
    if (!std::isfinite(x)) return Error{name, std::string(name) + " must contain only finite numbers"};
  return std::nullopt;
}

Problem allInRange(const char* name, const std::vector<double>& v, double lo, double hi) {
  if (auto e = allFinite(name, v)) return e;
  for (double x : v)
    if (x < lo || x > hi)
      return Error{name, std::string(name) + " entries must be between " + num(lo) + " and " + num(hi) +
                             " (got " + num(x) + ")"};
  return std::nullopt;
}

Problem sizeBetween(const char* name, std::size_t n, std::size_t lo, std::size_t hi) {
  if (n >= lo && n <= hi) return std::nullopt;
  return Error{name, std::string(name) + " must have between " + std::to_string(lo) + " and " +
                         std::to_string(hi) + " entries (got " + std::to_string(n) + ")"};
}

}  // namespace sw::check
