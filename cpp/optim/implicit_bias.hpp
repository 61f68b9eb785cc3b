// Six optimizers on one least-squares problem, all from w = 0 (chapter 6):
// which exact solution each one picks, against the min-norm solution X^+ t.
// GD, SGD and minibatch SGD move only along rows of X and so stay in the row
// space; the adaptive methods rescale coordinates and can leave it.
#pragma once
#include <Eigen/Dense>
#include <vector>

#include "core/expected.hpp"
#include "optim/lsq_optimizers.hpp"

namespace sw::optim {

struct ImplicitBiasParams {
  Eigen::MatrixXd x;
  Eigen::VectorXd t;
  OptimizerSettings settings;
};

struct OptimizerOutcome {
  Method method;
  Trace trace;
  Eigen::VectorXd w;   // the last iterate
  double loss;         // L at w
  double distance;     // ||w - X^+ t||
  double rowSpaceGap;  // ||(I - P) w||: how far w has left the row space
};

struct ImplicitBiasReport {
  LeastSquaresFacts facts;  // X^+ t, the row space, the stable step sizes
  std::vector<OptimizerOutcome> runs;  // in the order of Method
};

Expected<ImplicitBiasReport> compareOptimizers(const ImplicitBiasParams& p);

}  // namespace sw::optim
