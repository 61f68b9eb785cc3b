// Least squares, minimum norm and the pseudo-inverse, all through one SVD
// (JacobiSVD, the one SVD used across the engine). Shared by the chapters on
// least squares, ridge and implicit bias.
#pragma once
#include <Eigen/Dense>
#include <optional>

namespace sw::linalg {

struct Svd {
  Eigen::MatrixXd u;      // m x k, k = min(m, n)
  Eigen::VectorXd sigma;  // k singular values, descending
  Eigen::MatrixXd v;      // n x k
  int rank;               // singular values above rankTolerance(), the rest count as zero
  double tolerance;       // that threshold
};

// Thin SVD with a numerical rank: sigma_i counts when it exceeds
// max(m, n) * machine epsilon * sigma_max (the usual pinv cutoff).
Svd thinSvd(const Eigen::MatrixXd& x);

// V diag(1/sigma_i on the rank) U^T: the Moore-Penrose pseudo-inverse.
Eigen::MatrixXd pseudoInverse(const Svd& s);
inline Eigen::MatrixXd pseudoInverse(const Eigen::MatrixXd& x) { return pseudoInverse(thinSvd(x)); }

// The minimum-norm least-squares solution X^+ y: the OLS answer for a tall X
// of full column rank, the min-norm exact fit for a wide X of full row rank.
Eigen::VectorXd minNormSolve(const Svd& s, const Eigen::VectorXd& y);

// The textbook formulas without the SVD: (X^T X)^{-1} X^T y when X has full
// column rank (m >= n), X^T (X X^T)^{-1} y when it has full row rank (m < n),
// by a Cholesky solve of the Gram matrix. Empty when that Gram matrix is
// numerically singular (the SVD still answers).
std::optional<Eigen::VectorXd> gramSolve(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, int rank);

// Solves A x = b for a symmetric positive definite A by Cholesky. One
// non-template entry point keeps a single instantiation in the WASM module.
// Empty when A is not numerically positive definite.
std::optional<Eigen::VectorXd> solveSpd(const Eigen::MatrixXd& a, const Eigen::VectorXd& b);
// The same for several right-hand sides (one factorization, column by column).
std::optional<Eigen::MatrixXd> solveSpdColumns(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b);

// How far a square matrix P is from being an orthogonal projection, and from I.
struct ProjectionCheck {
  double identityError;    // max |P - I|
  double idempotenceError; // max |P P - P|
  double symmetryError;    // max |P - P^T|
  double trace;            // = rank of the projection
};
ProjectionCheck checkProjection(const Eigen::MatrixXd& p);

}  // namespace sw::linalg
