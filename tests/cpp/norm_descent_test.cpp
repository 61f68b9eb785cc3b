#include "optim/norm_descent.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace sw::optim;

namespace {
NormDescentParams params(Schedule s, double step = 1, long maxIters = 5000) {
  NormDescentParams p;
  p.b = {6, 4.5};
  p.x0 = {0, 0};
  p.schedule = s;
  p.step = step;
  p.tol = 0.01;
  p.maxIters = maxIters;
  return p;
}
}  // namespace

TEST(NormDescent, ConstantStepWalksTheLineThenCycles) {
  auto r = normDescent(params(Schedule::Constant, 1, 40));  // all 40 steps are recorded
  ASSERT_TRUE(r.ok());
  // ||b|| = 7.5: unit steps along b/||b|| leave 7.5 - i for i <= 7, then the
  // iterate alternates between the two points at distance 0.5 either side of b.
  for (int i = 0; i <= 7; ++i) EXPECT_NEAR(r->distance[i], 7.5 - i, 1e-12) << i;
  for (int i = 8; i <= 40; ++i) EXPECT_NEAR(r->distance[i], 0.5, 1e-12) << i;
  EXPECT_NEAR(r->path[0][8], 6 + 0.4, 1e-12);  // overshoot by 0.5 along (0.8, 0.6)
  EXPECT_NEAR(r->path[1][8], 4.5 + 0.3, 1e-12);
  EXPECT_NEAR(r->path[0][9], 6 - 0.4, 1e-12);
  EXPECT_FALSE(r->reached);
  EXPECT_EQ(r->itersToTol, -1);
  EXPECT_DOUBLE_EQ(constantStepRemainder(7.5, 1), 0.5);
}

TEST(NormDescent, ConstantStepLandsWhenTheDistanceIsAMultiple) {
  auto p = params(Schedule::Constant, 1, 100);
  p.b = {3, 4};  // distance 5: five unit steps land exactly on b
  auto r = normDescent(p);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->reached);
  EXPECT_EQ(r->itersToTol, 5);
}

TEST(NormDescent, HarmonicStepMatchesTheHarmonicSum) {
  auto r = normDescent(params(Schedule::Harmonic));
  ASSERT_TRUE(r.ok());
  // Until it first passes b, the iterate moves straight toward b by 1/(i+1):
  // distance_n = 7.5 - H_n, so it is within 0.01 at the first n with
  // H_n >= 7.49, and passes b at the first n with H_n >= 7.5.
  double h = 0;
  long within = 0, cross = 0;
  std::size_t k = 1;  // index of the next recorded iterate
  for (long n = 1; cross == 0; ++n) {
    h += 1.0 / n;
    if (h >= 7.5) cross = n;
    else if (r->recordedAt[k] == n) EXPECT_NEAR(r->distance[k], 7.5 - h, 1e-9) << n;
    if (r->recordedAt[k] == n) ++k;
    if (within == 0 && h >= 7.49) within = n;
  }
  EXPECT_GT(k, 500u);  // every step up to 500, then a log-spaced subset
  EXPECT_EQ(r->itersToTol, within);
  EXPECT_TRUE(r->reached);
  // ln n ~ H_n - gamma: the estimate e^{7.5 - gamma} is the crossing to 0.1%.
  EXPECT_NEAR(std::exp(harmonicLogSteps(7.5, 1)) / cross, 1, 1e-3);
}

TEST(NormDescent, PolyakLandsInOneStep) {
  auto r = normDescent(params(Schedule::Polyak));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->itersToTol, 1);
  EXPECT_LT(r->finalDistance, 1e-12);
}

TEST(NormDescent, InvSqrtTravelsFarEnough) {
  auto r = normDescent(params(Schedule::InvSqrt));
  ASSERT_TRUE(r.ok());
  // sum_{i<n} 1/sqrt(i+1) >= 7.5 already at n = 17, then steps shrink like
  // 1/sqrt(n): within 0.01 needs steps near 0.01, i.e. n in the thousands.
  EXPECT_TRUE(r->reached);
  EXPECT_GT(r->itersToTol, 17);
  EXPECT_LE(r->finalDistance, 1 / std::sqrt(5000.0));
}

TEST(NormDescent, RejectsMismatchedStart) {
  auto p = params(Schedule::Constant);
  p.x0 = {0, 0, 0};
  auto r = normDescent(p);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().param, "x0");
  p = params(Schedule::Constant, 0);
  EXPECT_EQ(normDescent(p).error().param, "step");
}

TEST(NormDescent, RecordsThePathLength) {
  auto r = normDescent(params(Schedule::InvSqrt, 2, 50));
  ASSERT_TRUE(r.ok());
  double sum = 0;
  for (long i = 0; i <= 50; ++i) {
    EXPECT_EQ(r->recordedAt[i], i);
    EXPECT_NEAR(r->travelled[i], sum, 1e-12);
    sum += 2 / std::sqrt(i + 1.0);
  }
}
