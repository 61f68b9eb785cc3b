#include "nn/residual_mlp.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/rng.hpp"
#include "linalg/synthetic.hpp"

using namespace sw::nn;

namespace {
Eigen::VectorXd vec(std::initializer_list<double> v) {
  Eigen::VectorXd out(v.size());
  int i = 0;
  for (double x : v) out(i++) = x;
  return out;
}
}  // namespace

TEST(ResidualMlp, ScalarNetworkMatchesTheHandDerivation) {
  // N = K = 1: dL/dx = (y - s)(1 + w2 sigma'(z) w1) + r sigma'(z) w1.
  const double w1 = 0.7, b1 = -0.2, w2 = 1.5, b2 = 0.1, x = 0.4, s = 2, r = 0.3;
  ResidualNet net{Eigen::MatrixXd::Constant(1, 1, w1), vec({b1}), Eigen::MatrixXd::Constant(1, 1, w2), vec({b2})};
  auto p = residualBackprop(net, {vec({x}), vec({s}), vec({r})});
  ASSERT_TRUE(p.ok());
  const double z = w1 * x + b1, h = 1 / (1 + std::exp(-z)), dh = h * (1 - h), y = x + w2 * h + b2;
  EXPECT_NEAR(p->loss, 0.5 * (y - s) * (y - s) + r * h, 1e-15);
  EXPECT_NEAR(p->gradX(0), (y - s) * (1 + w2 * dh * w1) + r * dh * w1, 1e-15);
  EXPECT_NEAR(p->gradZ(0), (w2 * (y - s) + r) * dh, 1e-15);
}

TEST(ResidualMlp, EveryNodeAgreesWithFiniteDifferences) {
  sw::Rng rng(4);
  const int n = 3, k = 4;
  using sw::linalg::gaussianMatrix;
  ResidualNet net{gaussianMatrix(k, n, rng), gaussianMatrix(k, 1, rng), gaussianMatrix(n, k, rng), gaussianMatrix(n, 1, rng)};
  ResidualInputs in{gaussianMatrix(n, 1, rng), gaussianMatrix(n, 1, rng), gaussianMatrix(k, 1, rng)};
  auto p = residualBackprop(net, in);
  ASSERT_TRUE(p.ok());
  const ResidualNumeric fd = residualFiniteDifferences(net, in, *p);
  EXPECT_LT((p->gradX - fd.gradX).cwiseAbs().maxCoeff(), 1e-8);
  EXPECT_LT((p->gradZ - fd.gradZ).cwiseAbs().maxCoeff(), 1e-8);
  EXPECT_LT((p->gradH - fd.gradH).cwiseAbs().maxCoeff(), 1e-8);
  EXPECT_LT((p->gradY - fd.gradY).cwiseAbs().maxCoeff(), 1e-8);
}

TEST(ResidualMlp, SizeErrorsNameTheParameter) {
  ResidualNet net{Eigen::MatrixXd::Ones(2, 3), Eigen::VectorXd::Ones(2), Eigen::MatrixXd::Ones(3, 2), Eigen::VectorXd::Ones(3)};
  ResidualInputs in{Eigen::VectorXd::Ones(3), Eigen::VectorXd::Ones(3), Eigen::VectorXd::Ones(2)};
  ASSERT_TRUE(residualBackprop(net, in).ok());
  auto bad = in;
  bad.r = Eigen::VectorXd::Ones(3);
  EXPECT_EQ(residualBackprop(net, bad).error().param, "r");
  bad = in;
  bad.x = Eigen::VectorXd::Ones(2);
  EXPECT_EQ(residualBackprop(net, bad).error().param, "W1");
  auto badNet = net;
  badNet.w2 = Eigen::MatrixXd::Ones(2, 2);
  EXPECT_EQ(residualBackprop(badNet, in).error().param, "W2");
}
