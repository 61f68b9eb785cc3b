// The iterates of a run kept for plotting: every step of a short run, a
// thinned subset of a long one, so results stay small at any step count.
#pragma once
#include <Eigen/Dense>
#include <vector>

namespace sw::optim {

struct Trace {
  std::vector<double> step;             // which steps were kept (increasing)
  std::vector<std::vector<double>> w;   // w[i][k]: coordinate i at step[k]
  std::vector<double> loss;             // the loss at the same steps
  long divergedAt = -1;                 // first step past the divergence limit; -1 if none

  void keep(long t, const Eigen::VectorXd& wt, double lossT);
};

// Keep the first 100 steps, then about 300 more evenly spread, and the last.
bool worthKeeping(long t, long steps);

// (1/n) ||X w - t||^2, the loss every chapter 6 widget uses.
double meanSquaredError(const Eigen::MatrixXd& x, const Eigen::VectorXd& t, const Eigen::VectorXd& w);

}  // namespace sw::optim
