// One-dimensional cross-correlation as a linear operator (chapter 11):
//   (A x)_i = sum_{j<r} k_j x_{i+j},   i = 0 .. m-1,  m = n - r + 1,
// a banded m x n matrix whose rows are shifted copies of k. Its transpose
// scatters back: (A^T u)_l = sum_j k_j u_{l-j} over the valid i = l - j.
// Both take O(n r) work and O(r) memory beyond the vectors.
#pragma once
#include <Eigen/Dense>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/expected.hpp"

namespace sw::problems {

class Conv1d {
 public:
  Conv1d(std::vector<double> k, int n);
  int rows() const { return m_; }
  int cols() const { return n_; }
  void apply(const double* x, double* out) const;           // out (m) = A x
  void applyTranspose(const double* u, double* out) const;  // out (n) = A^T u
  Eigen::MatrixXd dense() const;                            // the m x n matrix, for reference

 private:
  std::vector<double> k_;
  int n_, m_;
};

// h(y) = y^2/2 for |y| <= 1, |y| - 1/2 beyond; h' is y clipped to [-1, 1].
double huber(double y);
double huberGrad(double y);

struct HuberGdParams {
  std::vector<double> k;  // kernel, 1..64 entries
  Eigen::VectorXd b;      // observation, m entries
  double lambda = 0.01;
  double alpha = 0.1;
  int iters = 100;
  bool huber = true;  // false: the squared loss sum y_i^2 / 2, for comparison
};

struct HuberGdReport {
  Eigen::VectorXd x;
  std::vector<double> loss;  // objective at x_0 = 0, x_1, ..., x_iters
  long divergedAt = -1;      // first step where the objective exceeded 1e6 x its start
};

std::optional<Error> checkHuberGd(const HuberGdParams& p);
// x_{t+1} = x_t - alpha (A^T h'(A x_t - b) + lambda x_t) from x_0 = 0, with
// A applied matrix-free (or, with dense, through the formed matrix).
HuberGdReport huberGd(const HuberGdParams& p, bool dense);

// A test signal: piecewise-constant blocks, blurred by k, with Gaussian noise
// and a few large outliers (what the Huber loss is robust to).
struct SyntheticSignal {
  Eigen::VectorXd signal;       // n entries
  Eigen::VectorXd observation;  // m = n - r + 1 entries
};
SyntheticSignal blurredBlocks(const std::vector<double>& k, int n, double noise, double outliers,
                              std::uint64_t seed);

// Largest n for which the dense m x n matrix (32 MB at this size) is formed.
constexpr int kMaxDenseN = 2048;
// Largest m * n * iters for which a widget reruns its whole GD densely.
constexpr double kDenseCheckBudget = 5e7;

// The same GD run both ways on a generated problem of size n, timed with
// std::chrono::steady_clock (the dense time includes forming A). The dense run is skipped (dense = false) above
// kMaxDenseN. Bytes count the operator's storage only: m n doubles versus r.
struct OperatorComparison {
  int n;
  bool dense;
  double secondsFree, secondsDense;
  double bytesFree, bytesDense;
  double maxDifference;  // max_i |x_dense - x_free| after the same iterations
};
OperatorComparison compareOperators(const std::vector<double>& k, int n, int iters, double lambda,
                                    double alpha, std::uint64_t seed);

}  // namespace sw::problems
