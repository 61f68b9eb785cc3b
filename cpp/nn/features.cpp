#include "nn/features.hpp"

#include <algorithm>

namespace sw::nn {

Eigen::MatrixXd parameterJacobian(Mlp<double>& net, const Eigen::MatrixXd& x) {
  const Architecture& a = net.arch();
  const Eigen::Index n = x.cols();
  net.forward(x);
  // With dLoss/dOutput = 1 per column, delta(l) column i is df(x_i)/dz_l.
  net.backward(Eigen::MatrixXd::Ones(1, n));
  Eigen::MatrixXd j(n, a.parameterCount());
  for (int l = 1; l <= a.layers(); ++l) {
    const Eigen::MatrixXd& d = net.delta(l);
    const Eigen::MatrixXd& prev = net.activation(l - 1);
    const int in = a.widths[l - 1], out = a.widths[l];
    for (Eigen::Index i = 0; i < n; ++i) {
      // df/dW_l(r, c) = delta_l(r) a_{l-1}(c), column-major like the parameters.
      double* row = &j(i, 0);
      const Eigen::Index stride = j.outerStride();
      for (int c = 0; c < in; ++c)
        for (int r = 0; r < out; ++r) row[(a.weightOffset(l) + c * out + r) * stride] = d(r, i) * prev(c, i);
      for (int r = 0; r < out; ++r) row[(a.biasOffset(l) + r) * stride] = d(r, i);
    }
  }
  return j;
}

PrincipalFeatures principalFeatures(const Eigen::MatrixXd& jTrain, const Eigen::MatrixXd& jGrid, int k) {
  // JacobiSVD like the rest of the engine: one SVD in the WASM module.
  Eigen::JacobiSVD<Eigen::MatrixXd> svd(jTrain, Eigen::ComputeThinU | Eigen::ComputeThinV);
  PrincipalFeatures out;
  out.sigma = svd.singularValues();
  k = std::min<int>(k, int(out.sigma.size()));
  out.functions.resize(k, jGrid.rows());
  for (int i = 0; i < k; ++i) {
    Eigen::VectorXd f = jGrid * svd.matrixV().col(i);
    if (out.sigma(i) > 0) f /= out.sigma(i);
    if (f.maxCoeff() < -f.minCoeff()) f = -f;
    out.functions.row(i) = f.transpose();
  }
  return out;
}

}  // namespace sw::nn
