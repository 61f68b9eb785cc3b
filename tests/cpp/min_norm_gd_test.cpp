#include "optim/min_norm_gd.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/rng.hpp"
#include "linalg/synthetic.hpp"

using sw::optim::minNormGd;
using sw::optim::MinNormGdParams;

namespace {
MinNormGdParams twoD(Eigen::Vector2d w0, double eta = 0.05, long steps = 400) {
  MinNormGdParams p;
  p.x = Eigen::RowVector2d(2, 1);
  p.t = Eigen::VectorXd::Constant(1, 2);
  p.w0 = w0;
  p.eta = eta;
  p.steps = steps;
  return p;
}
Eigen::VectorXd last(const sw::optim::Trace& tr) {
  Eigen::VectorXd w(tr.w.size());
  for (std::size_t i = 0; i < tr.w.size(); ++i) w(i) = tr.w[i].back();
  return w;
}
}  // namespace

TEST(MinNormGd, TwoDimensionalExampleFromZero) {
  auto r = minNormGd(twoD({0, 0}));
  ASSERT_TRUE(r.ok());
  // The closest point of the line 2 w1 + w2 = 2 to the origin: x t / ||x||^2.
  EXPECT_NEAR(r->facts.minNorm(0), 0.8, 1e-15);
  EXPECT_NEAR(r->facts.minNorm(1), 0.4, 1e-15);
  EXPECT_NEAR(r->facts.etaMax, 1.0 / 5, 1e-15);  // n / sigma_max^2 with sigma^2 = 5
  // grad L(0) = 2 x (x^T 0 - 2) = -4 (2, 1): unit direction -(2, 1)/sqrt(5).
  EXPECT_NEAR(r->gradDirection(0), -2 / std::sqrt(5.0), 1e-15);
  EXPECT_NEAR(r->gradDirection(1), -1 / std::sqrt(5.0), 1e-15);
  const Eigen::VectorXd w = last(r->fromZero);
  EXPECT_NEAR(w(0), 0.8, 1e-12);
  EXPECT_NEAR(w(1), 0.4, 1e-12);
  // Every iterate stays on the ray through (2, 1): w1 = 2 w2.
  for (std::size_t k = 0; k < r->fromZero.step.size(); ++k)
    EXPECT_NEAR(r->fromZero.w[0][k], 2 * r->fromZero.w[1][k], 1e-14);
  for (double v : r->nullFromZero) EXPECT_NEAR(v, 0, 1e-14);
}

TEST(MinNormGd, OtherStartLandsAtTheFootOfItsPerpendicular) {
  auto r = minNormGd(twoD({1, 2}));
  ASSERT_TRUE(r.ok());
  // (I - P) w0 = (1, 2) - (2, 1) * 4/5 = (-0.6, 1.2); the limit adds it to (0.8, 0.4).
  EXPECT_NEAR(r->limitFromStart(0), 0.2, 1e-14);
  EXPECT_NEAR(r->limitFromStart(1), 1.6, 1e-14);
  const Eigen::VectorXd w = last(r->fromStart);
  EXPECT_NEAR(w(0), 0.2, 1e-12);
  EXPECT_NEAR(w(1), 1.6, 1e-12);
  for (double v : r->nullFromStart) EXPECT_NEAR(v, std::sqrt(1.8), 1e-13);  // never changes
  EXPECT_NEAR(r->rowErrFromStart.back(), 0, 1e-12);
  EXPECT_NEAR(r->orthogonality, 0, 1e-14);
  // Pythagoras: ||limit||^2 = ||w_mn||^2 + ||(I - P) w0||^2.
  EXPECT_NEAR(r->limitFromStart.squaredNorm(), 0.8 + 1.8, 1e-13);
}

TEST(MinNormGd, WideMatchesTheRightInverseFormula) {
  sw::Rng rng(7);
  MinNormGdParams p;
  p.x = sw::linalg::gaussianMatrix(3, 7, rng);
  p.t = sw::linalg::gaussianMatrix(3, 1, rng);
  p.w0 = sw::linalg::gaussianMatrix(7, 1, rng);
  auto pre = minNormGd(p);
  ASSERT_TRUE(pre.ok());
  p.eta = 0.5 * pre->facts.etaMax;
  p.steps = 20000;
  auto r = minNormGd(p);
  ASSERT_TRUE(r.ok());
  // Independent route: X^T (X X^T)^{-1} t by a Cholesky solve.
  const Eigen::VectorXd formula = p.x.transpose() * (p.x * p.x.transpose()).ldlt().solve(p.t);
  EXPECT_LT((r->facts.minNorm - formula).norm(), 1e-12);
  EXPECT_LT((last(r->fromZero) - formula).norm(), 1e-9);
  EXPECT_LT((p.x * last(r->fromStart) - p.t).norm(), 1e-9);
  EXPECT_GT(last(r->fromStart).norm(), formula.norm());  // any other solution is longer
  EXPECT_NEAR(r->orthogonality, 0, 1e-12);
  EXPECT_NEAR(r->facts.residualLoss, 0, 1e-24);
}

TEST(MinNormGd, TallRecoversALinearTargetFromAnyStart) {
  sw::Rng rng(3);
  MinNormGdParams p;
  p.x = sw::linalg::gaussianMatrix(8, 3, rng);
  const Eigen::Vector3d wStar(1, -2, 0.5);
  p.t = p.x * wStar;
  p.w0 = Eigen::Vector3d(5, 5, 5);
  auto pre = minNormGd(p);
  ASSERT_TRUE(pre.ok());
  p.eta = 0.5 * pre->facts.etaMax;
  p.steps = 20000;
  auto r = minNormGd(p);
  ASSERT_TRUE(r.ok());
  EXPECT_LT((last(r->fromZero) - wStar).norm(), 1e-10);
  EXPECT_LT((last(r->fromStart) - wStar).norm(), 1e-10);  // no null space: unique
  EXPECT_EQ(r->facts.svd.rank, 3);
  for (double v : r->nullFromStart) EXPECT_NEAR(v, 0, 1e-12);
}

TEST(MinNormGd, RankDeficientGivesThePseudoInverseAnswer) {
  MinNormGdParams p;
  p.x = (Eigen::MatrixXd(2, 2) << 1, 1, 2, 2).finished();
  p.t = Eigen::Vector2d(1, 0);  // inconsistent: no exact fit
  p.w0 = Eigen::Vector2d(0, 0);
  auto r = minNormGd(p);
  ASSERT_TRUE(r.ok());
  // With a = w1 + w2 the loss is ((a - 1)^2 + 4 a^2) / 2, least at a = 1/5.
  EXPECT_EQ(r->facts.svd.rank, 1);
  EXPECT_NEAR(r->facts.minNorm(0), 0.1, 1e-15);
  EXPECT_NEAR(r->facts.minNorm(1), 0.1, 1e-15);
  EXPECT_NEAR(r->facts.residualLoss, (0.64 + 0.16) / 2, 1e-15);
  EXPECT_TRUE(std::isfinite(r->facts.condition));
}

TEST(MinNormGd, LargeStepDivergesWithoutNaN) {
  auto r = minNormGd(twoD({0, 0}, 0.5));  // eta_max = 0.2: factor |1 - 0.5 * 10| = 4
  ASSERT_TRUE(r.ok());
  EXPECT_GT(r->fromZero.divergedAt, 0);
  for (const auto& coord : r->fromZero.w)
    for (double v : coord) EXPECT_TRUE(std::isfinite(v));
}

TEST(MinNormGd, RejectsBadInput) {
  auto p = twoD({0, 0});
  p.t = Eigen::Vector2d(1, 2);
  EXPECT_EQ(minNormGd(p).error().param, "t");
  p = twoD({0, 0});
  p.w0 = Eigen::Vector3d(0, 0, 0);
  EXPECT_EQ(minNormGd(p).error().param, "w0");
  p = twoD({0, 0});
  p.x.setZero();
  EXPECT_EQ(minNormGd(p).error().param, "X");
  EXPECT_EQ(minNormGd(twoD({0, 0}, -1)).error().param, "eta");
}
