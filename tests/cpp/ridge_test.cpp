#include "linalg/ridge.hpp"

#include <gtest/gtest.h>

#include "core/rng.hpp"
#include "linalg/solve_timing.hpp"
#include "linalg/synthetic.hpp"

using namespace sw::linalg;

namespace {
double maxDiff(const Eigen::VectorXd& a, const Eigen::VectorXd& b) { return (a - b).cwiseAbs().maxCoeff(); }
}  // namespace

TEST(Ridge, DiagonalWorkedExample) {
  // X = diag(2, 0.5): each coordinate is 1-D ridge, w_i = sigma_i y_i / (sigma_i^2 + lambda).
  Eigen::MatrixXd x = Eigen::Vector2d(2, 0.5).asDiagonal();
  const Eigen::Vector2d y(1, 1);
  auto v = ridgeFiveViews(x, y, 0.25);
  ASSERT_TRUE(v.ok());
  const Eigen::Vector2d expected(2 / 4.25, 0.5 / 0.5);
  for (const Eigen::VectorXd* w : {&v->normal, &v->svd, &v->map, &v->fakeData, &v->fakeFeatures})
    EXPECT_LT(maxDiff(*w, expected), 1e-15);
}

TEST(Ridge, FiveViewsAgreeOnTallWideAndRankDeficient) {
  sw::Rng rng(7);
  const Eigen::MatrixXd tall = gaussianMatrix(9, 4, rng), wide = gaussianMatrix(3, 8, rng);
  Eigen::MatrixXd deficient = gaussianMatrix(6, 4, rng);
  deficient.col(3) = deficient.col(0) - deficient.col(1);
  for (const Eigen::MatrixXd* x : {&tall, &wide, static_cast<const Eigen::MatrixXd*>(&deficient)})
    for (double lambda : {1e-4, 0.1, 1.0, 100.0}) {
      const Eigen::VectorXd y = gaussianMatrix(x->rows(), 1, rng).col(0);
      auto v = ridgeFiveViews(*x, y, lambda);
      ASSERT_TRUE(v.ok());
      EXPECT_LT(v->maxDisagreement, 1e-10) << x->rows() << "x" << x->cols() << " lambda " << lambda;
    }
}

TEST(Ridge, KernelFormAndGaussianConditionalMean) {
  sw::Rng rng(3);
  for (auto [n, d] : {std::pair{10, 3}, {3, 10}}) {
    const Eigen::MatrixXd x = gaussianMatrix(n, d, rng);
    const Eigen::VectorXd y = gaussianMatrix(n, 1, rng).col(0);
    const Eigen::VectorXd primal = *ridgePrimal(x, y, 0.3);
    EXPECT_LT(maxDiff(primal, *ridgeDual(x, y, 0.3)), 1e-12);
    EXPECT_LT(maxDiff(primal, *gaussianConditionalMean(x, y, 0.3)), 1e-12);
    // The gradient of the ridge objective vanishes there.
    EXPECT_LT((x.transpose() * (x * primal - y) + 0.3 * primal).cwiseAbs().maxCoeff(), 1e-12);
  }
}

TEST(Ridge, LimitsInLambda) {
  sw::Rng rng(11);
  for (auto [n, d] : {std::pair{8, 3}, {3, 8}}) {
    const Eigen::MatrixXd x = gaussianMatrix(n, d, rng);
    const Eigen::VectorXd y = gaussianMatrix(n, 1, rng).col(0);
    const Svd s = thinSvd(x);
    // lambda -> 0: the pseudo-inverse answer (OLS when tall, min-norm when wide),
    // approached linearly in lambda.
    const Eigen::VectorXd w0 = minNormSolve(s, y);
    const double e1 = maxDiff(ridgeBySvd(s, y, 1e-6), w0), e2 = maxDiff(ridgeBySvd(s, y, 1e-7), w0);
    EXPECT_LT(e1, 1e-4);
    EXPECT_NEAR(e1 / e2, 10, 0.01);
    // lambda -> infinity: lambda w -> X^T y, so w shrinks to zero like 1/lambda.
    const Eigen::VectorXd xty = x.transpose() * y;
    EXPECT_LT(maxDiff(1e8 * ridgeBySvd(s, y, 1e8), xty), 1e-6 * xty.cwiseAbs().maxCoeff());
    const Eigen::MatrixXd path = ridgePath(s, y, {1e-3, 1.0, 1e3});
    EXPECT_LT(maxDiff(path.col(1), ridgeBySvd(s, y, 1.0)), 1e-15);
    EXPECT_GT(path.col(0).norm(), path.col(1).norm());
    EXPECT_GT(path.col(1).norm(), path.col(2).norm());
  }
}

TEST(Ridge, FilterFactors) {
  Svd s{Eigen::MatrixXd::Identity(2, 2), Eigen::Vector2d(10, 0.1), Eigen::MatrixXd::Identity(2, 2), 2, 0};
  const Eigen::VectorXd f = ridgeFilter(s, 1);
  EXPECT_NEAR(f(0), 10 / 101.0, 1e-16);  // ~ 1/sigma when sigma^2 >> lambda
  EXPECT_NEAR(f(1), 0.1 / 1.01, 1e-16);  // ~ sigma/lambda when sigma^2 << lambda
}

TEST(Ridge, ZeroLambdaThroughTheFilterIsThePseudoInverse) {
  Eigen::MatrixXd x(3, 2);
  x << 1, 2, 2, 4, 3, 6;  // rank 1
  const Eigen::Vector3d y(1, 2, 2);
  const Svd s = thinSvd(x);
  EXPECT_LT(maxDiff(ridgeBySvd(s, y, 0), minNormSolve(s, y)), 1e-15);
}

TEST(Ridge, RejectsNonPositiveLambda) {
  auto v = ridgeFiveViews(Eigen::MatrixXd::Identity(2, 2), Eigen::Vector2d(1, 1), 0);
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.error().param, "lambda");
}

TEST(Ridge, SolveTimingReportsPositiveTimesAndTheCheaperForm) {
  // A tall 300 x 5 problem: the 5 x 5 system is far cheaper than the 300 x 300 one.
  const SolveTiming t = timeRidgeSolves(300, 5, 1.0, 2.0, 1);
  EXPECT_GT(t.primalMs, 0);
  EXPECT_GE(t.primalReps, 1);
  EXPECT_GE(t.dualReps, 1);
  EXPECT_LT(t.primalMs * 5, t.dualMs);
}
