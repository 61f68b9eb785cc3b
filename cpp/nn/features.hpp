// The local linearization of a scalar-output network around its current
// parameters theta: f(x; theta + d) ~ f(x; theta) + J(x) d, where row J(x)
// holds df/dtheta_j at input x. Stacked over training inputs, J is the
// feature matrix (points x parameters) of a linear model; its SVD orders the
// directions gradient descent learns fast and slowly. All in double.
#pragma once
#include <Eigen/Dense>

#include "nn/mlp.hpp"

namespace sw::nn {

// J (n x P) for inputs x (n_0 x n); columns follow the flat parameter layout.
Eigen::MatrixXd parameterJacobian(Mlp<double>& net, const Eigen::MatrixXd& x);

struct PrincipalFeatures {
  Eigen::VectorXd sigma;      // singular values of J at the training inputs, descending
  Eigen::MatrixXd functions;  // k x g: J(grid) v_i / sigma_i, the i-th principal feature on the grid
};

// The top k right singular vectors v_i of J(train), each mapped to a
// function of x as J(grid) v_i / sigma_i (equal to u_i at the training
// inputs). Signs are fixed so each function's largest value is positive.
PrincipalFeatures principalFeatures(const Eigen::MatrixXd& jTrain, const Eigen::MatrixXd& jGrid, int k);

}  // namespace sw::nn
