// Gradient descent on L(w) = (1/n) ||X w - t||^2 read through the row space of
// X (chapter 6): every gradient (2/n) X^T (X w - t) lies in the row space, so
// the null-space part of w never changes and GD from w0 converges to
// X^+ t + (I - P) w0, with P the projector onto the row space. From w0 = 0
// that is the min-norm solution X^+ t.
#pragma once
#include <Eigen/Dense>
#include <vector>

#include "core/expected.hpp"
#include "optim/lsq_optimizers.hpp"
#include "optim/trace.hpp"

namespace sw::optim {

struct MinNormGdParams {
  Eigen::MatrixXd x;   // n x d data matrix, one point per row
  Eigen::VectorXd t;   // n targets
  Eigen::VectorXd w0;  // the reader's start (a second run always starts at 0)
  double eta = 0.02;
  long steps = 100;
};

struct MinNormGdReport {
  LeastSquaresFacts facts;          // X^+ t, the row space, the stable step sizes
  Eigen::VectorXd limitFromStart;   // X^+ t + (I - P) w0
  Eigen::VectorXd gradDirection;    // grad L(0) / ||grad L(0)||; GD moves the opposite way
  double orthogonality;             // (w_mn - w_1)^T w_mn with w_1 = limitFromStart
  Trace fromZero, fromStart;
  std::vector<double> nullFromZero, nullFromStart;  // ||(I - P) w_t|| at each kept step
  std::vector<double> rowErrFromStart;              // ||P (w_t - limit)|| at each kept step
};

Expected<MinNormGdReport> minNormGd(const MinNormGdParams& p);

}  // namespace sw::optim
