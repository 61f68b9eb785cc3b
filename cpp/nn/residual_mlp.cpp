#include "nn/residual_mlp.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace sw::nn {

namespace {

Eigen::VectorXd sigmoid(const Eigen::VectorXd& z) {
  return z.unaryExpr([](double v) { return 1 / (1 + std::exp(-v)); });
}

// The loss as a function of each node, everything upstream held fixed.
double lossFromY(const ResidualInputs& in, const Eigen::VectorXd& y, const Eigen::VectorXd& h) {
  return 0.5 * (y - in.s).squaredNorm() + in.r.dot(h);
}
double lossFromH(const ResidualNet& net, const ResidualInputs& in, const Eigen::VectorXd& x,
                 const Eigen::VectorXd& h) {
  return lossFromY(in, x + net.w2 * h + net.b2, h);
}
double lossFromZ(const ResidualNet& net, const ResidualInputs& in, const Eigen::VectorXd& x,
                 const Eigen::VectorXd& z) {
  return lossFromH(net, in, x, sigmoid(z));
}
double lossFromX(const ResidualNet& net, const ResidualInputs& in, const Eigen::VectorXd& x) {
  return lossFromZ(net, in, x, net.w1 * x + net.b1);
}

// Central differences of f at u, with a step scaled to each entry.
template <class F>
Eigen::VectorXd centralDifference(const Eigen::VectorXd& u, F f) {
  Eigen::VectorXd g(u.size()), up = u;
  for (int i = 0; i < u.size(); ++i) {
    const double step = 1e-6 * std::max(1.0, std::abs(u(i)));
    up(i) = u(i) + step;
    const double fPlus = f(up);
    up(i) = u(i) - step;
    const double fMinus = f(up);
    up(i) = u(i);
    g(i) = (fPlus - fMinus) / (2 * step);
  }
  return g;
}

Error sizeError(const char* param, const std::string& what) { return Error{param, std::string(param) + " " + what}; }

}  // namespace

Expected<ResidualPass> residualBackprop(const ResidualNet& net, const ResidualInputs& in) {
  const auto n = in.x.size(), k = net.w1.rows();
  if (net.w1.cols() != n) return sizeError("W1", "must have one column per entry of x (" + std::to_string(n) + ")");
  if (net.b1.size() != k) return sizeError("b1", "must have one entry per row of W1 (" + std::to_string(k) + ")");
  if (in.r.size() != k) return sizeError("r", "must have one entry per hidden unit (" + std::to_string(k) + ")");
  if (net.w2.rows() != n || net.w2.cols() != k)
    return sizeError("W2", "must be " + std::to_string(n) + " x " + std::to_string(k) + " (N x K)");
  if (net.b2.size() != n) return sizeError("b2", "must have one entry per entry of x (" + std::to_string(n) + ")");
  if (in.s.size() != n) return sizeError("s", "must have one entry per entry of x (" + std::to_string(n) + ")");

  ResidualPass p;
  p.z = net.w1 * in.x + net.b1;
  p.h = sigmoid(p.z);
  p.y = in.x + net.w2 * p.h + net.b2;
  p.lossS = 0.5 * (p.y - in.s).squaredNorm();
  p.lossR = in.r.dot(p.h);
  p.loss = p.lossS + p.lossR;
  // Backward: each node's gradient is the sum over the nodes it feeds.
  p.gradY = p.y - in.s;                                   // from S only
  p.gradH = net.w2.transpose() * p.gradY + in.r;          // from y and from R
  p.gradZ = p.gradH.cwiseProduct(p.h.cwiseProduct((1 - p.h.array()).matrix()));  // sigmoid' = h (1 - h)
  p.gradX = p.gradY + net.w1.transpose() * p.gradZ;       // skip connection and through z
  return p;
}

ResidualNumeric residualFiniteDifferences(const ResidualNet& net, const ResidualInputs& in) {
  const Eigen::VectorXd z = net.w1 * in.x + net.b1, h = sigmoid(z), y = in.x + net.w2 * h + net.b2;
  ResidualNumeric g;
  g.gradY = centralDifference(y, [&](const Eigen::VectorXd& u) { return lossFromY(in, u, h); });
  g.gradH = centralDifference(h, [&](const Eigen::VectorXd& u) { return lossFromH(net, in, in.x, u); });
  g.gradZ = centralDifference(z, [&](const Eigen::VectorXd& u) { return lossFromZ(net, in, in.x, u); });
  g.gradX = centralDifference(in.x, [&](const Eigen::VectorXd& u) { return lossFromX(net, in, u); });
  return g;
}

}  // namespace sw::nn
