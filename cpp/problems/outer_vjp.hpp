// f(x) = v v^T x (chapter 7): its Jacobian J = v v^T has n^2 entries, while the
// vector-Jacobian product J^T y = v (v^T y) needs one dot product and one
// scaling, O(n) time and memory. Both routes are timed here.
#pragma once
#include <Eigen/Dense>
#include <vector>

#include "core/rng.hpp"

namespace sw::problems {

Eigen::MatrixXd outerJacobian(const Eigen::VectorXd& v);                        // v v^T
Eigen::VectorXd outerVjp(const Eigen::VectorXd& v, const Eigen::VectorXd& y);  // v (v^T y)

struct VjpTiming {
  int n;
  bool outOfMemory;       // J (8 n^2 bytes) could not be allocated; explicitSeconds is then 0
  double explicitSeconds; // per call: allocate J, fill it, multiply J^T y
  double vjpSeconds;      // per call: v (v^T y)
  long explicitCalls, vjpCalls;
  double maxAbsDiff;      // between the two answers (a check that both ran)
};

// Times both routes on random v, y of size n. Each is repeated for at least
// minSeconds in all (so coarse clocks still give a per-call time), split into
// rounds; the fastest round counts.
VjpTiming timeOuterVjp(int n, double minSeconds, Rng& rng);

struct PowerLawFit {
  double slope, intercept;  // log10 seconds = slope * log10 n + intercept
};
// Least-squares line through (log10 n, log10 seconds), over positive times.
PowerLawFit fitPowerLaw(const std::vector<double>& n, const std::vector<double>& seconds);

}  // namespace sw::problems
