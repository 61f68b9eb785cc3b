#include "nn/residual_mlp.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace sw::nn {

namespace {

Eigen::VectorXd sigmoid(const Eigen::VectorXd& z) {
  return z.unaryExpr([](double v) { return 1 / (1 + std::exp(-v)); });
}

enum class Node { X, Z, H, Y };

// The loss with one node set to `value`, everything upstream of it held at
// the forward pass and everything downstream recomputed.
double lossWithNode(const ResidualNet& net, const ResidualInputs& in, const ResidualPass& p, Node node,
                    const Eigen::VectorXd& value) {
  Eigen::VectorXd x = in.x, z = p.z, h = p.h, y = p.y;
  switch (node) {
    case Node::X:
      x = value;
      z = net.w1 * x + net.b1;
      [[fallthrough]];
    case Node::Z:
      if (node == Node::Z) z = value;
      h = sigmoid(z);
      [[fallthrough]];
    case Node::H:
      if (node == Node::H) h = value;
      y = x + net.w2 * h + net.b2;
      [[fallthrough]];
    case Node::Y:
      if (node == Node::Y) y = value;
  }
  return 0.5 * (y - in.s).squaredNorm() + in.r.dot(h);
}

// Central differences of the loss in each entry of a node, with a step scaled to the entry.
Eigen::VectorXd centralDifference(const ResidualNet& net, const ResidualInputs& in, const ResidualPass& p, Node node,
                                  const Eigen::VectorXd& at) {
  Eigen::VectorXd g(at.size()), u = at;
  for (int i = 0; i < at.size(); ++i) {
    const double step = 1e-6 * std::max(1.0, std::abs(at(i)));
    u(i) = at(i) + step;
    const double plus = lossWithNode(net, in, p, node, u);
    u(i) = at(i) - step;
    const double minus = lossWithNode(net, in, p, node, u);
    u(i) = at(i);
    g(i) = (plus - minus) / (2 * step);
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

ResidualNumeric residualFiniteDifferences(const ResidualNet& net, const ResidualInputs& in, const ResidualPass& p) {
  return {centralDifference(net, in, p, Node::Y, p.y), centralDifference(net, in, p, Node::H, p.h),
          centralDifference(net, in, p, Node::Z, p.z), centralDifference(net, in, p, Node::X, in.x)};
}

}  // namespace sw::nn
