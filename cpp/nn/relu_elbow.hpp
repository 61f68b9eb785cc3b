// One ReLU phi(x) = max(0, w x + b) under one SGD step on the loss
// (1/2)(phi(x) - y)^2, and the elbows of a one-hidden-layer ReLU network
// f(x) = sum_i a_i max(0, w_i x + b_i) + c before and after one SGD step.
// ReLU'(0) = 0, so a unit exactly at its elbow does not move.
#pragma once
#include <vector>

#include "core/expected.hpp"

namespace sw::nn {

struct ReluStep {
  double elbow, elbowAfter;  // -b/w, or 0 when w = 0 (then hasElbow is false)
  bool hasElbow, hasElbowAfter;
  double phi, dLossDPhi, gradW, gradB;
  double wAfter, bAfter;
  bool active;
};

Expected<ReluStep> reluStep(double w, double b, double x, double y, double lr);

struct ElbowUpdate {
  std::vector<double> before, formula;  // e_i and e_i' by the closed form
  std::vector<bool> active;             // whether unit i saw the point
  double residual;                      // f(x) - y before the step
};

// w, b: first-layer weights and biases; a: output weights; c: output bias
// (0 in the pure form; it shifts f, hence the residual, not the elbows).
// Units with w_i = 0 (no elbow) are reported with elbow 0.
ElbowUpdate elbowUpdate(const std::vector<double>& w, const std::vector<double>& b, const std::vector<double>& a,
                        double c, double x, double y, double lr);

}  // namespace sw::nn
