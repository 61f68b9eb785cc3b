#include "nn/relu_elbow.hpp"

#include <algorithm>

#include "core/check.hpp"

namespace sw::nn {

namespace {
double elbowOf(double w, double b) { return w != 0 ? -b / w : 0; }
}  // namespace

Expected<ReluStep> reluStep(double w, double b, double x, double y, double lr) {
  if (auto e = check::first(check::inRange("w", w, -100, 100), check::inRange("b", b, -100, 100),
                            check::inRange("x", x, -100, 100), check::inRange("y", y, -100, 100),
                            check::aboveAndAtMost("lr", lr, 0, 100)))
    return *e;
  ReluStep s{};
  const double z = w * x + b;
  s.active = z > 0;
  s.phi = s.active ? z : 0;
  s.dLossDPhi = s.phi - y;
  s.gradW = s.active ? s.dLossDPhi * x : 0;
  s.gradB = s.active ? s.dLossDPhi : 0;
  s.wAfter = w - lr * s.gradW;
  s.bAfter = b - lr * s.gradB;
  s.hasElbow = w != 0;
  s.hasElbowAfter = s.wAfter != 0;
  s.elbow = elbowOf(w, b);
  s.elbowAfter = elbowOf(s.wAfter, s.bAfter);
  return s;
}

ElbowUpdate elbowUpdate(const std::vector<double>& w, const std::vector<double>& b, const std::vector<double>& a,
                        double c, double x, double y, double lr) {
  ElbowUpdate u;
  double f = c;
  for (std::size_t i = 0; i < w.size(); ++i) f += a[i] * std::max(0.0, w[i] * x + b[i]);
  u.residual = f - y;
  for (std::size_t i = 0; i < w.size(); ++i) {
    // For an active unit: dl/dw_i = r a_i x and dl/db_i = r a_i, so
    // e_i' = -(b_i - lr r a_i) / (w_i - lr r a_i x).
    const bool active = w[i] * x + b[i] > 0;
    const double g = active ? lr * u.residual * a[i] : 0;
    u.active.push_back(active);
    u.before.push_back(elbowOf(w[i], b[i]));
    u.formula.push_back(elbowOf(w[i] - g * x, b[i] - g));
  }
  return u;
}

}  // namespace sw::nn
