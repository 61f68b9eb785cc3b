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
  ImplicitBiasReport r;
  r.svd = linalg::thinSvd(p.x);
  r.minNorm = linalg::minNormSolve(r.svd, p.t);
  if (r.svd.rank == 0)
    return Error{"X", "X is all zeros, so every w fits equally badly: give X a nonzero entry"};
  r.residualLoss = meanSquaredError(p.x, p.t, r.minNorm);
  r.etaMax = n / (r.svd.sigma(0) * r.svd.sigma(0));
  const Eigen::MatrixXd v = r.svd.v.leftCols(r.svd.rank);
  const Eigen::VectorXd zero = Eigen::VectorXd::Zero(p.x.cols());
  for (Method m : {Method::Gd, Method::Sgd, Method::Minibatch, Method::AdaGrad, Method::RmsProp, Method::Adam}) {
    OptimizerOutcome o{m, runLeastSquares(m, p.x, p.t, zero, r.minNorm, s), {}, 0, 0, 0};
    o.w.resize(p.x.cols());
    for (int i = 0; i < o.w.size(); ++i) o.w(i) = o.trace.w[i].back();
    o.loss = meanSquaredError(p.x, p.t, o.w);
    o.distance = (o.w - r.minNorm).norm();
    o.rowSpaceGap = (o.w - v * (v.transpose() * o.w)).norm();
    r.runs.push_back(std::move(o));
  }
  return r;
}

}  // namespace sw::optim
