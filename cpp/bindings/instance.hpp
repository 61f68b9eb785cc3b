// A problem instance X w ~ y that the reader either typed into grids or asked
// to draw at random (larger sizes than a grid is pleasant for). Widgets that
// offer both share these parameter names:
//   source: 'grid' | 'random'; X (matrix) and y (list) for the grid (the
//   target list may carry another name, e.g. t in chapter 6);
//   rows, cols, seed for the random draw (standard normal entries).
#pragma once
#include <Eigen/Dense>

#include "bindings/marshal.hpp"

namespace sw::bind {

struct Instance {
  Eigen::MatrixXd x;
  Eigen::VectorXd y;  // the targets, whatever the parameter is called
};

Expected<Instance> instance(const val& params, int maxGrid, int maxRandom, const char* target = "y");

}  // namespace sw::bind
