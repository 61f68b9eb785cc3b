#include "optim/min_norm_gd.hpp"

#include <string>

#include "core/check.hpp"
#include "optim/lsq_optimizers.hpp"

namespace sw::optim {

namespace {
Eigen::VectorXd column(const Trace& tr, std::size_t k) {
  Eigen::VectorXd w(tr.w.size());
  for (std::size_t i = 0; i < tr.w.size(); ++i) w(i) = tr.w[i][k];
  return w;
}
}  // namespace

Expected<MinNormGdReport> minNormGd(const MinNormGdParams& p) {
  const auto n = static_cast<std::size_t>(p.x.rows()), d = static_cast<std::size_t>(p.x.cols());
  if (static_cast<std::size_t>(p.w0.size()) != d)
    return Error{"w0", "w0 needs one entry per column of X (" + std::to_string(d) + ")"};
  if (auto e = check::first(check::sizeBetween("t", p.t.size(), n, n),
                            check::aboveAndAtMost("eta", p.eta, 0, 1e6),
                            check::inRange("steps", p.steps, 1, 100000)))
    return *e;

  auto facts = leastSquaresFacts(p.x, p.t);
  if (!facts) return facts.error();
  MinNormGdReport r;
  r.facts = *facts;
  const Eigen::VectorXd& mn = r.facts.minNorm;
  const Eigen::MatrixXd& v = r.facts.rowBasis;
  const auto nullPart = [&](const Eigen::VectorXd& w) -> Eigen::VectorXd { return w - v * (v.transpose() * w); };

  r.limitFromStart = mn + nullPart(p.w0);
  const Eigen::VectorXd g0 = (2.0 / n) * p.x.transpose() * (-p.t);
  r.gradDirection = g0.norm() > 0 ? Eigen::VectorXd(g0 / g0.norm()) : Eigen::VectorXd::Zero(d);
  r.orthogonality = (mn - r.limitFromStart).dot(mn);

  OptimizerSettings s;
  s.eta = p.eta;
  s.steps = p.steps;
  r.fromZero = runLeastSquares(Method::Gd, p.x, p.t, Eigen::VectorXd::Zero(d), mn, s);
  r.fromStart = runLeastSquares(Method::Gd, p.x, p.t, p.w0, r.limitFromStart, s);
  for (std::size_t k = 0; k < r.fromZero.step.size(); ++k)
    r.nullFromZero.push_back(nullPart(column(r.fromZero, k)).norm());
  for (std::size_t k = 0; k < r.fromStart.step.size(); ++k) {
    const Eigen::VectorXd w = column(r.fromStart, k);
    r.nullFromStart.push_back(nullPart(w).norm());
    r.rowErrFromStart.push_back((v.transpose() * (w - r.limitFromStart)).norm());
  }
  return r;
}

}  // namespace sw::optim
