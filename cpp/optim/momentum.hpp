// Averaged-gradient momentum on ||y - Xw||^2 (chapter 3):
//   z_{t+1} = (1 - beta) z_t + beta g_t,   w_{t+1} = w_t - eta z_{t+1}.
// Along right singular direction i (s = sigma_i^2) the state (a, x) =
// (rotated z, rotated w - w*) obeys (a, x)_{t+1} = R (a, x)_t with
//   R = [[1 - beta, 2 beta s], [-eta (1 - beta), 1 - 2 eta beta s]],
// trace 2 - beta - 2u and determinant 1 - beta, where u = eta beta s. So the
// spectrum depends on (eta, beta, s) only through beta and u, and a complex
// pair always has modulus sqrt(1 - beta).
#pragma once
#include <complex>
#include <optional>
#include <vector>

#include "core/expected.hpp"

namespace sw::optim {

enum class Regime { Real, Repeated, Complex };
const char* regimeName(Regime r);

struct ModeSpectrum {
  std::complex<double> l1, l2;  // |l1| >= |l2|
  Regime regime;
  double radius;                // max |l|
};

// Eigenvalues of R from its characteristic polynomial l^2 - T l + D.
ModeSpectrum modeSpectrum(double beta, double eta, double s);
// Just the spectral radius (no complex arithmetic), for grids.
double spectralRadius(double beta, double eta, double s);

// The u = eta beta s where the eigenvalues are repeated (the complex band is
// uLow < u < uHigh) and where the negative real one reaches -1 (uStable).
struct RegimeEdges {
  double uLow, uHigh, uStable;
};
RegimeEdges regimeEdges(double beta);

// The fastest worst-case rate over modes s in [sMin, sMax] and where it is
// reached. When uHigh / uLow >= sMax / sMin both extreme modes fit in the
// complex band at once and every eta in [lo, hi] attains rate sqrt(1 - beta);
// etaOpt is then the geometric middle of that interval (a margin on both
// sides, and away from the non-diagonalizable ends). Otherwise lo = hi = etaOpt.
struct MomentumTuning {
  double etaOpt, lo, hi, rate;
};
MomentumTuning tuneMomentum(double beta, double sMin, double sMax);

// Plain GD (beta = 1) for comparison: eta* = 1/(sMin + sMax), rate (k-1)/(k+1).
struct GdTuning {
  double eta, rate;
};
GdTuning tuneGd(double sMin, double sMax);

// Simulates the recurrence for modes s from w_0 = 0, z_0 = 0 with w* = 1 in
// every mode (error_0 = -1 per mode) and returns the smallest t >= 0 with
// ||x_t|| <= tol ||x_0||, or -1 if not reached within maxIters or diverged.
long simulateItersToTol(const std::vector<double>& s, double beta, double eta, double tol,
                        long maxIters = 100000);

// Iterates of the same recurrence on the 2-D quadratic sum_i s_i (w_i - 1)^2,
// from w_0 = 0: parameters and gradients per direction, t = 0..steps.
struct QuadraticPath {
  std::vector<std::vector<double>> w, grad;  // [direction][t]
  long divergedAt = -1;                      // cut there so nothing overflows
};
QuadraticPath momentumPath(const std::vector<double>& s, double beta, double eta, int steps);

// Spectral radius on a grid: rows follow `ys`, columns `etas`. With
// sigmaAxis, y is s at the given beta; otherwise y is beta at the given s.
std::vector<std::vector<double>> spectralRadiusGrid(const std::vector<double>& etas,
                                                    const std::vector<double>& ys, bool sigmaAxis,
                                                    double fixed);

struct MomentumParams {
  double beta = 0.1, eta = 1;
  std::vector<double> sigma2;
  double tol = 1e-3;
};
// Checks beta in (0, 1], eta > 0, 1..64 positive sigma2, tol in (0, 1).
std::optional<Error> checkMomentum(const MomentumParams& p);

}  // namespace sw::optim
