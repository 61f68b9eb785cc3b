// The feature matrix (parameter Jacobian) against finite differences of the
// output, and the principal features against the SVD's own identities.
#include <gtest/gtest.h>

#include "core/rng.hpp"
#include "nn/features.hpp"

namespace sw::nn {
namespace {

TEST(Features, JacobianMatchesFiniteDifferencesOfTheOutput) {
  for (Activation act : {Activation::Relu, Activation::Tanh}) {
    Mlp<double> net({{1, 6, 5, 1}, act});
    Rng rng(2);
    net.initialize({Init::He}, {Init::Xavier}, rng);
    Eigen::MatrixXd x(1, 4);
    x << -0.9, -0.2, 0.35, 0.8;
    const Eigen::MatrixXd j = parameterJacobian(net, x);
    ASSERT_EQ(j.rows(), 4);
    ASSERT_EQ(j.cols(), net.params().size());
    const double h = 1e-6;
    for (Eigen::Index p = 0; p < j.cols(); ++p) {
      const double keep = net.params()(p);
      net.params()(p) = keep + h;
      const Eigen::MatrixXd up = net.forward(x);
      net.params()(p) = keep - h;
      const Eigen::MatrixXd down = net.forward(x);
      net.params()(p) = keep;
      for (int i = 0; i < 4; ++i) EXPECT_NEAR(j(i, p), (up(0, i) - down(0, i)) / (2 * h), 1e-7) << p;
    }
  }
}

TEST(Features, PrincipalFeaturesAreTheLeftSingularVectorsAtTheTrainingInputs) {
  Mlp<double> net({{1, 12, 1}, Activation::Relu});
  Rng rng(9);
  net.initialize({Init::He}, {Init::Xavier}, rng);
  Eigen::MatrixXd x(1, 20);
  for (int i = 0; i < 20; ++i) x(0, i) = -1 + 2.0 * i / 19;
  const Eigen::MatrixXd j = parameterJacobian(net, x);
  const PrincipalFeatures pf = principalFeatures(j, j, 5);
  // The grid equals the training inputs, so the functions are u_1..u_5.
  const Eigen::MatrixXd gram = pf.functions * pf.functions.transpose();
  EXPECT_LT((gram - Eigen::MatrixXd::Identity(5, 5)).cwiseAbs().maxCoeff(), 1e-10);
  EXPECT_NEAR(pf.sigma.squaredNorm(), j.squaredNorm(), 1e-9 * j.squaredNorm());
  for (int i = 0; i + 1 < pf.sigma.size(); ++i) EXPECT_GE(pf.sigma(i), pf.sigma(i + 1));
  for (int i = 0; i < 5; ++i) EXPECT_GE(pf.functions.row(i).maxCoeff(), -pf.functions.row(i).minCoeff());
}

}  // namespace
}  // namespace sw::nn
