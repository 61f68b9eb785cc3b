#include "linalg/synthetic.hpp"

namespace sw::linalg {

Eigen::MatrixXd gaussianMatrix(int rows, int cols, Rng& rng) {
  Eigen::MatrixXd g(rows, cols);
  for (int j = 0; j < cols; ++j)
    for (int i = 0; i < rows; ++i) g(i, j) = rng.normal();
  return g;
}

Eigen::MatrixXd randomOrthogonal(int n, Rng& rng) {
  Eigen::HouseholderQR<Eigen::MatrixXd> qr(gaussianMatrix(n, n, rng));
  Eigen::MatrixXd q = qr.householderQ();
  const Eigen::MatrixXd r = qr.matrixQR().triangularView<Eigen::Upper>();
  for (int j = 0; j < n; ++j)
    if (r(j, j) < 0) q.col(j) *= -1;
  return q;
}

Eigen::MatrixXd withSingularValues(const std::vector<double>& sigma, int rows, int cols, Rng& rng) {
  const Eigen::MatrixXd u = randomOrthogonal(rows, rng);
  const Eigen::MatrixXd v = randomOrthogonal(cols, rng);
  Eigen::MatrixXd s = Eigen::MatrixXd::Zero(rows, cols);
  for (std::size_t i = 0; i < sigma.size(); ++i) s(i, i) = sigma[i];
  return u * s * v.transpose();
}

}  // namespace sw::linalg
