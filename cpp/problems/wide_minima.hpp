// The two-minimum function of chapter 11 and gradient descent on it from
// many random starts:
//   f(t) = (10 t^2 + e^{3(t-3)} ((t-10)^2/2 + 50)) / (1 + e^{3(t-3)}),
// a logistic blend of a sharp bowl 10 t^2 (curvature 20, the global minimum
// near 0) and a wide bowl (t-10)^2/2 + 50 (curvature 1, near 10).
#pragma once
#include <cstdint>
#include <vector>

#include "core/expected.hpp"

namespace sw::problems {

double wideF(double t);
double wideGrad(double t);
double wideCurvature(double t);  // f'', by differentiating f' (no finite differences)

struct WideLandmarks {
  double sharp, wide, barrier;           // the two minima and the maximum between them
  double sharpCurvature, wideCurvature;  // f'' there; GD is stable near a minimum iff alpha < 2 / f''
};
WideLandmarks wideLandmarks();  // by Newton's method on f'

constexpr double kStartLo = -5, kStartHi = 20;
// An iterate counts as at a minimum when it ends within this distance of it.
constexpr double kSettledRadius = 0.01;
// Iterates beyond this are stopped (and count as not converged), so f' never overflows.
constexpr double kEscape = 1e6;
constexpr int kHistogramBins = 100;  // over [kStartLo, kStartHi]

struct WideMinimaParams {
  double alpha = 0.3;
  long starts = 1000;   // total starts of the experiment
  long first = 0;       // this call runs starts first .. first + count - 1
  long count = 1000;
  int iters = 1000;
  std::uint64_t seed = 1;
  int samplePaths = 0;  // paths kept for the first few starts of this call
};

struct WideMinimaCounts {
  long sharp = 0, wide = 0, other = 0, escaped = 0;  // escaped is part of other
  std::vector<long> histogram;    // final positions in [kStartLo, kStartHi], kHistogramBins bins
  long belowRange = 0, aboveRange = 0;  // final positions outside the histogram
  std::vector<std::vector<double>> paths;  // samplePaths paths, cut at escape or at an exact fixed point
};

// Start j of an experiment is the j-th draw of Rng(seed), uniform in [kStartLo, kStartHi).
Expected<WideMinimaCounts> wideMinimaRun(const WideMinimaParams& p);

}  // namespace sw::problems
