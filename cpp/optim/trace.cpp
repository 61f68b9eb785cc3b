#include "optim/trace.hpp"

namespace sw::optim {

void Trace::keep(long t, const Eigen::VectorXd& wt, double lossT) {
  if (w.empty()) w.resize(wt.size());
  step.push_back(static_cast<double>(t));
  for (int i = 0; i < wt.size(); ++i) w[i].push_back(wt(i));
  loss.push_back(lossT);
}

bool worthKeeping(long t, long steps) {
  const long stride = steps > 400 ? (steps - 100) / 300 + 1 : 1;
  return t <= 100 || t == steps || t % stride == 0;
}

double meanSquaredError(const Eigen::MatrixXd& x, const Eigen::VectorXd& t, const Eigen::VectorXd& w) {
  return (x * w - t).squaredNorm() / static_cast<double>(x.rows());
}

}  // namespace sw::optim
