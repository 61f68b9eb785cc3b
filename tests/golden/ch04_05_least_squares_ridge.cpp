// Chapters 4 and 5 golden cases: SVD least squares, the ridge filter, and the
// seeded instance-noise Monte Carlo (which exercises the RNG and libm too).
#include <vector>

#include "golden.hpp"
#include "linalg/least_squares.hpp"
#include "linalg/ridge.hpp"
#include "optim/instance_noise.hpp"

using golden::Case;
using golden::Json;

namespace {
std::vector<std::vector<double>> rowsOf(const Eigen::MatrixXd& m) {
  std::vector<std::vector<double>> out(m.rows(), std::vector<double>(m.cols()));
  for (long i = 0; i < m.rows(); ++i)
    for (long j = 0; j < m.cols(); ++j) out[i][j] = m(i, j);
  return out;
}
std::vector<double> listOf(const Eigen::VectorXd& v) { return {v.data(), v.data() + v.size()}; }
}  // namespace

GOLDEN_CASES([] {
  std::vector<Case> out;
  const std::vector<std::pair<Eigen::MatrixXd, Eigen::VectorXd>> problems = {
      {(Eigen::MatrixXd(4, 2) << 1, 0, 1, 1, 1, 2, 1, 3).finished(), Eigen::Vector4d(1, 2, 2, 4)},
      {(Eigen::MatrixXd(2, 3) << 1, 0, 1, 0, 1, 1).finished(), Eigen::Vector2d(1, 2)},
      {(Eigen::MatrixXd(3, 2) << 1, 2, 2, 4, 3, 6).finished(), Eigen::Vector3d(1, 2, 2)}};
  for (const auto& [x, y] : problems) {
    const sw::linalg::Svd s = sw::linalg::thinSvd(x);
    Json params;
    params.str("source", "grid").rows("X", rowsOf(x)).list("y", listOf(y));
    Json expect;
    expect.list("w", listOf(sw::linalg::minNormSolve(s, y))).list("singular_values", listOf(s.sigma)).num("rank", s.rank);
    out.push_back({"svdLeastSquares", params, expect});
    for (double lambda : {0.01, 1.0}) {
      Json rp;
      rp.str("source", "grid").rows("X", rowsOf(x)).list("y", listOf(y)).num("lambda", lambda);
      Json re;
      re.list("filter", listOf(sw::linalg::ridgeFilter(s, lambda))).list("limit_zero", listOf(sw::linalg::minNormSolve(s, y)));
      out.push_back({"ridgeViews", rp, re});
    }
  }
  return out;
});

GOLDEN_CASES([] {
  std::vector<Case> out;
  for (double eta : {0.1, 0.5}) {
    sw::optim::ScalarNoiseParams p;
    p.x = 1.5, p.y = 2, p.sigma2 = 0.75, p.eta = eta, p.steps = 40;
    const auto t = sw::optim::scalarNoiseTheory(p);
    const auto s = sw::optim::scalarNoiseRuns(p, 3, 10, 200);
    Json params;
    params.num("x", p.x).num("y", p.y).num("sigma2", p.sigma2).num("eta", eta).num("steps", p.steps);
    Json theory;
    theory.num("eta_max", t->etaMax).num("limit", t->limit).list("expected", t->mean).list("expected_sd", t->sd);
    out.push_back({"instanceNoiseTheory", params, theory});
    Json runs = params;
    runs.num("seed", 3).num("first", 10).num("count", 200);
    Json sums;
    sums.list("sum", s.sum).list("sum_sq", s.sumSq).num("valid_steps", s.validSteps);
    out.push_back({"instanceNoiseRuns", runs, sums});
  }
  sw::optim::VectorNoiseParams v;
  v.x = (Eigen::MatrixXd(3, 2) << 1, 0, 0, 1, 1, 1).finished();
  v.y = Eigen::Vector3d(1, 2, 2);
  v.sigma2 = 0.5, v.eta = 0.2, v.steps = 30;
  const auto s = sw::optim::vectorNoiseRuns(v, 4, 0, 100);
  Json params;
  params.rows("X", rowsOf(v.x)).list("targets", listOf(v.y)).num("sigma2", v.sigma2).num("eta", v.eta).num("steps", v.steps)
      .num("seed", 4).num("first", 0).num("count", 100);
  Json expect;
  expect.rows("sum", rowsOf(s.sum)).num("valid_steps", s.validSteps);
  out.push_back({"instanceNoiseVectorRuns", params, expect});
  return out;
});
