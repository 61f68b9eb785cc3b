// A seeded generator that gives bit-identical streams natively and in WASM
// (std:: distributions differ between standard libraries, so we avoid them).
#pragma once
#include <cstdint>

namespace sw {

class Rng {
 public:
  explicit Rng(std::uint64_t seed);
  std::uint64_t next();       // xoshiro256**
  double uniform();           // [0, 1), 53 random bits
  double uniform(double lo, double hi);
  double normal();            // Marsaglia polar method: only log and sqrt
  std::uint64_t below(std::uint64_t n);  // uniform integer in [0, n), unbiased

 private:
  std::uint64_t s_[4];
  double spare_ = 0;
  bool hasSpare_ = false;
};

}  // namespace sw
