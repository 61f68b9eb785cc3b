#include "optim/lsq_gd.hpp"

#include <cmath>

#include "core/limits.hpp"

namespace sw::optim {

DirectionalErrors gdAlongSingularDirections(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                                            double eta, double gradScale, int steps) {
  Eigen::JacobiSVD<Eigen::MatrixXd> svd(x, Eigen::ComputeThinU | Eigen::ComputeThinV);
  const Eigen::VectorXd wStar = svd.solve(y);
  const Eigen::MatrixXd& v = svd.matrixV();
  DirectionalErrors out;
  out.sigma = svd.singularValues();
  out.err.assign(v.cols(), {});
  Eigen::VectorXd w = Eigen::VectorXd::Zero(x.cols());
  const double e0 = wStar.norm();
  for (int t = 0; t <= steps; ++t) {
    const Eigen::VectorXd proj = v.transpose() * (w - wStar);
    if (!proj.allFinite() || proj.norm() > limits::kDivergenceFactor * e0) break;
    for (int i = 0; i < proj.size(); ++i) out.err[i].push_back(std::abs(proj(i)));
    w -= eta * gradScale * (x.transpose() * (x * w - y));
  }
  return out;
}

}  // namespace sw::optim
