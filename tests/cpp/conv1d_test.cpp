#include "problems/conv1d.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/rng.hpp"

using namespace sw::problems;

namespace {
Eigen::VectorXd randomVector(int n, sw::Rng& rng) {
  Eigen::VectorXd v(n);
  for (auto& x : v) x = rng.normal();
  return v;
}
}  // namespace

TEST(Conv1d, DenseMatrixHasShiftedKernelRows) {
  const Conv1d op({1, 2, 3}, 5);
  Eigen::MatrixXd expected(3, 5);
  expected << 1, 2, 3, 0, 0,  //
      0, 1, 2, 3, 0,          //
      0, 0, 1, 2, 3;
  EXPECT_EQ(op.dense(), expected);
  // A x by hand for x = (1, 0, -1, 2, 1).
  const double x[5] = {1, 0, -1, 2, 1};
  double out[3];
  op.apply(x, out);
  EXPECT_DOUBLE_EQ(out[0], 1 - 3);
  EXPECT_DOUBLE_EQ(out[1], 0 - 2 + 6);
  EXPECT_DOUBLE_EQ(out[2], -1 + 4 + 3);
}

TEST(Conv1d, MatrixFreeMatchesDenseAndTheAdjointIdentityHolds) {
  sw::Rng rng(5);
  for (int r : {1, 3, 7}) {
    const int n = 40;
    std::vector<double> k(r);
    for (auto& v : k) v = rng.normal();
    const Conv1d op(k, n);
    const Eigen::MatrixXd a = op.dense();
    const Eigen::VectorXd x = randomVector(n, rng), u = randomVector(op.rows(), rng);
    Eigen::VectorXd ax(op.rows()), atu(n);
    op.apply(x.data(), ax.data());
    op.applyTranspose(u.data(), atu.data());
    EXPECT_LT((ax - a * x).cwiseAbs().maxCoeff(), 1e-13);
    EXPECT_LT((atu - a.transpose() * u).cwiseAbs().maxCoeff(), 1e-13);
    EXPECT_NEAR(ax.dot(u), x.dot(atu), 1e-12);
  }
}

TEST(Conv1d, Huber) {
  EXPECT_DOUBLE_EQ(huber(0.5), 0.125);
  EXPECT_DOUBLE_EQ(huber(-3), 2.5);
  EXPECT_DOUBLE_EQ(huber(1), 0.5);
  EXPECT_DOUBLE_EQ(huberGrad(0.5), 0.5);
  EXPECT_DOUBLE_EQ(huberGrad(-3), -1);
}

TEST(Conv1d, GradientStepIsTheObjectiveGradient) {
  // One GD step moves x by -alpha grad F; compare with central differences of F.
  sw::Rng rng(2);
  HuberGdParams p{{0.5, 1, -0.25}, randomVector(30, rng) * 3, 0.1, 1e-3, 1};
  const HuberGdReport one = huberGd(p, false);
  const int n = 32;
  const Conv1d op(p.k, n);
  auto objective = [&](const Eigen::VectorXd& x) {
    Eigen::VectorXd ax(op.rows());
    op.apply(x.data(), ax.data());
    double s = 0;
    for (int i = 0; i < op.rows(); ++i) s += huber(ax(i) - p.b(i));
    return s + p.lambda / 2 * x.squaredNorm();
  };
  const Eigen::VectorXd x0 = Eigen::VectorXd::Zero(n);
  for (int l = 0; l < n; ++l) {
    Eigen::VectorXd e = Eigen::VectorXd::Zero(n);
    e(l) = 1e-6;
    const double g = (objective(x0 + e) - objective(x0 - e)) / 2e-6;
    EXPECT_NEAR(one.x(l), -p.alpha * g, 1e-9) << l;
  }
  EXPECT_NEAR(one.loss[0], objective(x0), 1e-12);
  EXPECT_NEAR(one.loss[1], objective(one.x), 1e-12);
}

TEST(Conv1d, DenseAndMatrixFreeReachTheSameX) {
  const SyntheticSignal s = blurredBlocks({0.25, 0.5, 0.25}, 300, 0.05, 0.05, 9);
  HuberGdParams p{{0.25, 0.5, 0.25}, s.observation, 0.01, 0.5, 200};
  const HuberGdReport a = huberGd(p, false), b = huberGd(p, true);
  EXPECT_LT((a.x - b.x).cwiseAbs().maxCoeff(), 1e-12);
  // A stable step decreases the objective every iteration (alpha < 2 / L).
  for (std::size_t t = 1; t < a.loss.size(); ++t) EXPECT_LE(a.loss[t], a.loss[t - 1] + 1e-12);
  const OperatorComparison c = compareOperators({0.25, 0.5, 0.25}, 500, 20, 0.01, 0.5, 1);
  EXPECT_TRUE(c.dense);
  EXPECT_LT(c.maxDifference, 1e-12);
  EXPECT_DOUBLE_EQ(c.bytesDense, 8.0 * 498 * 500);
  EXPECT_FALSE(compareOperators({1, 1}, kMaxDenseN + 1, 2, 0, 0.1, 1).dense);
}

TEST(Conv1d, DivergenceStopsBeforeOverflow) {
  HuberGdParams p{{1, 1, 1}, Eigen::VectorXd::Ones(50), 1, 100, 1000};
  const HuberGdReport r = huberGd(p, false);
  EXPECT_GT(r.divergedAt, 0);
  EXPECT_TRUE(r.x.allFinite());
}

TEST(Conv1d, SquaredLossIsPlainLeastSquaresGd) {
  // With the squared loss, GD on 1/2 ||Ax - b||^2 + lambda/2 ||x||^2 is linear:
  // x_{t+1} = x_t - alpha ((A^T A + lambda I) x_t - A^T b); compare with Eigen.
  sw::Rng rng(4);
  HuberGdParams p{{0.5, -1, 2}, randomVector(20, rng) * 5, 0.2, 0.05, 40};
  p.huber = false;
  const Eigen::MatrixXd a = Conv1d(p.k, 22).dense();
  Eigen::VectorXd x = Eigen::VectorXd::Zero(22);
  for (int t = 0; t < 40; ++t) x -= p.alpha * ((a.transpose() * a + p.lambda * Eigen::MatrixXd::Identity(22, 22)) * x - a.transpose() * p.b);
  EXPECT_LT((huberGd(p, false).x - x).cwiseAbs().maxCoeff(), 1e-12);
  EXPECT_NEAR(huberGd(p, false).loss.back(), 0.5 * (a * x - p.b).squaredNorm() + 0.1 * x.squaredNorm(), 1e-10);
}
