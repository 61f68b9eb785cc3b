// Gradient descent on the non-smooth f(x) = ||x - b||_2 under a step-size
// schedule (chapter 2). Away from b the gradient is the unit vector
// (x - b) / ||x - b||, so every step has length exactly t_i: the schedule
// alone decides whether the iterates settle.
#pragma once
#include <string>
#include <vector>

#include "core/expected.hpp"

namespace sw::optim {

enum class Schedule { Constant, Harmonic, InvSqrt, Polyak };

// "constant", "harmonic", "sqrt", "polyak"; false if the name is unknown.
bool scheduleFromName(const std::string& name, Schedule* out);

struct NormDescentParams {
  std::vector<double> b;   // the minimizer, 1..64 entries
  std::vector<double> x0;  // the start, same length as b
  Schedule schedule = Schedule::Constant;
  double step = 1;         // scale s: t_i = s, s/(i+1), s/sqrt(i+1); Polyak ignores it
  double tol = 0.01;       // "within tol of the optimum": ||x_i - b|| <= tol (absolute)
  long maxIters = 5000;
};

struct NormDescentReport {
  bool reached = false;
  long itersToTol = -1;        // smallest i with ||x_i - b|| <= tol; -1 if not within maxIters
  double finalDistance = 0;    // ||x_T - b|| at the last iterate
  long iters = 0;              // T: iterations run (maxIters, or fewer once exactly at b)
  // Iterates kept for plotting: every i up to kDenseRecord, then a log-spaced
  // subset, always including the last. recordedAt[k] is the i of point k.
  std::vector<long> recordedAt;
  std::vector<double> distance;               // ||x_i - b|| at those i
  std::vector<double> travelled;              // sum_{j<i} t_j at those i: the path length so far
  std::vector<std::vector<double>> path;      // path[d][k]: coordinate d of point k
};

constexpr long kDenseRecord = 500;
constexpr double kLogRecordRatio = 1.01;  // beyond it, keep about 230 points per decade

Expected<NormDescentReport> normDescent(const NormDescentParams& p);

// The constant step s from x0 lands on the line through b and cycles between
// distances r and s - r with r = ||x0 - b|| mod s (both 0 when r = 0).
double constantStepRemainder(double startDistance, double step);

// The harmonic schedule must first travel distance D: the smallest n with
// s H_n >= D, and H_n ~ ln n + gamma, so n ~ e^{D/s - gamma}. Returns that
// natural log, ln n = D/s - gamma (the count itself overflows for large D).
double harmonicLogSteps(double distance, double step);

}  // namespace sw::optim
