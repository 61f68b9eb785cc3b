// Least squares with the smallest norm, through the SVD. The answer exists for
// tall, wide and rank-deficient X alike: it is the pseudo-inverse solution
// X^+ t, the least-squares fit that has no component in the null space of X.
#pragma once
#include <Eigen/Dense>

namespace sw::linalg {

struct MinNormSolution {
  Eigen::VectorXd w;         // X^+ t
  Eigen::VectorXd sigma;     // singular values of X, descending
  Eigen::MatrixXd rowBasis;  // d x rank: orthonormal basis of the row space of X
  int rank;                  // numerical rank (singular values above the SVD's threshold)
};

MinNormSolution minNormLeastSquares(const Eigen::MatrixXd& x, const Eigen::VectorXd& t);

// sigma_max / sigma_min over the nonzero singular values (1 for a zero matrix).
double conditionNumber(const MinNormSolution& s);

}  // namespace sw::linalg
