// Ridge regression, argmin ||Xw - y||^2 + lambda ||w||^2, computed five
// independent ways (chapter 5), with its SVD filter, its path over lambda and
// its kernel / Gaussian-conditioning forms.
#pragma once
#include <Eigen/Dense>
#include <optional>
#include <vector>

#include "core/expected.hpp"
#include "linalg/least_squares.hpp"

namespace sw::linalg {

struct RidgeViews {
  Eigen::VectorXd normal;        // (X^T X + lambda I)^{-1} X^T y, Cholesky
  Eigen::VectorXd svd;           // V diag(sigma / (sigma^2 + lambda)) U^T y
  Eigen::VectorXd map;           // posterior mean under W ~ N(0, I), noise variance lambda
  Eigen::VectorXd fakeData;      // least squares on [X; sqrt(lambda) I], [y; 0] (pseudo-inverse of the tall matrix)
  Eigen::VectorXd fakeFeatures;  // first d entries of the min-norm fit of [X, sqrt(lambda) I] (pseudo-inverse of the wide matrix)
  double maxDisagreement;        // max over pairs of max|w_i - w_j|, relative to max|w_svd|
};

// Errors name "lambda" when lambda is not positive or the solves break down.
Expected<RidgeViews> ridgeFiveViews(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda);

// sigma_i / (sigma_i^2 + lambda) for each singular value (0 beyond the rank,
// so lambda = 0 gives the pseudo-inverse).
Eigen::VectorXd ridgeFilter(const Svd& s, double lambda);
Eigen::VectorXd ridgeBySvd(const Svd& s, const Eigen::VectorXd& y, double lambda);

// Column j is the ridge solution for lambdas[j] (through the SVD, so cheap and
// stable at every lambda).
Eigen::MatrixXd ridgePath(const Svd& s, const Eigen::VectorXd& y, const std::vector<double>& lambdas);

// The two closed forms and the conditional mean E[W | Y = y] for
// W ~ N(0, I), Y = X W + sqrt(lambda) N, found from the joint precision matrix.
// Empty when lambda > 0 is too small for the scale of X to solve reliably.
std::optional<Eigen::VectorXd> ridgePrimal(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda);
std::optional<Eigen::VectorXd> ridgeDual(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda);
std::optional<Eigen::VectorXd> gaussianConditionalMean(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda);

// max over pairs of max|a - b|, relative to max|ref| (absolute when ref = 0).
double maxRelativeGap(const std::vector<const Eigen::VectorXd*>& ws, const Eigen::VectorXd& ref);

}  // namespace sw::linalg
