#include "linalg/solve_timing.hpp"

#include <chrono>

#include "core/rng.hpp"
#include "linalg/ridge.hpp"
#include "linalg/synthetic.hpp"

namespace sw::linalg {

namespace {
// Runs f until minMs have passed; returns the mean milliseconds per call.
template <class F>
double timeIt(F f, double minMs, int& reps) {
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  double elapsed = 0;
  reps = 0;
  do {
    f();
    ++reps;
    elapsed = std::chrono::duration<double, std::milli>(clock::now() - start).count();
  } while (elapsed < minMs);
  return elapsed / reps;
}
}  // namespace

SolveTiming timeRidgeSolves(int n, int d, double lambda, double minMs, std::uint64_t seed) {
  Rng rng(seed);
  const Eigen::MatrixXd x = gaussianMatrix(n, d, rng);
  const Eigen::VectorXd y = gaussianMatrix(n, 1, rng).col(0);
  // Keep a result alive so the optimizer cannot drop the work.
  volatile double sink = 0;
  SolveTiming t{};
  t.primalMs = timeIt([&] { sink = sink + ridgePrimal(x, y, lambda).has_value(); }, minMs, t.primalReps);
  t.dualMs = timeIt([&] { sink = sink + ridgeDual(x, y, lambda).has_value(); }, minMs, t.dualReps);
  return t;
}

}  // namespace sw::linalg
