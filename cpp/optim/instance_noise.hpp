// Gradient descent with fresh Gaussian noise added to the inputs at every
// step (chapter 5): the scalar case simulated run by run against its exact
// moment recurrences, and the vector case against ridge regression.
//
// Scalar: loss (1/2)(X_t w - y)^2 with X_t = x + N_t, N_t ~ N(0, sigma2), so
//   w_{t+1} = (1 - eta X_t^2) w_t + eta X_t y,   w_0 = 0.
// Vector: loss (1/(2m))||X_t w - y||^2 with X_t = X + noise, full batch.
#pragma once
#include <Eigen/Dense>
#include <cstdint>
#include <vector>

#include "core/expected.hpp"

namespace sw::optim {

struct ScalarNoiseParams {
  double x = 1, y = 1, sigma2 = 0.5, eta = 0.1;
  int steps = 200;
};

// Exact first and second moments of w_t, t = 0..steps (cut where they blow up).
struct ScalarNoiseTheory {
  double lambda;           // sigma2: the ridge penalty the noise adds (one data point)
  double etaMax;           // E[w_t] converges iff 0 < eta < etaMax = 2 / (x^2 + sigma2)
  double etaMaxVariance;   // Var[w_t] stays bounded iff eta < this (a stricter limit)
  double limit;            // x y / (x^2 + sigma2)
  double noiseless;        // y / x
  std::vector<double> mean, sd;
};
Expected<ScalarNoiseTheory> scalarNoiseTheory(const ScalarNoiseParams& p);

// Sums over runs first..first+count-1 of w_t and w_t^2. Run r draws from its
// own stream seeded by (seed, r), so any split into chunks gives the same sums.
// A run whose |w| passes kDivergenceFactor * max(1, |y/x|) stops there; the
// sums are then only complete up to validSteps.
struct MonteCarloSums {
  std::vector<double> sum, sumSq;
  int validSteps;
};
MonteCarloSums scalarNoiseRuns(const ScalarNoiseParams& p, std::uint64_t seed, long first, long count);

struct VectorNoiseParams {
  Eigen::MatrixXd x;  // m x n
  Eigen::VectorXd y;  // m
  double sigma2 = 0.5, eta = 0.1;
  int steps = 200;
};

struct VectorNoiseTheory {
  double lambda;            // sigma2 for the (1/m)-scaled loss; m sigma2 for ||Xw - y||^2
  double etaMax;            // 2 / lambda_max(X^T X / m + sigma2 I)
  Eigen::VectorXd ridge;    // (X^T X + m sigma2 I)^{-1} X^T y
  Eigen::MatrixXd mean;     // E[w_t], one column per t = 0..steps
};
Expected<VectorNoiseTheory> vectorNoiseTheory(const VectorNoiseParams& p);

// Sum over runs of w_t (one column per t); same seeding and cut as above.
struct VectorMonteCarloSums {
  Eigen::MatrixXd sum;
  int validSteps;
};
VectorMonteCarloSums vectorNoiseRuns(const VectorNoiseParams& p, std::uint64_t seed, long first, long count);

}  // namespace sw::optim
