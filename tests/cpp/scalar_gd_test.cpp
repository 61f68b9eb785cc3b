#include "optim/scalar_gd.hpp"

#include <gtest/gtest.h>

#include <cmath>

using sw::optim::itersFromRate;
using sw::optim::scalarGd;
using sw::optim::ScalarGdParams;

namespace {
ScalarGdParams params(std::vector<double> sigma, double eta, double gradScale = 2) {
  ScalarGdParams p;
  p.sigma = std::move(sigma);
  p.eta = eta;
  p.gradScale = gradScale;
  return p;
}
}  // namespace

TEST(ScalarGd, RecurrenceMatchesClosedForm) {
  // w_t = w* (1 - f^t) with f = 1 - 2 eta sigma^2, from w_0 = 0.
  auto r = scalarGd(params({2.0}, 0.05));
  ASSERT_TRUE(r.ok());
  const double f = 1 - 2 * 0.05 * 4, wStar = 0.5;
  for (int t = 0; t <= 20; ++t) EXPECT_NEAR(r->w[0][t], wStar * (1 - std::pow(f, t)), 1e-14) << t;
}

TEST(ScalarGd, StableRangeAndOptimum) {
  auto r = scalarGd(params({3.0, 0.5}, 0.01));
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r->etaMax, 2.0 / (2 * 9));  // the large sigma limits eta
  EXPECT_EQ(r->limitingMode, 0);
  EXPECT_DOUBLE_EQ(r->etaOpt, 1.0 / (9 + 0.25));  // S23-2 Q2 eq. (10)
  EXPECT_NEAR(r->rateOpt, (36.0 - 1) / (36.0 + 1), 1e-15);  // kappa = 36
  EXPECT_EQ(r->slowestMode, 1);  // small eta: the small sigma is slowest
}

TEST(ScalarGd, HalfConventionDoublesTheBound) {
  // f(theta) = theta^2 / 2 is sigma = 1 under the 1/2 convention: diverges for eta > 2.
  auto r = scalarGd(params({1.0}, 1.0, 1));
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r->etaMax, 2.0);
  auto over = scalarGd(params({1.0}, 2.1, 1));
  ASSERT_TRUE(over.ok());
  EXPECT_GT(over->divergedAt, 0);
}

TEST(ScalarGd, SimulatedItersMatchClosedFormForOneMode) {
  for (double eta : {0.01, 0.1, 0.2, 0.3, 0.45}) {
    auto p = params({1.0}, eta);
    p.eps = 1e-4;
    auto r = scalarGd(p);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->itersToEps, r->itersBound) << eta;
    EXPECT_EQ(r->itersBound, static_cast<long>(std::ceil(std::log(1e-4) / std::log(std::abs(1 - 2 * eta)))));
  }
}

TEST(ScalarGd, BoundIsAnUpperBoundForManyModes) {
  auto p = params({2.0, 1.3, 0.7, 0.2}, 0.1);
  p.eps = 1e-3;
  auto r = scalarGd(p);
  ASSERT_TRUE(r.ok());
  EXPECT_GT(r->itersToEps, 0);
  EXPECT_LE(r->itersToEps, r->itersBound);
}

TEST(ScalarGd, MiddleSigmasChangeNothing) {
  auto two = scalarGd(params({2.0, 0.2}, 0.1));
  auto many = scalarGd(params({2.0, 1.5, 0.9, 0.4, 0.2}, 0.1));
  ASSERT_TRUE(two.ok() && many.ok());
  EXPECT_DOUBLE_EQ(two->etaMax, many->etaMax);
  EXPECT_DOUBLE_EQ(two->etaOpt, many->etaOpt);
  EXPECT_DOUBLE_EQ(two->rate, many->rate);
}

TEST(ScalarGd, EtaExactlyAtTheBoundOscillatesForever) {
  auto p = params({1.0}, 1.0);  // f = 1 - 2 = -1
  p.maxIters = 5000;
  auto r = scalarGd(p);
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r->rate, 1.0);
  EXPECT_EQ(r->itersToEps, -1);
  EXPECT_EQ(r->itersBound, -1);
  EXPECT_EQ(r->divergedAt, -1);
  EXPECT_DOUBLE_EQ(r->w[0][1], 2.0);  // overshoots to 2 w*, then back to 0
  EXPECT_DOUBLE_EQ(r->w[0][2], 0.0);
}

TEST(ScalarGd, HugeEtaReportsDivergenceWithoutNaN) {
  auto r = scalarGd(params({1.0, 0.1}, 1e5));
  ASSERT_TRUE(r.ok());
  // |f| = 2e5 - 1: the error passes 1e6 * e_0 at step 2.
  EXPECT_EQ(r->divergedAt, 2);
  EXPECT_EQ(r->itersToEps, -1);
  for (const auto& mode : r->w)
    for (double v : mode) EXPECT_TRUE(std::isfinite(v));
  for (double v : r->relError) EXPECT_TRUE(std::isfinite(v));
}

TEST(ScalarGd, RejectsBadInput) {
  EXPECT_EQ(scalarGd(params({0.0}, 0.1)).error().param, "sigma");
  EXPECT_EQ(scalarGd(params({}, 0.1)).error().param, "sigma");
  EXPECT_EQ(scalarGd(params({1.0}, -0.1)).error().param, "eta");
  EXPECT_EQ(scalarGd(params({1.0}, std::nan(""))).error().param, "eta");
  auto p = params({1.0}, 0.1);
  p.eps = 0;
  EXPECT_EQ(scalarGd(p).error().param, "eps");
  p = params({1.0}, 0.1);
  p.y = 0;
  EXPECT_EQ(scalarGd(p).error().param, "y");
}

TEST(ScalarGd, ItersFromRateEdges) {
  EXPECT_EQ(itersFromRate(0.5, 1.0), 0);
  EXPECT_EQ(itersFromRate(0.0, 1e-3), 1);
  EXPECT_EQ(itersFromRate(1.0, 1e-3), -1);
  EXPECT_EQ(itersFromRate(0.5, 0.25), 2);  // exact power: no off-by-one
  EXPECT_EQ(itersFromRate(0.5, 0.2), 3);
}
