#include "problems/poly_overparam.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace sw::problems;

TEST(PolyOverparam, FeaturesMatchTheClosedForms) {
  const Eigen::Vector3d x(-0.7, 0.1, 0.9);
  const Eigen::MatrixXd leg = polyFeatures(x, 3, PolyBasis::Legendre);
  const Eigen::MatrixXd cheb = polyFeatures(x, 5, PolyBasis::Chebyshev);
  for (int i = 0; i < 3; ++i) {
    const double v = x(i);
    EXPECT_NEAR(leg(i, 0), 1, 1e-15);
    EXPECT_NEAR(leg(i, 1), std::sqrt(3.0) * v, 1e-15);
    EXPECT_NEAR(leg(i, 2), std::sqrt(5.0) * (3 * v * v - 1) / 2, 1e-14);
    EXPECT_NEAR(leg(i, 3), std::sqrt(7.0) * (5 * v * v * v - 3 * v) / 2, 1e-14);
    for (int k = 0; k <= 5; ++k) EXPECT_NEAR(cheb(i, k), std::cos(k * std::acos(v)), 1e-13);  // T_k(cos a) = cos ka
  }
}

TEST(PolyOverparam, LeastSquaresBelowAndMinNormAboveInterpolation) {
  PolyParams p;
  p.points = 12;
  p.maxDegree = 30;
  p.degree = 5;
  auto below = polyOverparam(p);
  ASSERT_TRUE(below.ok());
  const Eigen::MatrixXd f5 = polyFeatures(below->xTrain, 5, p.basis);
  const Eigen::VectorXd normal = (f5.transpose() * f5).ldlt().solve(f5.transpose() * below->tTrain);
  EXPECT_LT((below->coef - normal).norm(), 1e-9);

  p.degree = 20;
  auto above = polyOverparam(p);
  ASSERT_TRUE(above.ok());
  const Eigen::MatrixXd f20 = polyFeatures(above->xTrain, 20, p.basis);
  const Eigen::VectorXd rightInverse = f20.transpose() * (f20 * f20.transpose()).ldlt().solve(above->tTrain);
  EXPECT_LT((above->coef - rightInverse).norm(), 1e-8 * rightInverse.norm());
  // From degree n - 1 = 11 on the fit interpolates; below it, train error is positive.
  for (std::size_t i = 0; i < above->degrees.size(); ++i) {
    if (above->degrees[i] >= 11) EXPECT_LT(above->trainError[i], 1e-18) << above->degrees[i];
    else EXPECT_GT(above->trainError[i], 1e-6) << above->degrees[i];
  }
}

TEST(PolyOverparam, NoiselessCubicIsRecoveredUpToInterpolation) {
  PolyParams p;
  p.target = PolyTarget::Cubic;
  p.noise = 0;
  p.points = 10;
  p.maxDegree = 25;
  p.degree = 3;
  auto r = polyOverparam(p);
  ASSERT_TRUE(r.ok());
  EXPECT_LT((r->fit - r->truth).cwiseAbs().maxCoeff(), 1e-12);
  for (std::size_t i = 0; i < r->degrees.size(); ++i) {
    const double deg = r->degrees[i];
    if (deg >= 3 && deg <= 9) EXPECT_LT(r->testError[i], 1e-22) << deg;  // unique fit: the cubic itself
    if (deg > 9) EXPECT_GT(r->testError[i], 1e-8) << deg;  // min-norm spreads weight to high degrees
  }
}

TEST(PolyOverparam, RejectsBadInput) {
  PolyParams p;
  p.degree = 50;
  p.maxDegree = 40;
  EXPECT_EQ(polyOverparam(p).error().param, "degree");
  p = PolyParams();
  p.points = 1;
  EXPECT_EQ(polyOverparam(p).error().param, "points");
}
