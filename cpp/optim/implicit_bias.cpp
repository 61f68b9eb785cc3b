#include "optim/implicit_bias.hpp"

#include "core/check.hpp"

namespace sw::optim {

Expected<ImplicitBiasReport> compareOptimizers(const ImplicitBiasParams& p) {
  const auto n = static_cast<std::size_t>(p.x.rows());
  const OptimizerSettings& s = p.settings;
  if (auto e = check::first(check::sizeBetween("t", p.t.size(), n, n),
                            check::aboveAndAtMost("eta", s.eta, 0, 1e6),
                            check::inRange("steps", s.steps, 1, 100000),
                            check::inRange("batch", s.batch, 1, 1e6)))
    return *e;
  auto facts = leastSquaresFacts(p.x, p.t);
  if (!facts) return facts.error();
  ImplicitBiasReport r{*facts, {}};
  const Eigen::VectorXd& mn = r.facts.minNorm;
  const Eigen::MatrixXd& v = r.facts.rowBasis;
  const Eigen::VectorXd zero = Eigen::VectorXd::Zero(p.x.cols());
  for (Method m : {Method::Gd, Method::Sgd, Method::Minibatch, Method::AdaGrad, Method::RmsProp, Method::Adam}) {
    OptimizerOutcome o{m, runLeastSquares(m, p.x, p.t, zero, mn, s), {}, 0, 0, 0};
    o.w.resize(p.x.cols());
    for (int i = 0; i < o.w.size(); ++i) o.w(i) = o.trace.w[i].back();
    o.loss = meanSquaredError(p.x, p.t, o.w);
    o.distance = (o.w - mn).norm();
    o.rowSpaceGap = (o.w - v * (v.transpose() * o.w)).norm();
    r.runs.push_back(std::move(o));
  }
  return r;
}

}  // namespace sw::optim
