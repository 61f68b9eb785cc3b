#include "linalg/least_squares.hpp"

#include <gtest/gtest.h>

#include "core/rng.hpp"
#include "linalg/synthetic.hpp"

using namespace sw::linalg;

namespace {
Eigen::MatrixXd mat(int r, int c, std::initializer_list<double> v) {
  Eigen::MatrixXd m(r, c);
  auto it = v.begin();
  for (int i = 0; i < r; ++i)
    for (int j = 0; j < c; ++j) m(i, j) = *it++;
  return m;
}
}  // namespace

TEST(LeastSquares, TallWorkedExample) {
  // Fit y = a + b t through (0,1), (1,2), (2,4): normal equations by hand give
  // [3 3; 3 5] w = [7; 10], so w = (5/6, 3/2).
  const Eigen::MatrixXd x = mat(3, 2, {1, 0, 1, 1, 1, 2});
  const Eigen::Vector3d y(1, 2, 4);
  const Svd s = thinSvd(x);
  EXPECT_EQ(s.rank, 2);
  const Eigen::VectorXd w = minNormSolve(s, y);
  EXPECT_NEAR(w(0), 5.0 / 6, 1e-14);
  EXPECT_NEAR(w(1), 1.5, 1e-14);
  auto g = gramSolve(x, y, s.rank);
  ASSERT_TRUE(g.has_value());
  EXPECT_NEAR((*g - w).cwiseAbs().maxCoeff(), 0, 1e-14);
  // Singular values: eigenvalues of X^T X = [3 3; 3 5] are 4 +- sqrt(10).
  EXPECT_NEAR(s.sigma(0), std::sqrt(4 + std::sqrt(10.0)), 1e-14);
  EXPECT_NEAR(s.sigma(1), std::sqrt(4 - std::sqrt(10.0)), 1e-14);
}

TEST(LeastSquares, WideMinNormWorkedExample) {
  // One equation 2 w1 + w2 = 2: the min-norm point is (2, 1) * 2 / 5.
  const Eigen::MatrixXd x = mat(1, 2, {2, 1});
  const Eigen::VectorXd y = Eigen::VectorXd::Constant(1, 2);
  const Svd s = thinSvd(x);
  const Eigen::VectorXd w = minNormSolve(s, y);
  EXPECT_NEAR(w(0), 0.8, 1e-15);
  EXPECT_NEAR(w(1), 0.4, 1e-15);
  auto g = gramSolve(x, y, s.rank);
  ASSERT_TRUE(g.has_value());
  EXPECT_NEAR((*g - w).norm(), 0, 1e-15);
}

TEST(LeastSquares, LeftAndRightInverses) {
  sw::Rng rng(5);
  const Eigen::MatrixXd tall = gaussianMatrix(6, 3, rng);
  const Eigen::MatrixXd a = pseudoInverse(tall);
  const ProjectionCheck left = checkProjection(a * tall), right = checkProjection(tall * a);
  EXPECT_LT(left.identityError, 1e-13);       // A X = I
  EXPECT_GT(right.identityError, 0.1);        // X A is not I ...
  EXPECT_LT(right.idempotenceError, 1e-13);   // ... but a projection
  EXPECT_LT(right.symmetryError, 1e-13);
  EXPECT_NEAR(right.trace, 3, 1e-12);          // onto the 3-dimensional column space
  const Eigen::MatrixXd wide = tall.transpose();
  const Eigen::MatrixXd b = pseudoInverse(wide);
  EXPECT_LT(checkProjection(wide * b).identityError, 1e-13);  // X B = I
  EXPECT_NEAR(checkProjection(b * wide).trace, 3, 1e-12);
}

TEST(LeastSquares, RankDeficientGivesPseudoInverseNotNaN) {
  // Two equal columns: rank 1, the Gram formula fails, the SVD splits the weight.
  const Eigen::MatrixXd x = mat(3, 2, {1, 1, 2, 2, 3, 3});
  const Eigen::Vector3d y(1, 2, 3);
  const Svd s = thinSvd(x);
  EXPECT_EQ(s.rank, 1);
  EXPECT_FALSE(gramSolve(x, y, s.rank).has_value());
  const Eigen::VectorXd w = minNormSolve(s, y);
  EXPECT_NEAR(w(0), 0.5, 1e-14);
  EXPECT_NEAR(w(1), 0.5, 1e-14);
  // Moore-Penrose conditions.
  const Eigen::MatrixXd p = pseudoInverse(s);
  EXPECT_LT((x * p * x - x).cwiseAbs().maxCoeff(), 1e-13);
  EXPECT_LT((p * x * p - p).cwiseAbs().maxCoeff(), 1e-13);
}

TEST(LeastSquares, ZeroMatrixHasRankZero) {
  const Svd s = thinSvd(Eigen::MatrixXd::Zero(2, 3));
  EXPECT_EQ(s.rank, 0);
  EXPECT_TRUE(minNormSolve(s, Eigen::Vector2d(1, 1)).isZero());
}
