#include "linalg/gradient_identities.hpp"

#include <functional>
#include <string>

#include "core/check.hpp"

namespace sw::linalg {

namespace {

// f: R^n -> R^k. Type-erased so that the seven identities share one copy of
// the difference loop (a template per lambda cost about 9 KB of WASM).
using VectorFn = std::function<Eigen::VectorXd(const Eigen::VectorXd&)>;

// The Jacobian of f at x by finite differences, one column per coordinate.
Eigen::MatrixXd finiteJacobian(const VectorFn& f, const Eigen::VectorXd& x, double h, bool central) {
  const Eigen::VectorXd f0 = f(x);
  Eigen::MatrixXd jac(f0.size(), x.size());
  for (int j = 0; j < x.size(); ++j) {
    Eigen::VectorXd plus = x, minus = x;
    plus(j) += h;
    minus(j) -= h;
    jac.col(j) = central ? Eigen::VectorXd((f(plus) - f(minus)) / (2 * h)) : Eigen::VectorXd((f(plus) - f0) / h);
  }
  return jac;
}

GradientCheck compare(Eigen::MatrixXd analytic, const VectorFn& f, const GradientInputs& in) {
  Eigen::MatrixXd numeric = finiteJacobian(f, in.x, in.h, in.central);
  const double err = (analytic - numeric).cwiseAbs().maxCoeff();
  return {std::move(analytic), std::move(numeric), err};
}

Eigen::VectorXd scalar(double v) { return Eigen::VectorXd::Constant(1, v); }

}  // namespace

Expected<GradientReport> checkGradients(const GradientInputs& in) {
  const long n = in.x.size();
  if (in.a.rows() != n || in.a.cols() != n)
    return Error{"A", "A must be square with one column per entry of x (" + std::to_string(n) + " x " +
                          std::to_string(n) + ")"};
  if (in.c.size() != n) return Error{"c", "c must have as many entries as x (" + std::to_string(n) + ")"};
  if (in.X.cols() != n)
    return Error{"X", "X must have one column per entry of x (" + std::to_string(n) + ")"};
  if (in.Y.size() != in.X.rows())
    return Error{"Y", "Y must have one entry per row of X (" + std::to_string(in.X.rows()) + ")"};
  if (auto e = check::inRange("h", in.h, 1e-14, 1)) return *e;

  const Eigen::MatrixXd& a = in.a;
  const Eigen::MatrixXd& X = in.X;
  const Eigen::VectorXd& Y = in.Y;
  const Eigen::RowVectorXd xt = in.x.transpose();
  GradientReport r;
  r.linear = compare(in.c.transpose(), [&](const Eigen::VectorXd& v) { return scalar(v.dot(in.c)); }, in);
  r.squareNorm = compare(2 * xt, [](const Eigen::VectorXd& v) { return scalar(v.squaredNorm()); }, in);
  r.matrixVector = compare(a, [&](const Eigen::VectorXd& v) { return Eigen::VectorXd(a * v); }, in);
  r.quadratic = compare(xt * (a + a.transpose()), [&](const Eigen::VectorXd& v) { return scalar(v.dot(a * v)); }, in);
  const Eigen::VectorXd resid = X * in.x - Y;
  r.sampleLoss = compare(resid.asDiagonal() * X,
                         [&](const Eigen::VectorXd& v) { return Eigen::VectorXd(0.5 * (X * v - Y).array().square()); }, in);
  r.totalLoss = compare(resid.transpose() * X,
                        [&](const Eigen::VectorXd& v) { return scalar(0.5 * (X * v - Y).squaredNorm()); }, in);
  r.shortcut = 2 * xt * a;
  r.maxAbsError = 0;
  for (const GradientCheck* g : {&r.linear, &r.squareNorm, &r.matrixVector, &r.quadratic, &r.sampleLoss, &r.totalLoss})
    r.maxAbsError = std::max(r.maxAbsError, g->maxAbsError);
  return r;
}

std::vector<double> quadraticErrorByStep(const Eigen::MatrixXd& a, const Eigen::VectorXd& x,
                                         const std::vector<double>& hs, bool central) {
  const Eigen::RowVectorXd exact = x.transpose() * (a + a.transpose());
  std::vector<double> out;
  for (double h : hs) {
    const Eigen::MatrixXd fd = finiteJacobian([&](const Eigen::VectorXd& v) { return scalar(v.dot(a * v)); }, x, h, central);
    out.push_back((fd.row(0) - exact).cwiseAbs().maxCoeff());
  }
  return out;
}

}  // namespace sw::linalg
