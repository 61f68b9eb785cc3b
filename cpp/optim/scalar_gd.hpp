// Gradient descent on independent scalar least-squares problems
// sigma_i * w_i = y, all sharing one step size (chapter 1).
//
// With loss scale c (c = 2 for (y - sigma w)^2, c = 1 for (1/2)(y - sigma w)^2)
// the error e_t = w_t - y/sigma obeys e_{t+1} = (1 - c eta sigma^2) e_t.
#pragma once
#include <vector>

#include "core/expected.hpp"

namespace sw::optim {

struct ScalarGdParams {
  std::vector<double> sigma;  // one entry per parallel problem, each > 0
  double y = 1;               // the common target
  double eta = 0.1;           // step size
  double gradScale = 2;       // c above: 2 or 1
  double eps = 1e-3;          // tolerance, relative to the initial error
  int steps = 60;             // how many iterates to record for plotting
  long maxIters = 200000;     // how far to simulate when counting iterations
};

struct ScalarGdReport {
  std::vector<double> factors;  // 1 - c eta sigma_i^2, per mode
  double etaMax;                // every mode stable iff 0 < eta < etaMax
  double etaOpt;                // minimizes the worst |factor|
  double rate;                  // max_i |factor_i| at the given eta
  double rateOpt;               // the same at etaOpt
  int limitingMode;             // the mode that sets etaMax (largest sigma)
  int slowestMode;              // the mode with the largest |factor| at eta
  long itersToEps;              // simulated; -1 when not reached
  long itersBound;              // ceil(ln eps / ln rate); -1 when rate >= 1
  long divergedAt;              // first t with error > kDivergenceFactor * e_0; -1 if none
  std::vector<std::vector<double>> w;  // w[i][t], t = 0..T (T <= steps, cut at divergence)
  std::vector<double> relError;        // ||e_t|| / ||e_0||, t = 0..T
};

Expected<ScalarGdReport> scalarGd(const ScalarGdParams& p);

// max_i |1 - c eta sigma_i^2| for each eta (the rate-versus-step-size curve).
std::vector<double> worstRate(const std::vector<double>& sigma, double gradScale,
                              const std::vector<double>& etas);

// The smallest t >= 0 with rate^t <= eps; -1 when rate >= 1.
long itersFromRate(double rate, double eps);

}  // namespace sw::optim
