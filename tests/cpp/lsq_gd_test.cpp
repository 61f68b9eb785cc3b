#include "optim/lsq_gd.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/rng.hpp"
#include "linalg/synthetic.hpp"

TEST(Synthetic, PrescribedSingularValues) {
  sw::Rng rng(7);
  const Eigen::MatrixXd x = sw::linalg::withSingularValues({3.0, 1.0, 0.25}, 5, 3, rng);
  const Eigen::VectorXd s = Eigen::JacobiSVD<Eigen::MatrixXd>(x).singularValues();
  EXPECT_NEAR(s(0), 3.0, 1e-12);
  EXPECT_NEAR(s(1), 1.0, 1e-12);
  EXPECT_NEAR(s(2), 0.25, 1e-12);
}

TEST(LsqGd, EachSingularDirectionFollowsItsScalarRecurrence) {
  sw::Rng rng(11);
  const Eigen::MatrixXd x = sw::linalg::withSingularValues({2.0, 0.5}, 4, 2, rng);
  Eigen::VectorXd y(4);
  y << 1, -2, 0.5, 3;
  const double eta = 0.05;
  auto r = sw::optim::gdAlongSingularDirections(x, y, eta, 2, 30);
  for (int i = 0; i < 2; ++i) {
    const double f = std::abs(1 - 2 * eta * r.sigma(i) * r.sigma(i));
    for (int t = 0; t <= 30; ++t) EXPECT_NEAR(r.err[i][t], r.err[i][0] * std::pow(f, t), 1e-10) << i << "," << t;
  }
}

TEST(LsqGd, StopsAtDivergence) {
  sw::Rng rng(3);
  const Eigen::MatrixXd x = sw::linalg::withSingularValues({2.0, 0.5}, 3, 2, rng);
  auto r = sw::optim::gdAlongSingularDirections(x, Eigen::VectorXd::Ones(3), 10.0, 2, 1000);
  EXPECT_LT(r.err[0].size(), 20u);
  for (double e : r.err[0]) EXPECT_TRUE(std::isfinite(e));
}
