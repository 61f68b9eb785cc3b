#include "problems/outer_vjp.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace sw::problems;

TEST(OuterVjp, WorkedExample) {
  const Eigen::Vector3d v(1, 2, 3), y(1, 1, 1);
  Eigen::Matrix3d expected;
  expected << 1, 2, 3, 2, 4, 6, 3, 6, 9;
  EXPECT_EQ(outerJacobian(v), expected);
  EXPECT_EQ(outerVjp(v, y), Eigen::Vector3d(6, 12, 18));  // v (v^T y) = 6 v
  EXPECT_EQ(outerVjp(v, y), outerJacobian(v).transpose() * y);
}

TEST(OuterVjp, TimingRunsBothRoutesToTheSameAnswer) {
  sw::Rng rng(1);
  const VjpTiming t = timeOuterVjp(300, 1e-4, rng);
  EXPECT_FALSE(t.outOfMemory);
  EXPECT_GT(t.explicitSeconds, 0);
  EXPECT_GT(t.vjpSeconds, 0);
  EXPECT_GE(t.explicitCalls, 1);
  EXPECT_LT(t.maxAbsDiff, 1e-9);
}

TEST(OuterVjp, PowerLawFitRecoversExponents) {
  std::vector<double> n{10, 100, 1000, 10000}, quad, lin;
  for (double v : n) quad.push_back(3e-9 * v * v), lin.push_back(2e-8 * v);
  const PowerLawFit a = fitPowerLaw(n, quad), b = fitPowerLaw(n, lin);
  EXPECT_NEAR(a.slope, 2, 1e-12);
  EXPECT_NEAR(a.intercept, std::log10(3e-9), 1e-11);
  EXPECT_NEAR(b.slope, 1, 1e-12);
  // Zero times (below the clock's resolution) are left out of the fit.
  quad[0] = 0;
  EXPECT_NEAR(fitPowerLaw(n, quad).slope, 2, 1e-12);
}
