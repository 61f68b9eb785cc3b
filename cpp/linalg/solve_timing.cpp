#include "linalg/solve_timing.hpp"

#include <algorithm>
#include <chrono>

#include "core/rng.hpp"
#include "linalg/ridge.hpp"
#include "linalg/synthetic.hpp"

namespace sw::linalg {

namespace {
// Mean milliseconds per call of f, robust to a shared, noisy machine: calls
// are grouped into batches long enough for a coarse browser timer (batch size
// doubles until a batch takes minMs / 8), and the fastest of at least three
// timed batches is kept, since interference only ever adds time.
template <class F>
double timeIt(F f, double minMs, int& reps) {
  using clock = std::chrono::steady_clock;
  const auto ms = [](clock::time_point a, clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  const auto start = clock::now();
  double best = 0;
  int batch = 1, timed = 0;
  reps = 0;
  while (timed < 3 || ms(start, clock::now()) < minMs) {
    const auto t0 = clock::now();
    for (int i = 0; i < batch; ++i) f();
    const double dt = ms(t0, clock::now());
    reps += batch;
    if (dt < minMs / 8 && batch < (1 << 20)) {
      batch *= 2;
      continue;
    }
    best = timed++ ? std::min(best, dt / batch) : dt / batch;
  }
  return best;
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
