#include "linalg/gradient_identities.hpp"

#include <gtest/gtest.h>

using namespace sw::linalg;

namespace {
GradientInputs sample() {
  GradientInputs in;
  in.a.resize(2, 2);
  in.a << 1, 2, 0, 3;
  in.x = Eigen::Vector2d(1, -1);
  in.c = Eigen::Vector2d(4, 5);
  in.X.resize(3, 2);
  in.X << 1, 0, 0, 1, 1, 1;
  in.Y = Eigen::Vector3d(1, 2, 3);
  return in;
}
}  // namespace

TEST(GradientIdentities, FormulasMatchHandComputedValues) {
  auto r = checkGradients(sample());
  ASSERT_TRUE(r.ok());
  // x^T (A + A^T) with A + A^T = [2 2; 2 6] and x = (1, -1): (0, -4).
  EXPECT_DOUBLE_EQ(r->quadratic.analytic(0, 0), 0);
  EXPECT_DOUBLE_EQ(r->quadratic.analytic(0, 1), -4);
  // 2 x^T A = 2 (1, -1) [1 2; 0 3] = (2, -2): not the gradient, A is not symmetric.
  EXPECT_DOUBLE_EQ(r->shortcut(0), 2);
  EXPECT_DOUBLE_EQ(r->shortcut(1), -2);
  // Residuals X x - Y = (0, -3, -3); total gradient r^T X = (-3, -6).
  EXPECT_DOUBLE_EQ(r->totalLoss.analytic(0, 0), -3);
  EXPECT_DOUBLE_EQ(r->totalLoss.analytic(0, 1), -6);
  // The per-sample gradients add up to the total.
  EXPECT_LT((r->sampleLoss.analytic.colwise().sum() - r->totalLoss.analytic).cwiseAbs().maxCoeff(), 1e-15);
  EXPECT_EQ(r->linear.analytic, sample().c.transpose());
  EXPECT_EQ(r->matrixVector.analytic, sample().a);
}

TEST(GradientIdentities, CentralDifferencesAreExactOnQuadraticsUpToRounding) {
  auto r = checkGradients(sample());
  ASSERT_TRUE(r.ok());
  EXPECT_LT(r->maxAbsError, 1e-9);
  EXPECT_GT(r->maxAbsError, 0);  // rounding is visible at h = 1e-5
}

TEST(GradientIdentities, ForwardDifferenceErrorIsHTimesTheCurvature) {
  // f(x + h e_j) - f(x) = h g_j + h^2 A_jj for f = x^T A x, so the forward
  // estimate overshoots by exactly h A_jj.
  auto in = sample();
  in.central = false;
  in.h = 1e-3;
  auto r = checkGradients(in);
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(r->quadratic.numeric(0, 0) - r->quadratic.analytic(0, 0), 1e-3 * 1, 1e-9);
  EXPECT_NEAR(r->quadratic.numeric(0, 1) - r->quadratic.analytic(0, 1), 1e-3 * 3, 1e-9);
  const auto errs = quadraticErrorByStep(in.a, in.x, {1e-2, 1e-3}, false);
  EXPECT_NEAR(errs[0], 3e-2, 1e-9);
  EXPECT_NEAR(errs[1], 3e-3, 1e-9);
}

TEST(GradientIdentities, SymmetricShortcut) {
  auto in = sample();
  in.a = 0.5 * (in.a + in.a.transpose()).eval();
  auto r = checkGradients(in);
  ASSERT_TRUE(r.ok());
  EXPECT_LT((r->shortcut - r->quadratic.analytic).cwiseAbs().maxCoeff(), 1e-15);
}

TEST(GradientIdentities, RejectsMismatchedShapes) {
  auto in = sample();
  in.c = Eigen::Vector3d(1, 2, 3);
  auto r = checkGradients(in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().param, "c");
  in = sample();
  in.Y = Eigen::Vector2d(1, 2);
  EXPECT_EQ(checkGradients(in).error().param, "Y");
  in = sample();
  in.a = Eigen::MatrixXd::Identity(3, 3);
  EXPECT_EQ(checkGradients(in).error().param, "A");
}
