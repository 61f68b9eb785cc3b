// Polynomial regression from under- to over-parameterized (chapter 6): fit
// polynomials of degree 1..maxDegree to n noisy samples of a target on
// [-1, 1]. Up to degree n - 1 the fit is least squares; beyond it there are
// infinitely many interpolants and we take the one with the smallest
// coefficient norm (both through Householder QR, which is what X^+ t comes to
// for full-rank features; the SVD answers when the features are dependent). The features are Legendre or Chebyshev polynomials, whose
// columns stay well conditioned where monomials 1, x, x^2, ... would not.
#pragma once
#include <Eigen/Dense>
#include <cstdint>
#include <vector>

#include "core/expected.hpp"

namespace sw::problems {

enum class PolyBasis { Legendre, Chebyshev };
enum class PolyTarget { Sine, Runge, Cubic };

// n x (degree + 1) features at the points x: Legendre P_k scaled by
// sqrt(2k + 1) (unit mean square on [-1, 1]) or Chebyshev T_k.
Eigen::MatrixXd polyFeatures(const Eigen::VectorXd& x, int degree, PolyBasis basis);

double polyTarget(PolyTarget target, double x);

struct PolyParams {
  int points = 12;       // training samples
  double noise = 0.2;    // standard deviation of the label noise
  int degree = 20;       // the fit to draw
  int maxDegree = 40;    // the sweep goes 1..maxDegree
  std::uint64_t seed = 1;
  PolyBasis basis = PolyBasis::Legendre;
  PolyTarget target = PolyTarget::Sine;
};

struct PolyReport {
  Eigen::VectorXd xTrain, tTrain;             // sorted inputs in [-1, 1], noisy labels
  Eigen::VectorXd xGrid, truth, fit;          // the target and the chosen fit on a fine grid
  Eigen::VectorXd coef;                       // coefficients of the chosen fit
  std::vector<double> degrees, trainError, testError, coefNorm;  // the sweep
  int bestDegree;                             // smallest test error in the sweep
};

// Test error is the mean squared distance to the noiseless target over the
// fine grid; train error is the mean squared residual on the samples.
Expected<PolyReport> polyOverparam(const PolyParams& p);

}  // namespace sw::problems
