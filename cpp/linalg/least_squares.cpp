#include "linalg/least_squares.hpp"

#include <algorithm>
#include <limits>

namespace sw::linalg {

Svd thinSvd(const Eigen::MatrixXd& x) {
  Eigen::JacobiSVD<Eigen::MatrixXd> svd(x, Eigen::ComputeThinU | Eigen::ComputeThinV);
  Svd s{svd.matrixU(), svd.singularValues(), svd.matrixV(), 0, 0};
  const double smax = s.sigma.size() ? s.sigma(0) : 0;
  s.tolerance = std::max(x.rows(), x.cols()) * std::numeric_limits<double>::epsilon() * smax;
  for (int i = 0; i < s.sigma.size(); ++i)
    if (s.sigma(i) > s.tolerance) s.rank = i + 1;
  return s;
}

Eigen::MatrixXd pseudoInverse(const Svd& s) {
  const int r = s.rank;
  return s.v.leftCols(r) * s.sigma.head(r).cwiseInverse().asDiagonal() * s.u.leftCols(r).transpose();
}

Eigen::VectorXd minNormSolve(const Svd& s, const Eigen::VectorXd& y) {
  const int r = s.rank;
  const Eigen::VectorXd coords = s.u.leftCols(r).transpose() * y;
  return s.v.leftCols(r) * coords.cwiseQuotient(s.sigma.head(r));
}

std::optional<Eigen::VectorXd> gramSolve(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, int rank) {
  const bool tall = x.rows() >= x.cols();
  if (rank < std::min(x.rows(), x.cols())) return std::nullopt;
  if (tall) return solveSpd(x.transpose() * x, x.transpose() * y);
  auto alpha = solveSpd(x * x.transpose(), y);
  if (!alpha) return std::nullopt;
  return Eigen::VectorXd(x.transpose() * *alpha);
}

std::optional<Eigen::VectorXd> solveSpd(const Eigen::MatrixXd& a, const Eigen::VectorXd& b) {
  auto x = solveSpdColumns(a, b);
  if (!x) return std::nullopt;
  return Eigen::VectorXd(x->col(0));
}

std::optional<Eigen::MatrixXd> solveSpdColumns(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) {
  const Eigen::LLT<Eigen::MatrixXd> llt(a);
  if (llt.info() != Eigen::Success) return std::nullopt;
  Eigen::MatrixXd x(b.rows(), b.cols());
  Eigen::VectorXd col;
  for (int j = 0; j < b.cols(); ++j) {
    col = b.col(j);
    x.col(j) = llt.solve(col);
  }
  if (!x.allFinite()) return std::nullopt;
  return x;
}

ProjectionCheck checkProjection(const Eigen::MatrixXd& p) {
  const Eigen::MatrixXd id = Eigen::MatrixXd::Identity(p.rows(), p.cols());
  return {(p - id).cwiseAbs().maxCoeff(), (p * p - p).cwiseAbs().maxCoeff(),
          (p - p.transpose()).cwiseAbs().maxCoeff(), p.trace()};
}

}  // namespace sw::linalg
