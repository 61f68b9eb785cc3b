#include "optim/instance_noise.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "linalg/ridge.hpp"

using namespace sw::optim;

namespace {
ScalarNoiseParams scalar(double eta, int steps = 200) {
  ScalarNoiseParams p;
  p.x = 1.5;
  p.y = 2;
  p.sigma2 = 0.75;
  p.eta = eta;
  p.steps = steps;
  return p;
}
}  // namespace

TEST(InstanceNoise, ScalarClosedForms) {
  auto t = scalarNoiseTheory(scalar(0.1));
  ASSERT_TRUE(t.ok());
  const double m2 = 1.5 * 1.5 + 0.75;  // 3
  EXPECT_DOUBLE_EQ(t->lambda, 0.75);
  EXPECT_DOUBLE_EQ(t->etaMax, 2 / m2);
  EXPECT_DOUBLE_EQ(t->limit, 1.5 * 2 / m2);
  EXPECT_DOUBLE_EQ(t->noiseless, 2 / 1.5);
  // E[w_t] = limit (1 - (1 - eta m2)^t) from w_0 = 0.
  for (int k = 0; k <= 200; k += 20) EXPECT_NEAR(t->mean[k], t->limit * (1 - std::pow(1 - 0.1 * m2, k)), 1e-14);
  // E[X^4] = x^4 + 6 x^2 s^2 + 3 s^4 = 5.0625 + 10.125 + 1.6875 = 16.875.
  EXPECT_NEAR(t->etaMaxVariance, 2 * m2 / 16.875, 1e-15);
}

TEST(InstanceNoise, MonteCarloMatchesTheMomentRecurrences) {
  const auto p = scalar(0.1, 100);
  auto t = scalarNoiseTheory(p);
  const long runs = 4000;
  const MonteCarloSums s = scalarNoiseRuns(p, 42, 0, runs);
  ASSERT_EQ(s.validSteps, 100);
  for (int k : {10, 50, 100}) {
    const double mean = s.sum[k] / runs, sd = std::sqrt(s.sumSq[k] / runs - mean * mean);
    EXPECT_LT(std::abs(mean - t->mean[k]), 5 * t->sd[k] / std::sqrt(runs)) << k;
    EXPECT_NEAR(sd / t->sd[k], 1, 0.1) << k;
  }
}

TEST(InstanceNoise, ChunksComposeExactly) {
  const auto p = scalar(0.1, 30);
  const MonteCarloSums all = scalarNoiseRuns(p, 9, 0, 50), a = scalarNoiseRuns(p, 9, 0, 17), b = scalarNoiseRuns(p, 9, 17, 33);
  for (int k = 0; k <= 30; ++k) EXPECT_DOUBLE_EQ(all.sum[k], a.sum[k] + b.sum[k]);
}

TEST(InstanceNoise, BeyondTheStableStepTheRunsDivergeAndStop) {
  const auto p = scalar(0.8, 400);  // eta_max = 2/3
  auto t = scalarNoiseTheory(p);
  EXPECT_LT(t->mean.size(), 401u);
  const MonteCarloSums s = scalarNoiseRuns(p, 1, 0, 50);
  EXPECT_LT(s.validSteps, 400);
  for (int k = 0; k <= s.validSteps; ++k) EXPECT_TRUE(std::isfinite(s.sum[k]) && std::isfinite(s.sumSq[k]));
}

TEST(InstanceNoise, RejectsZeroX) {
  auto p = scalar(0.1);
  p.x = 0;
  auto t = scalarNoiseTheory(p);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().param, "x");
}

TEST(InstanceNoise, VectorCaseIsRidgeWithLambdaMSigma2) {
  VectorNoiseParams p;
  p.x.resize(3, 2);
  p.x << 1, 0, 0, 1, 1, 1;
  p.y = Eigen::Vector3d(1, 2, 2);
  p.sigma2 = 0.5;
  p.eta = 0.3;
  p.steps = 300;
  auto t = vectorNoiseTheory(p);
  ASSERT_TRUE(t.ok());
  const Eigen::VectorXd ridge = *sw::linalg::ridgePrimal(p.x, p.y, 3 * 0.5);
  EXPECT_LT((t->ridge - ridge).cwiseAbs().maxCoeff(), 1e-14);
  EXPECT_LT((t->mean.col(300) - ridge).cwiseAbs().maxCoeff(), 1e-10);
  // X^T X / m has eigenvalues 1/3 and 1 (of [2 1; 1 2] / 3): top of the Hessian is 1 + 0.5.
  EXPECT_NEAR(t->etaMax, 2 / 1.5, 1e-14);
  const long runs = 2000;
  const VectorMonteCarloSums s = vectorNoiseRuns(p, 5, 0, runs);
  EXPECT_EQ(s.validSteps, 300);
  EXPECT_LT((s.sum.col(300) / runs - ridge).cwiseAbs().maxCoeff(), 0.03);
}
