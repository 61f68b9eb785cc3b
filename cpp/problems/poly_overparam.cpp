#include "problems/poly_overparam.hpp"

#include <algorithm>
#include <cmath>

#include "core/check.hpp"
#include "core/rng.hpp"
#include "linalg/least_squares.hpp"

namespace sw::problems {

namespace {
constexpr int kGridPoints = 401;
constexpr double kPi = 3.14159265358979323846;

// A triangular factor with a (relatively) zero pivot: the features are
// numerically dependent (coinciding inputs), and only the SVD answers.
bool singular(const Eigen::MatrixXd& r, int k) {
  const Eigen::VectorXd d = r.topLeftCorner(k, k).diagonal().cwiseAbs();
  return d.minCoeff() <= 1e-13 * d.maxCoeff();
}

Eigen::VectorXd svdAnswer(const Eigen::MatrixXd& f, const Eigen::VectorXd& t) {
  return linalg::minNormSolve(linalg::thinSvd(f), t);
}

// Least squares with the first k columns (k <= n): R_k w = (Q^T t)_k.
Eigen::VectorXd leastSquaresFromNestedQr(const Eigen::HouseholderQR<Eigen::MatrixXd>& qr, const Eigen::VectorXd& qtT,
                                         int k, const Eigen::MatrixXd& f, const Eigen::VectorXd& t) {
  const Eigen::MatrixXd& r = qr.matrixQR();
  if (singular(r, k)) return svdAnswer(f, t);
  return r.topLeftCorner(k, k).triangularView<Eigen::Upper>().solve(qtT.head(k));
}

// The min-norm solution of a wide F w = t (independent rows): with F^T = Q R,
// w = Q [R^{-T} t; 0], which lies in the row space and fits exactly.
Eigen::VectorXd minNormByQr(const Eigen::MatrixXd& f, const Eigen::VectorXd& t) {
  const int n = static_cast<int>(f.rows());
  const Eigen::HouseholderQR<Eigen::MatrixXd> qr(f.transpose());
  const Eigen::MatrixXd& r = qr.matrixQR();
  if (singular(r, n)) return svdAnswer(f, t);
  Eigen::VectorXd z = Eigen::VectorXd::Zero(f.cols());
  z.head(n) = r.topLeftCorner(n, n).triangularView<Eigen::Upper>().transpose().solve(t);
  return qr.householderQ() * z;
}
}  // namespace

Eigen::MatrixXd polyFeatures(const Eigen::VectorXd& x, int degree, PolyBasis basis) {
  // Three-term recurrences: P_{k+1} = ((2k+1) x P_k - k P_{k-1}) / (k+1),
  // T_{k+1} = 2 x T_k - T_{k-1}; both start from 1 and x.
  Eigen::MatrixXd f(x.size(), degree + 1);
  f.col(0).setOnes();
  if (degree >= 1) f.col(1) = x;
  for (int k = 1; k < degree; ++k) {
    if (basis == PolyBasis::Legendre)
      f.col(k + 1) = ((2 * k + 1) * x.cwiseProduct(f.col(k)) - k * f.col(k - 1)) / (k + 1);
    else
      f.col(k + 1) = 2 * x.cwiseProduct(f.col(k)) - f.col(k - 1);
  }
  if (basis == PolyBasis::Legendre)
    for (int k = 0; k <= degree; ++k) f.col(k) *= std::sqrt(2.0 * k + 1);
  return f;
}

double polyTarget(PolyTarget target, double x) {
  switch (target) {
    case PolyTarget::Sine: return std::sin(kPi * x);
    case PolyTarget::Runge: return 1 / (1 + 25 * x * x);
    case PolyTarget::Cubic: return x * x * x - 0.5 * x;
  }
  return 0;
}

Expected<PolyReport> polyOverparam(const PolyParams& p) {
  if (auto e = check::first(check::inRange("points", p.points, 2, 200),
                            check::inRange("noise", p.noise, 0, 10),
                            check::inRange("max_degree", p.maxDegree, 1, 200),
                            check::inRange("degree", p.degree, 1, p.maxDegree)))
    return *e;
  PolyReport r;
  Rng rng(p.seed);
  std::vector<double> xs(p.points);
  for (double& v : xs) v = rng.uniform(-1, 1);
  std::sort(xs.begin(), xs.end());
  r.xTrain = Eigen::Map<Eigen::VectorXd>(xs.data(), p.points);
  r.tTrain.resize(p.points);
  for (int i = 0; i < p.points; ++i) r.tTrain(i) = polyTarget(p.target, xs[i]) + p.noise * rng.normal();
  r.xGrid = Eigen::VectorXd::LinSpaced(kGridPoints, -1, 1);
  r.truth = r.xGrid.unaryExpr([&](double x) { return polyTarget(p.target, x); });

  const Eigen::MatrixXd trainAll = polyFeatures(r.xTrain, p.maxDegree, p.basis);
  const Eigen::MatrixXd gridAll = polyFeatures(r.xGrid, p.maxDegree, p.basis);
  // Up to n columns one QR of all the features serves every degree: the QR of
  // the first k columns is the leading k x k block of the full one.
  const Eigen::HouseholderQR<Eigen::MatrixXd> nested(trainAll);
  const Eigen::VectorXd qtT = nested.householderQ().transpose() * r.tTrain;
  double best = INFINITY;
  for (int deg = 1; deg <= p.maxDegree; ++deg) {
    const auto f = trainAll.leftCols(deg + 1);
    const Eigen::VectorXd w = deg + 1 <= p.points ? leastSquaresFromNestedQr(nested, qtT, deg + 1, f, r.tTrain)
                                                  : minNormByQr(f, r.tTrain);
    const Eigen::VectorXd onGrid = gridAll.leftCols(deg + 1) * w;
    const double test = (onGrid - r.truth).squaredNorm() / kGridPoints;
    r.degrees.push_back(deg);
    r.trainError.push_back((f * w - r.tTrain).squaredNorm() / p.points);
    r.testError.push_back(test);
    r.coefNorm.push_back(w.norm());
    if (test < best) best = test, r.bestDegree = deg;
    if (deg == p.degree) r.coef = w, r.fit = onGrid;
  }
  return r;
}

}  // namespace sw::problems
