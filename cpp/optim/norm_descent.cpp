#include "optim/norm_descent.hpp"

#include <algorithm>
#include <cmath>

#include "core/check.hpp"

namespace sw::optim {

bool scheduleFromName(const std::string& name, Schedule* out) {
  if (name == "constant") *out = Schedule::Constant;
  else if (name == "harmonic") *out = Schedule::Harmonic;
  else if (name == "sqrt") *out = Schedule::InvSqrt;
  else if (name == "polyak") *out = Schedule::Polyak;
  else return false;
  return true;
}

double constantStepRemainder(double startDistance, double step) {
  return std::fmod(startDistance, step);
}

double harmonicLogSteps(double distance, double step) {
  constexpr double kEulerGamma = 0.5772156649015329;
  return distance / step - kEulerGamma;
}

Expected<NormDescentReport> normDescent(const NormDescentParams& p) {
  if (auto e = check::first(check::sizeBetween("b", p.b.size(), 1, 64),
                            check::allInRange("b", p.b, -1e6, 1e6),
                            check::allInRange("x0", p.x0, -1e6, 1e6),
                            check::aboveAndAtMost("step", p.step, 0, 1e6),
                            check::aboveAndAtMost("tol", p.tol, 0, 1e6),
                            check::inRange("max_iters", static_cast<double>(p.maxIters), 1, 1e7)))
    return *e;
  if (p.x0.size() != p.b.size())
    return Error{"x0", "x0 must have as many entries as b (" + std::to_string(p.b.size()) + ")"};

  const std::size_t d = p.b.size();
  std::vector<double> x = p.x0, diff(d);
  NormDescentReport r;
  const std::size_t expected = static_cast<std::size_t>(std::min(p.maxIters, kDenseRecord)) + 2000;
  r.path.assign(d, {});
  for (auto& c : r.path) c.reserve(expected);
  for (auto* v : {&r.distance, &r.travelled}) v->reserve(expected);
  r.recordedAt.reserve(expected);
  long nextLog = kDenseRecord;
  auto distanceNow = [&] {
    double s = 0;
    for (std::size_t k = 0; k < d; ++k) {
      diff[k] = x[k] - p.b[k];
      s += diff[k] * diff[k];
    }
    return std::sqrt(s);
  };
  double travelled = 0;
  auto record = [&](long i, double dist) {
    r.recordedAt.push_back(i);
    r.distance.push_back(dist);
    r.travelled.push_back(travelled);
    for (std::size_t k = 0; k < d; ++k) r.path[k].push_back(x[k]);
  };

  double dist = distanceNow();
  long i = 0;
  for (;; ++i) {
    if (r.itersToTol < 0 && dist <= p.tol) r.itersToTol = i;
    const bool last = i == p.maxIters || dist == 0;  // at b the (sub)gradient 0 stops GD
    if (i <= kDenseRecord || i >= nextLog || last) {
      record(i, dist);
      if (i >= nextLog) nextLog = static_cast<long>(nextLog * kLogRecordRatio) + 1;
    }
    if (last) break;
    double t = p.step;
    switch (p.schedule) {
      case Schedule::Constant: break;
      case Schedule::Harmonic: t = p.step / static_cast<double>(i + 1); break;
      case Schedule::InvSqrt: t = p.step / std::sqrt(static_cast<double>(i + 1)); break;
      // Polyak: t = (f(x) - f*) / ||grad||^2 = dist, which lands on b in one step.
      case Schedule::Polyak: t = dist; break;
    }
    travelled += t;
    const double scale = t / dist;
    for (std::size_t k = 0; k < d; ++k) x[k] -= scale * diff[k];
    dist = distanceNow();
  }
  r.iters = i;
  r.finalDistance = dist;
  r.reached = r.itersToTol >= 0;
  return r;
}

}  // namespace sw::optim
