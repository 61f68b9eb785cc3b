// The residual network of chapter 7 and its backward pass:
//   z = W1 x + b1,  h = sigmoid(z),  y = x + W2 h + b2,
//   L = S + R,  S = 1/2 ||y - s||^2,  R = r^T h.
// x, y, s have N entries; z, h, r have K.
#pragma once
#include <Eigen/Dense>

#include "core/expected.hpp"

namespace sw::nn {

struct ResidualNet {
  Eigen::MatrixXd w1;  // K x N
  Eigen::VectorXd b1;  // K
  Eigen::MatrixXd w2;  // N x K
  Eigen::VectorXd b2;  // N
};

struct ResidualInputs {
  Eigen::VectorXd x, s;  // N
  Eigen::VectorXd r;     // K
};

// Every node's value and its gradient dL/d(node) from the backward pass.
struct ResidualPass {
  Eigen::VectorXd z, h, y;
  double lossS, lossR, loss;
  Eigen::VectorXd gradY, gradH, gradZ, gradX;
};

// The same gradients by central differences: each node is perturbed and
// only the part of the graph downstream of it is recomputed.
struct ResidualNumeric {
  Eigen::VectorXd gradY, gradH, gradZ, gradX;
};

// Checks that every size matches (the error names the parameter to fix).
Expected<ResidualPass> residualBackprop(const ResidualNet& net, const ResidualInputs& in);
// Needs the forward values of a pass from residualBackprop (its gradients are not used).
ResidualNumeric residualFiniteDifferences(const ResidualNet& net, const ResidualInputs& in, const ResidualPass& p);

}  // namespace sw::nn
