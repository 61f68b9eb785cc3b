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
  double best = INFINITY;
  for (int deg = 1; deg <= p.maxDegree; ++deg) {
    const Eigen::VectorXd w = linalg::minNormSolve(linalg::thinSvd(trainAll.leftCols(deg + 1)), r.tTrain);
    const Eigen::VectorXd onGrid = gridAll.leftCols(deg + 1) * w;
    const double test = (onGrid - r.truth).squaredNorm() / kGridPoints;
    r.degrees.push_back(deg);
    r.trainError.push_back((trainAll.leftCols(deg + 1) * w - r.tTrain).squaredNorm() / p.points);
    r.testError.push_back(test);
    r.coefNorm.push_back(w.norm());
    if (test < best) best = test, r.bestDegree = deg;
    if (deg == p.degree) r.coef = w, r.fit = onGrid;
  }
  return r;
}

}  // namespace sw::problems
