// Gradient descent on a full least-squares problem X w ~ y, read along the
// right singular directions of X: the SVD turns it into parallel scalar
// problems, which is why chapter 1's scalar analysis applies.
#pragma once
#include <Eigen/Dense>
#include <vector>

namespace sw::optim {

struct DirectionalErrors {
  Eigen::VectorXd sigma;                  // singular values of X, descending
  std::vector<std::vector<double>> err;   // err[i][t] = |v_i^T (w_t - w*)|
};

// Runs w_{t+1} = w_t - eta * c * X^T (X w_t - y) from w_0 = 0 for `steps`
// steps (c = 2 for ||r||^2, 1 for (1/2)||r||^2). X must have full column rank.
DirectionalErrors gdAlongSingularDirections(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                                            double eta, double gradScale, int steps);

}  // namespace sw::optim
