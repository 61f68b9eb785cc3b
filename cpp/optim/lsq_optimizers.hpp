// Gradient methods on the least-squares loss L(w) = (1/n) ||X w - t||^2, the
// loss of chapter 6: full-batch GD, SGD (one random row per step), minibatch
// SGD, and the adaptive methods AdaGrad, RMSProp and Adam, which rescale each
// coordinate of the full gradient separately.
#pragma once
#include <Eigen/Dense>
#include <cstdint>

#include "core/expected.hpp"
#include "linalg/least_squares.hpp"
#include "optim/trace.hpp"

namespace sw::optim {

// What every run on a least-squares problem is measured against.
struct LeastSquaresFacts {
  linalg::Svd svd;           // of X
  Eigen::VectorXd minNorm;   // X^+ t
  Eigen::MatrixXd rowBasis;  // d x rank, orthonormal: P = rowBasis rowBasis^T projects onto the row space
  double etaMax;             // n / sigma_max^2, the stability limit of full-batch GD
  double residualLoss;       // L at X^+ t (0 when X w = t is solvable)
  double condition;          // sigma_max / sigma_min over the nonzero singular values
};
// Fails (naming X) only for X = 0, where no direction is better than another.
Expected<LeastSquaresFacts> leastSquaresFacts(const Eigen::MatrixXd& x, const Eigen::VectorXd& t);

enum class Method { Gd, Sgd, Minibatch, AdaGrad, RmsProp, Adam };

struct OptimizerSettings {
  double eta = 0.05;       // step size (for the adaptive methods, roughly the size of a step)
  long steps = 1000;
  int batch = 2;           // rows per minibatch (capped at n)
  std::uint64_t seed = 1;  // which rows SGD and minibatch SGD draw
};

// Hyperparameters of the adaptive methods, fixed to the usual defaults.
constexpr double kAdaptiveEps = 1e-8;  // added to the root of the second moment
constexpr double kRmsDecay = 0.9;
constexpr double kAdamBeta1 = 0.9, kAdamBeta2 = 0.999;

// Runs `method` from w0. The run stops early, with trace.divergedAt set, once
// ||w - center|| exceeds limits::kDivergenceFactor times its start (center is
// where a converging run should end up; any fixed point works for the test).
Trace runLeastSquares(Method method, const Eigen::MatrixXd& x, const Eigen::VectorXd& t,
                      const Eigen::VectorXd& w0, const Eigen::VectorXd& center, const OptimizerSettings& s);

}  // namespace sw::optim
