// The gradient identities of chapter 4, each computed from its formula and
// again by finite differences. Gradients of scalars are row vectors and the
// derivative of a vector function is its Jacobian (rows = outputs).
#pragma once
#include <Eigen/Dense>
#include <vector>

#include "core/expected.hpp"

namespace sw::linalg {

struct GradientInputs {
  Eigen::MatrixXd a;   // n x n
  Eigen::VectorXd x;   // n, also the parameter theta of the least-squares losses
  Eigen::VectorXd c;   // n
  Eigen::MatrixXd X;   // m x n data, one sample per row
  Eigen::VectorXd Y;   // m targets
  double h = 1e-5;     // finite-difference step
  bool central = true; // central (error O(h^2)) or forward (error O(h)) differences
};

// One identity: the formula's value and the finite-difference estimate.
struct GradientCheck {
  Eigen::MatrixXd analytic;
  Eigen::MatrixXd numeric;
  double maxAbsError;
};

struct GradientReport {
  GradientCheck linear;        // d(x^T c)/dx = c^T
  GradientCheck squareNorm;    // d||x||^2/dx = 2 x^T
  GradientCheck matrixVector;  // d(Ax)/dx = A
  GradientCheck quadratic;     // d(x^T A x)/dx = x^T (A + A^T)
  GradientCheck sampleLoss;    // row i: d/dtheta (1/2)(X_i^T theta - Y_i)^2 = (X_i^T theta - Y_i) X_i^T
  GradientCheck totalLoss;     // d/dtheta (1/2)||X theta - Y||^2 = (X theta - Y)^T X
  Eigen::RowVectorXd shortcut; // 2 x^T A, which equals the quadratic gradient when A is symmetric
  double maxAbsError;          // over every identity
};

Expected<GradientReport> checkGradients(const GradientInputs& in);

// The quadratic identity's finite-difference error for each step h (how
// truncation and rounding trade off); one entry per h.
std::vector<double> quadraticErrorByStep(const Eigen::MatrixXd& a, const Eigen::VectorXd& x,
                                         const std::vector<double>& hs, bool central);

}  // namespace sw::linalg
