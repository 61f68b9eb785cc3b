// Random problem instances with a prescribed structure.
#pragma once
#include <Eigen/Dense>
#include <vector>

#include "core/rng.hpp"

namespace sw::linalg {

// A rows x cols matrix of independent standard normals, filled column by column.
Eigen::MatrixXd gaussianMatrix(int rows, int cols, Rng& rng);

// A random orthogonal n x n matrix (Q of the QR of a Gaussian matrix, with
// column signs fixed so the result does not depend on the QR's conventions).
Eigen::MatrixXd randomOrthogonal(int n, Rng& rng);

// X = U diag(sigma) V^T with random orthogonal U (rows x rows) and V (cols x cols).
// sigma.size() must be <= min(rows, cols).
Eigen::MatrixXd withSingularValues(const std::vector<double>& sigma, int rows, int cols, Rng& rng);

}  // namespace sw::linalg
