#include "linalg/min_norm.hpp"

namespace sw::linalg {

MinNormSolution minNormLeastSquares(const Eigen::MatrixXd& x, const Eigen::VectorXd& t) {
  // JacobiSVD (not BDCSVD) because the rest of the engine uses it: one SVD
  // in the module keeps it small, and these matrices are small.
  Eigen::JacobiSVD<Eigen::MatrixXd> svd(x, Eigen::ComputeThinU | Eigen::ComputeThinV);
  MinNormSolution out;
  out.rank = static_cast<int>(svd.rank());
  out.sigma = svd.singularValues();
  out.w = svd.solve(t);  // discards singular values below the threshold: the pseudo-inverse
  out.rowBasis = svd.matrixV().leftCols(out.rank);
  return out;
}

double conditionNumber(const MinNormSolution& s) {
  if (s.rank == 0) return 1;
  return s.sigma(0) / s.sigma(s.rank - 1);
}

}  // namespace sw::linalg
