#include "problems/wide_minima.hpp"

#include <cmath>

#include "core/check.hpp"
#include "core/rng.hpp"

namespace sw::problems {

namespace {
// The logistic weight s = e^{3(t-3)} / (1 + e^{3(t-3)}) in the form that
// never overflows.
double weight(double t) {
  const double a = 3 * (t - 3);
  return a >= 0 ? 1 / (1 + std::exp(-a)) : std::exp(a) / (1 + std::exp(a));
}
double sharpBowl(double t) { return 10 * t * t; }
double wideBowl(double t) { return (t - 10) * (t - 10) / 2 + 50; }
}  // namespace

double wideF(double t) {
  const double s = weight(t);
  return (1 - s) * sharpBowl(t) + s * wideBowl(t);
}

double wideGrad(double t) {
  const double s = weight(t);
  return (1 - s) * 20 * t + s * (t - 10) + 3 * s * (1 - s) * (wideBowl(t) - sharpBowl(t));
}

double wideCurvature(double t) {
  const double s = weight(t), ds = 3 * s * (1 - s);
  const double gap = wideBowl(t) - sharpBowl(t), dgap = (t - 10) - 20 * t;
  return (1 - s) * 20 + s + 2 * ds * dgap + 3 * ds * (1 - 2 * s) * gap;
}

WideLandmarks wideLandmarks() {
  auto newton = [](double t) {
    for (int k = 0; k < 100; ++k) {
      const double step = wideGrad(t) / wideCurvature(t);
      t -= step;
      if (std::abs(step) < 1e-15 * std::max(1.0, std::abs(t))) break;
    }
    return t;
  };
  WideLandmarks l;
  l.sharp = newton(0);
  l.wide = newton(10);
  // The maximum: bisect f' between the minima (f' > 0 just right of the sharp
  // one, < 0 just left of the wide one).
  double a = l.sharp + 0.1, b = l.wide - 0.1;
  for (int k = 0; k < 200; ++k) {
    const double m = (a + b) / 2;
    (wideGrad(m) > 0 ? a : b) = m;
  }
  l.barrier = (a + b) / 2;
  l.sharpCurvature = wideCurvature(l.sharp);
  l.wideCurvature = wideCurvature(l.wide);
  return l;
}

Expected<WideMinimaCounts> wideMinimaRun(const WideMinimaParams& p) {
  if (auto e = check::first(check::aboveAndAtMost("alpha", p.alpha, 0, 100),
                            check::inRange("starts", static_cast<double>(p.starts), 1, 100000),
                            check::inRange("iters", p.iters, 1, 100000)))
    return *e;
  if (p.first < 0 || p.count < 0 || p.first + p.count > p.starts)
    return Error{"starts", "the chunk of starts must lie within the experiment"};

  static const WideLandmarks land = wideLandmarks();
  WideMinimaCounts out;
  out.histogram.assign(kHistogramBins, 0);
  Rng rng(p.seed);
  for (long j = 0; j < p.first; ++j) rng.next();  // skip earlier chunks' draws
  for (long j = 0; j < p.count; ++j) {
    double t = rng.uniform(kStartLo, kStartHi);
    const bool keep = j < p.samplePaths;
    if (keep) out.paths.push_back({t});
    bool escaped = false;
    for (int i = 0; i < p.iters; ++i) {
      const double next = t - p.alpha * wideGrad(t);
      // An exact fixed point repeats forever: the remaining steps change nothing.
      if (next == t) break;
      t = next;
      if (!(std::abs(t) <= kEscape)) {
        escaped = true;
        break;
      }
      if (keep) out.paths.back().push_back(t);
    }
    if (escaped) {
      ++out.escaped;
      ++out.other;
      (t > 0 ? out.aboveRange : out.belowRange) += 1;
      continue;
    }
    if (std::abs(t - land.sharp) <= kSettledRadius) ++out.sharp;
    else if (std::abs(t - land.wide) <= kSettledRadius) ++out.wide;
    else ++out.other;
    if (t < kStartLo) ++out.belowRange;
    else if (t >= kStartHi) ++out.aboveRange;
    else ++out.histogram[static_cast<int>((t - kStartLo) / (kStartHi - kStartLo) * kHistogramBins)];
  }
  return out;
}

}  // namespace sw::problems
