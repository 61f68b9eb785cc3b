#include "linalg/ridge.hpp"

#include <cmath>

#include "core/check.hpp"

namespace sw::linalg {

namespace {
Eigen::MatrixXd shifted(Eigen::MatrixXd g, double lambda) {
  g.diagonal().array() += lambda;
  return g;
}
Error tooSmall() {
  return Error{"lambda", "λ is too small for the scale of X: the ridge systems are numerically singular. Raise λ."};
}
}  // namespace

std::optional<Eigen::VectorXd> ridgePrimal(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda) {
  return solveSpd(shifted(x.transpose() * x, lambda), x.transpose() * y);
}

std::optional<Eigen::VectorXd> ridgeDual(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda) {
  auto alpha = solveSpd(shifted(x * x.transpose(), lambda), y);
  if (!alpha) return std::nullopt;
  return Eigen::VectorXd(x.transpose() * *alpha);
}

std::optional<Eigen::VectorXd> gaussianConditionalMean(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                                                       double lambda) {
  // Cov(W) = I, Cov(W, Y) = X^T, Cov(Y) = X X^T + lambda I. With the joint
  // precision P = Cov^{-1}, the density in w at Y = y peaks (and the
  // conditional mean sits) where P_ww w + P_wy y = 0.
  const long d = x.cols(), n = x.rows();
  Eigen::MatrixXd cov(d + n, d + n);
  cov << Eigen::MatrixXd::Identity(d, d), x.transpose(), x, shifted(x * x.transpose(), lambda);
  // Only the first d rows of P are needed: they solve cov P_w^T = [I_d; 0].
  auto rowsW = solveSpdColumns(cov, Eigen::MatrixXd(Eigen::MatrixXd::Identity(d + n, d)));
  if (!rowsW) return std::nullopt;
  const Eigen::MatrixXd pw = rowsW->transpose();
  return solveSpd(pw.leftCols(d), -pw.rightCols(n) * y);
}

Eigen::VectorXd ridgeFilter(const Svd& s, double lambda) {
  Eigen::VectorXd f = Eigen::VectorXd::Zero(s.sigma.size());
  for (int i = 0; i < s.rank; ++i) f(i) = s.sigma(i) / (s.sigma(i) * s.sigma(i) + lambda);
  return f;
}

Eigen::VectorXd ridgeBySvd(const Svd& s, const Eigen::VectorXd& y, double lambda) {
  return s.v * ridgeFilter(s, lambda).cwiseProduct(s.u.transpose() * y);
}

Eigen::MatrixXd ridgePath(const Svd& s, const Eigen::VectorXd& y, const std::vector<double>& lambdas) {
  const Eigen::VectorXd coords = s.u.transpose() * y;
  Eigen::MatrixXd path(s.v.rows(), static_cast<long>(lambdas.size()));
  for (std::size_t j = 0; j < lambdas.size(); ++j) path.col(j) = s.v * ridgeFilter(s, lambdas[j]).cwiseProduct(coords);
  return path;
}

double maxRelativeGap(const std::vector<const Eigen::VectorXd*>& ws, const Eigen::VectorXd& ref) {
  double gap = 0;
  for (std::size_t i = 0; i < ws.size(); ++i)
    for (std::size_t j = i + 1; j < ws.size(); ++j) gap = std::max(gap, (*ws[i] - *ws[j]).cwiseAbs().maxCoeff());
  const double scale = ref.size() ? ref.cwiseAbs().maxCoeff() : 0;
  return scale > 0 ? gap / scale : gap;
}

Expected<RidgeViews> ridgeFiveViews(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double lambda) {
  if (auto e = check::aboveAndAtMost("lambda", lambda, 0, 1e12)) return *e;
  const long n = x.rows(), d = x.cols();
  const double root = std::sqrt(lambda);
  RidgeViews v;
  auto normal = ridgePrimal(x, y, lambda);
  // MAP: the log posterior is -(1/(2 lambda))||Xw - y||^2 - (1/2)||w||^2 + const;
  // its maximizer solves the posterior-precision system.
  auto map = solveSpd(shifted(x.transpose() * x / lambda, 1), x.transpose() * y / lambda);
  if (!normal || !map) return tooSmall();
  v.normal = *normal;
  v.map = *map;
  v.svd = ridgeBySvd(thinSvd(x), y, lambda);

  Eigen::MatrixXd tall(n + d, d);
  tall << x, root * Eigen::MatrixXd::Identity(d, d);
  Eigen::VectorXd yTall = Eigen::VectorXd::Zero(n + d);
  yTall.head(n) = y;
  v.fakeData = minNormSolve(thinSvd(tall), yTall);

  Eigen::MatrixXd wide(n, d + n);
  wide << x, root * Eigen::MatrixXd::Identity(n, n);
  v.fakeFeatures = minNormSolve(thinSvd(wide), y).head(d);

  v.maxDisagreement = maxRelativeGap({&v.normal, &v.svd, &v.map, &v.fakeData, &v.fakeFeatures}, v.svd);
  return v;
}

}  // namespace sw::linalg
