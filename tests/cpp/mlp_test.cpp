// The MLP engine: backprop against finite differences, the float network
// against double Eigen, the optimizers against hand-computed steps, the
// trainer's bookkeeping, and numbers pinned for the WASM test to repeat.
#include <gtest/gtest.h>

#include <cmath>

#include "core/rng.hpp"
#include "nn/mlp.hpp"
#include "nn/optimizer.hpp"
#include "nn/trainer.hpp"

namespace sw::nn {
namespace {

Eigen::MatrixXd randomMatrix(int r, int c, Rng& rng) {
  Eigen::MatrixXd m(r, c);
  for (int i = 0; i < m.size(); ++i) m.data()[i] = rng.uniform(-1, 1);
  return m;
}

// Loss (1/2) sum (f - y)^2 of a double network, for finite differences.
double halfSquaredError(Mlp<double>& net, const Eigen::MatrixXd& x, const Eigen::MatrixXd& y) {
  return 0.5 * (net.forward(x) - y).squaredNorm();
}

struct GradCase {
  Activation act;
  std::vector<int> widths;
};

class Backprop : public ::testing::TestWithParam<GradCase> {};

TEST_P(Backprop, GradientMatchesCentralDifferences) {
  const GradCase& c = GetParam();
  Mlp<double> net({c.widths, c.act});
  Rng rng(11);
  net.initialize({Init::Xavier}, {Init::Uniform, 0.5}, rng);
  const Eigen::MatrixXd x = randomMatrix(c.widths.front(), 7, rng), y = randomMatrix(c.widths.back(), 7, rng);
  net.backward(net.forward(x) - y);
  const Eigen::VectorXd grad = net.grads();
  const double h = 1e-6;
  for (Eigen::Index j = 0; j < grad.size(); ++j) {
    const double keep = net.params()(j);
    net.params()(j) = keep + h;
    const double up = halfSquaredError(net, x, y);
    net.params()(j) = keep - h;
    const double down = halfSquaredError(net, x, y);
    net.params()(j) = keep;
    EXPECT_NEAR(grad(j), (up - down) / (2 * h), 1e-6 * std::max(1.0, std::abs(grad(j)))) << "parameter " << j;
  }
}

INSTANTIATE_TEST_SUITE_P(
    EveryActivationAndDepth, Backprop,
    ::testing::Values(GradCase{Activation::Relu, {1, 5, 1}}, GradCase{Activation::Relu, {2, 6, 5, 4, 2}},
                      GradCase{Activation::Tanh, {1, 5, 1}}, GradCase{Activation::Tanh, {3, 4, 4, 1}},
                      GradCase{Activation::Sigmoid, {1, 5, 1}}, GradCase{Activation::Sigmoid, {2, 5, 3, 6, 1}},
                      GradCase{Activation::Identity, {1, 1}}, GradCase{Activation::Identity, {3, 4, 2}}));

TEST(Mlp, FloatNetworkAgreesWithDouble) {
  for (Activation act : {Activation::Relu, Activation::Tanh, Activation::Sigmoid}) {
    const Architecture arch{{3, 13, 9, 2}, act};
    Mlp<double> d(arch);
    Mlp<float> f(arch);
    Rng rng(5);
    d.initialize({Init::He}, {Init::Xavier}, rng);
    f.params() = d.params().cast<float>();
    const Eigen::MatrixXd x = 3 * randomMatrix(3, 21, rng);
    const Eigen::MatrixXd out = d.forward(x);
    EXPECT_LT((f.forward(x.cast<float>()).cast<double>() - out).cwiseAbs().maxCoeff(), 1e-5 * (1 + out.cwiseAbs().maxCoeff()));
    d.backward(out);
    f.backward(out.cast<float>());
    EXPECT_LT((f.grads().cast<double>() - d.grads()).cwiseAbs().maxCoeff(), 1e-4 * (1 + d.grads().cwiseAbs().maxCoeff()));
  }
}

TEST(Mlp, InitializationScales) {
  Mlp<double> net({{400, 300, 1}, Activation::Relu});
  Rng rng(1);
  net.initialize({Init::He}, {Init::Uniform, 0.25}, rng);
  const auto w = net.weight(1);
  const double var = w.squaredNorm() / double(w.size());
  EXPECT_NEAR(var, 2.0 / 400, 0.05 * 2.0 / 400);
  EXPECT_LE(net.bias(1).cwiseAbs().maxCoeff(), 0.25);
  EXPECT_GT(net.bias(1).cwiseAbs().maxCoeff(), 0.24);
  net.initialize({Init::Xavier}, {Init::Zero}, rng);
  EXPECT_NEAR(net.weight(1).squaredNorm() / double(w.size()), 2.0 / 700, 0.05 * 2.0 / 700);
  EXPECT_EQ(net.bias(1).squaredNorm(), 0);
}

// Two steps from p = 1 with gradients 0.5 then -0.25 and lr = 0.1, by hand.
double twoSteps(Optimizer kind) {
  OptimizerState<double> opt({kind, 0.1}, 1);
  Eigen::VectorXd p(1), g(1);
  p << 1;
  g << 0.5;
  opt.step(p, g);
  g << -0.25;
  opt.step(p, g);
  return p(0);
}

TEST(Optimizer, FirstStepsByHand) {
  // SGD: 1 - 0.05 + 0.025.
  EXPECT_NEAR(twoSteps(Optimizer::Sgd), 0.975, 1e-15);
  // Momentum: v1 = 0.5, v2 = 0.45 - 0.25 = 0.2: 1 - 0.05 - 0.02.
  EXPECT_NEAR(twoSteps(Optimizer::Momentum), 0.93, 1e-15);
  // AdaGrad: G1 = 0.25 -> step 0.1; G2 = 0.3125 -> step -0.025 / sqrt(0.3125).
  EXPECT_NEAR(twoSteps(Optimizer::AdaGrad), 0.9 + 0.025 / std::sqrt(0.3125), 1e-7);
  // RMSProp (rho 0.99): s1 = 0.0025 -> step 0.05 / 0.05 = 1;
  // s2 = 0.002475 + 0.000625 = 0.0031 -> step -0.025 / sqrt(0.0031).
  EXPECT_NEAR(twoSteps(Optimizer::RmsProp), 1 - 1 + 0.025 / std::sqrt(0.0031), 1e-6);
  // Adam: the first bias-corrected step is lr * sign(g); then m2 = 0.02,
  // v2 = 0.00031225, corrections 0.19 and 0.001999.
  EXPECT_NEAR(twoSteps(Optimizer::Adam), 0.9 - 0.1 * (0.02 / 0.19) / std::sqrt(0.00031225 / 0.001999), 1e-7);
}

struct SinData {
  Eigen::MatrixXd x, y;
};
SinData sinData(int n) {
  SinData d{Eigen::MatrixXd(1, n), Eigen::MatrixXd(1, n)};
  for (int i = 0; i < n; ++i) {
    d.x(0, i) = -1 + 2.0 * i / (n - 1);
    d.y(0, i) = std::sin(3 * d.x(0, i));
  }
  return d;
}

TrainConfig smallConfig(Optimizer opt, double lr) {
  TrainConfig c;
  c.arch = {{1, 16, 16, 1}, Activation::Tanh};
  c.weightInit = {Init::He};
  c.biasInit = {Init::Xavier};
  c.optimizer = {opt, lr};
  c.seed = 7;
  return c;
}

TEST(Trainer, FullBatchStepIsPlainGradientDescentOnTheMeanSquaredError) {
  const SinData d = sinData(32);
  TrainConfig c = smallConfig(Optimizer::Sgd, 0.05);
  Trainer t(c, d.x, d.y);
  Mlp<double> ref(c.arch);
  ref.params() = t.net().params().cast<double>();
  const Eigen::MatrixXd r = ref.forward(d.x) - d.y;
  ref.backward(2 * r / 32);
  t.run(1);
  EXPECT_NEAR(t.losses()[0], r.squaredNorm() / 32, 1e-6);
  const Eigen::VectorXd expected = ref.params() - 0.05 * ref.grads();
  EXPECT_LT((t.net().params().cast<double>() - expected).cwiseAbs().maxCoeff(), 1e-5);
  ASSERT_EQ(t.gradNorms().size(), 3u);
  EXPECT_NEAR(t.gradNorms()[0][0], ref.grads().segment(0, 32).norm(), 1e-5);
}

TEST(Trainer, AdamFitsTheSineAndMinibatchesAreSeeded) {
  const SinData d = sinData(64);
  Trainer full(smallConfig(Optimizer::Adam, 0.01), d.x, d.y);
  full.run(400);
  EXPECT_LT(full.fullLoss(), 0.02 * full.losses().front());
  EXPECT_EQ(full.divergedAt(), -1);

  TrainConfig c = smallConfig(Optimizer::Momentum, 0.02);
  c.batchSize = 8;
  Trainer a(c, d.x, d.y), b(c, d.x, d.y);
  a.run(50);
  b.run(50);
  EXPECT_EQ(a.losses(), b.losses());
  c.seed = 8;
  Trainer other(c, d.x, d.y);
  other.run(50);
  EXPECT_NE(a.losses(), other.losses());
}

TEST(Trainer, MinibatchesVisitEveryPointOncePerEpoch) {
  // With the parameters (almost) frozen, each point has its own loss; if an
  // epoch's batches partition the data, their mean batch loss is the
  // full-data loss.
  SinData d = sinData(12);
  TrainConfig c = smallConfig(Optimizer::Sgd, 1e-9);  // parameters barely move
  c.batchSize = 4;
  Trainer t(c, d.x, d.y);
  const double full = t.fullLoss();
  t.run(6);  // two epochs of three batches
  EXPECT_NEAR((t.losses()[0] + t.losses()[1] + t.losses()[2]) / 3, full, 1e-6);
  EXPECT_NEAR((t.losses()[3] + t.losses()[4] + t.losses()[5]) / 3, full, 1e-6);
  EXPECT_NE(t.losses()[0], t.losses()[3]);  // reshuffled
}

TEST(Trainer, DivergenceStopsBeforeAnythingOverflows) {
  const SinData d = sinData(32);
  TrainConfig c = smallConfig(Optimizer::Sgd, 50);
  c.arch.hidden = Activation::Relu;
  Trainer t(c, d.x, d.y);
  EXPECT_LT(t.run(1000), 1000);
  EXPECT_GE(t.divergedAt(), 1);
  EXPECT_EQ(long(t.losses().size()), t.divergedAt());
  for (double l : t.losses()) EXPECT_TRUE(std::isfinite(l));
  EXPECT_TRUE(t.net().params().allFinite());
}

TEST(Trainer, RejectsBadConfigurationsByName) {
  const SinData d = sinData(8);
  TrainConfig c = smallConfig(Optimizer::Sgd, 0.1);
  EXPECT_FALSE(validate(c, d.x, d.y).has_value());
  c.optimizer.lr = -1;
  EXPECT_EQ(validate(c, d.x, d.y)->param, "lr");
  c = smallConfig(Optimizer::Sgd, 0.1);
  c.arch.widths = {1, 0, 1};
  EXPECT_EQ(validate(c, d.x, d.y)->param, "widths");
  c.arch.widths = {2, 4, 1};
  EXPECT_EQ(validate(c, d.x, d.y)->param, "x");
}

// The same numbers are pinned in tests/wasm/mlp-engine.test.ts (and whole
// runs are golden cases, tests/golden/ch09_mlp.cpp): a seed gives the same
// training run natively and in WASM.
TEST(Trainer, PinnedRunForTheWasmComparison) {
  const SinData d = sinData(32);
  Trainer t(smallConfig(Optimizer::Adam, 0.01), d.x, d.y);
  // Initialization is exact (double draws rounded to float); training agrees
  // to float rounding (summation order may differ inside the products).
  EXPECT_FLOAT_EQ(t.net().params()(0), 1.3638136f);
  t.run(50);
  EXPECT_NEAR(t.losses()[0], 2.4360957, 1e-6);
  EXPECT_NEAR(t.losses()[49], 0.0537451, 1e-6);
  EXPECT_NEAR(t.fullLoss(), 0.0522550, 1e-6);
}

}  // namespace
}  // namespace sw::nn
