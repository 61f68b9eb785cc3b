// One ReLU under one SGD step (the four sign cases) and the elbow formula
// for a network, against worked numbers and a generic backprop step.
#include <gtest/gtest.h>

#include "core/rng.hpp"
#include "nn/mlp.hpp"
#include "nn/optimizer.hpp"
#include "nn/relu_elbow.hpp"

namespace sw::nn {
namespace {

TEST(ReluStep, ActiveWithPositiveWeightAndInput) {
  // phi(1) = 1.5, target 0.5: one unit too high.
  auto s = reluStep(1, 0.5, 1, 0.5, 0.1);
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(s->elbow, -0.5);
  EXPECT_DOUBLE_EQ(s->dLossDPhi, 1);
  EXPECT_DOUBLE_EQ(s->gradW, 1);
  EXPECT_DOUBLE_EQ(s->gradB, 1);
  EXPECT_DOUBLE_EQ(s->wAfter, 0.9);   // flatter
  EXPECT_DOUBLE_EQ(s->bAfter, 0.4);
  EXPECT_NEAR(s->elbowAfter, -0.4 / 0.9, 1e-15);  // moves right
}

TEST(ReluStep, TheOtherCases) {
  // Inactive: phi = 0, nothing moves.
  auto off = reluStep(1, -2, 1, -1, 0.1);
  EXPECT_FALSE(off->active);
  EXPECT_EQ(off->gradW, 0);
  EXPECT_EQ(off->elbowAfter, off->elbow);
  // w > 0, x < 0: phi(-1) = 1 with b = 2; grad_w = -1 steepens, b drops.
  auto left = reluStep(1, 2, -1, 0, 0.1);
  EXPECT_DOUBLE_EQ(left->gradW, -1);
  EXPECT_DOUBLE_EQ(left->wAfter, 1.1);
  EXPECT_NEAR(left->elbowAfter, -1.9 / 1.1, 1e-15);  // from -2 to the right
  // w < 0, x > 0: phi(1) = 1 with w = -1, b = 2; w becomes more negative.
  auto neg = reluStep(-1, 2, 1, 0, 0.1);
  EXPECT_DOUBLE_EQ(neg->wAfter, -1.1);
  EXPECT_NEAR(neg->elbowAfter, 1.9 / 1.1, 1e-15);  // from 2 to the left
}

TEST(ReluStep, NamesBadInputs) {
  EXPECT_EQ(reluStep(1, 0, 1, 0, 0).error().param, "lr");
  EXPECT_EQ(reluStep(1e9, 0, 1, 0, 0.1).error().param, "w");
}

TEST(ElbowUpdate, FormulaMatchesAGenericBackpropStep) {
  const int d = 9;
  Mlp<double> net({{1, d, 1}, Activation::Relu});
  Rng rng(4);
  net.initialize({Init::He}, {Init::Uniform, 1}, rng);
  std::vector<double> w(d), b(d), a(d);
  for (int i = 0; i < d; ++i) {
    w[i] = net.weight(1)(i, 0);
    b[i] = net.bias(1)(i);
    a[i] = net.weight(2)(0, i);
  }
  const double x = 0.3, y = -0.7, lr = 0.2;
  const double c = net.bias(2)(0);
  const ElbowUpdate u = elbowUpdate(w, b, a, c, x, y, lr);
  Eigen::MatrixXd xs(1, 1), ys(1, 1);
  xs << x;
  ys << y;
  net.backward(net.forward(xs) - ys);  // loss (1/2)(f - y)^2
  OptimizerState<double> sgd({Optimizer::Sgd, lr}, net.params().size());
  sgd.step(net.params(), net.grads());
  int moved = 0;
  for (int i = 0; i < d; ++i) {
    EXPECT_NEAR(u.before[i], -b[i] / w[i], 1e-15);
    EXPECT_NEAR(u.formula[i], -net.bias(1)(i) / net.weight(1)(i, 0), 1e-12);
    moved += u.active[i] && u.formula[i] != u.before[i];
  }
  EXPECT_GT(moved, 0);
}

}  // namespace
}  // namespace sw::nn
