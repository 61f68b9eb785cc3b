#include "optim/implicit_bias.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/rng.hpp"
#include "linalg/synthetic.hpp"

using sw::optim::compareOptimizers;
using sw::optim::ImplicitBiasParams;
using sw::optim::Method;

namespace {
ImplicitBiasParams twoD(double eta = 0.05, long steps = 5000) {
  ImplicitBiasParams p;
  p.x = Eigen::RowVector2d(2, 1);
  p.t = Eigen::VectorXd::Constant(1, 2);
  p.settings.eta = eta;
  p.settings.steps = steps;
  return p;
}
const sw::optim::OptimizerOutcome& run(const sw::optim::ImplicitBiasReport& r, Method m) {
  return r.runs[static_cast<int>(m)];
}
}  // namespace

TEST(ImplicitBias, RowSpaceMethodsFindTheMinNormPointIn2D) {
  auto r = compareOptimizers(twoD());
  ASSERT_TRUE(r.ok());
  for (Method m : {Method::Gd, Method::Sgd, Method::Minibatch}) {
    EXPECT_NEAR(run(*r, m).w(0), 0.8, 1e-12);
    EXPECT_NEAR(run(*r, m).w(1), 0.4, 1e-12);
  }
}

TEST(ImplicitBias, AdaGradLandsOnTheDiagonalIn2D) {
  // The gradient is always c (2, 1), so AdaGrad's accumulators are G = C (4, 1)
  // and both coordinates move by eta c / sqrt(C) (up to eps): the path runs
  // along (1, 1) and meets 2 w1 + w2 = 2 at (2/3, 2/3), norm 0.943 > 0.894.
  auto r = compareOptimizers(twoD());
  ASSERT_TRUE(r.ok());
  const auto& a = run(*r, Method::AdaGrad);
  EXPECT_NEAR(a.w(0), 2.0 / 3, 1e-6);
  EXPECT_NEAR(a.w(1), 2.0 / 3, 1e-6);
  EXPECT_LT(a.loss, 1e-20);
  EXPECT_NEAR(a.w.norm(), std::sqrt(8.0) / 3, 1e-6);
  EXPECT_GT(a.w.norm(), r->facts.minNorm.norm() + 0.04);
  // RMSProp and Adam rescale the same way, so they too stay on the diagonal.
  for (Method m : {Method::RmsProp, Method::Adam}) {
    const auto& o = run(*r, m);
    for (std::size_t k = 0; k < o.trace.step.size(); ++k) EXPECT_NEAR(o.trace.w[0][k], o.trace.w[1][k], 1e-6);
  }
}

TEST(ImplicitBias, StochasticMethodsKeepTheMinNormSolutionInHigherDimensions) {
  sw::Rng rng(11);
  ImplicitBiasParams p;
  p.x = sw::linalg::gaussianMatrix(4, 10, rng);
  p.t = sw::linalg::gaussianMatrix(4, 1, rng);
  p.settings.eta = 0.01;
  p.settings.steps = 40000;
  p.settings.batch = 2;
  auto r = compareOptimizers(p);
  ASSERT_TRUE(r.ok());
  const Eigen::VectorXd formula = p.x.transpose() * (p.x * p.x.transpose()).ldlt().solve(p.t);
  for (Method m : {Method::Gd, Method::Sgd, Method::Minibatch}) {
    EXPECT_LT((run(*r, m).w - formula).norm(), 1e-8) << static_cast<int>(m);
    EXPECT_LT(run(*r, m).rowSpaceGap, 1e-10);
  }
  // AdaGrad still fits the data but leaves the row space, so it is longer.
  const auto& a = run(*r, Method::AdaGrad);
  EXPECT_LT(a.loss, 1e-12);
  EXPECT_GT(a.rowSpaceGap, 1e-3);
  EXPECT_NEAR(a.w.squaredNorm(), formula.squaredNorm() + a.rowSpaceGap * a.rowSpaceGap, 1e-6);
}

TEST(ImplicitBias, SgdDrawsRowsFromTheSeed) {
  sw::Rng rng(5);
  ImplicitBiasParams p;
  p.x = sw::linalg::gaussianMatrix(3, 6, rng);
  p.t = sw::linalg::gaussianMatrix(3, 1, rng);
  p.settings.steps = 7;
  auto a = compareOptimizers(p), b = compareOptimizers(p);
  p.settings.seed = 2;
  auto c = compareOptimizers(p);
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_EQ(run(*a, Method::Sgd).w, run(*b, Method::Sgd).w);
  EXPECT_NE(run(*a, Method::Sgd).w, run(*c, Method::Sgd).w);
}

TEST(ImplicitBias, DivergenceIsReportedNotPropagated) {
  auto r = compareOptimizers(twoD(1.0, 200));  // GD: eta_max = 0.2
  ASSERT_TRUE(r.ok());
  EXPECT_GT(run(*r, Method::Gd).trace.divergedAt, 0);
  for (const auto& o : r->runs) EXPECT_TRUE(o.w.allFinite());
}

TEST(ImplicitBias, RejectsBadInput) {
  auto p = twoD();
  p.t = Eigen::Vector2d(1, 1);
  EXPECT_EQ(compareOptimizers(p).error().param, "t");
  p = twoD();
  p.x.setZero();
  EXPECT_EQ(compareOptimizers(p).error().param, "X");
  EXPECT_EQ(compareOptimizers(twoD(0)).error().param, "eta");
}
