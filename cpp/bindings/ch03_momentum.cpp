// Chapter 3 glue: momentum on ||y - Xw||^2, mode by mode.
#include <emscripten/bind.h>

#include <algorithm>
#include <cmath>

#include "bindings/marshal.hpp"
#include "optim/momentum.hpp"
#include "optim/scalar_gd.hpp"

namespace sw::bind {
namespace {

Expected<optim::MomentumParams> readMomentum(const val& params) {
  optim::MomentumParams p;
  for (auto [name, slot] : {std::pair{"beta", &p.beta}, {"eta", &p.eta}, {"tol", &p.tol}}) {
    auto v = number(params, name);
    if (!v) return v.error();
    *slot = *v;
  }
  auto s = numbers(params, "sigma2", 1, 64);
  if (!s) return s.error();
  p.sigma2 = *s;
  if (auto e = optim::checkMomentum(p)) return *e;
  return p;
}

val paths(const optim::QuadraticPath& q) {
  val out = val::object();
  out.set("w", rows(q.w));
  out.set("grad", rows(q.grad));
  out.set("diverged_at", count(q.divergedAt));
  return out;
}

// params: {beta, eta, sigma2, tol, steps}
val momentumAnalysis(val params) {
  auto p = readMomentum(params);
  if (!p) return error(p.error());
  auto steps = integer(params, "steps", 1, 100000);
  if (!steps) return error(steps.error());
  const auto [lo, hi] = std::minmax_element(p->sigma2.begin(), p->sigma2.end());
  const double sMin = *lo, sMax = *hi;

  val eig = val::array(), regime = val::array();
  std::vector<double> radii, etaLow, etaHigh, etaStable;
  const optim::RegimeEdges edges = optim::regimeEdges(p->beta);
  double rho = 0;
  for (double s : p->sigma2) {
    const optim::ModeSpectrum m = optim::modeSpectrum(p->beta, p->eta, s);
    eig.call<void>("push", f64(std::vector<double>{m.l1.real(), m.l1.imag(), m.l2.real(), m.l2.imag()}));
    regime.call<void>("push", val(optim::regimeName(m.regime)));
    radii.push_back(m.radius);
    rho = std::max(rho, m.radius);
    etaLow.push_back(edges.uLow / (p->beta * s));
    etaHigh.push_back(edges.uHigh / (p->beta * s));
    etaStable.push_back(edges.uStable / (p->beta * s));
  }
  const optim::MomentumTuning mt = optim::tuneMomentum(p->beta, sMin, sMax);
  const optim::GdTuning gd = optim::tuneGd(sMin, sMax);

  val out = val::object();
  out.set("eigenvalues", eig);
  out.set("regime", regime);
  out.set("radii", f64(radii));
  out.set("spectral_radius", rho);
  out.set("eta_repeated_low", f64(etaLow));
  out.set("eta_repeated_high", f64(etaHigh));
  out.set("eta_stable", f64(etaStable));
  out.set("eta_opt", mt.etaOpt);
  out.set("eta_opt_range", f64(std::vector<double>{mt.lo, mt.hi}));
  out.set("rate_opt", mt.rate);
  out.set("eta_gd", gd.eta);
  out.set("rate_gd", gd.rate);
  out.set("iters_momentum", count(optim::simulateItersToTol(p->sigma2, p->beta, mt.etaOpt, p->tol)));
  out.set("iters_momentum_bound", count(optim::itersFromRate(mt.rate, p->tol)));
  out.set("iters_gd", count(optim::simulateItersToTol(p->sigma2, 1, gd.eta, p->tol)));
  out.set("iters_gd_bound", count(optim::itersFromRate(gd.rate, p->tol)));
  out.set("iters_at_eta", count(optim::simulateItersToTol(p->sigma2, p->beta, p->eta, p->tol)));
  out.set("iters_at_eta_bound", count(optim::itersFromRate(rho, p->tol)));
  const std::vector<double> plane{sMax, sMin};
  out.set("path_momentum", paths(optim::momentumPath(plane, p->beta, p->eta, *steps)));
  out.set("path_gd", paths(optim::momentumPath(plane, 1, gd.eta, *steps)));
  return out;
}

// params: {beta, sigma2, axis: 'sigma2' | 'beta', eta_min, eta_max, y_min, y_max, points}.
// Spectral radius over (eta, sigma^2) at the given beta, or over (eta, beta)
// at the largest sigma^2; both axes log-spaced. The regime edges come back as
// the eta on each edge for every y.
val momentumPhase(val params) {
  auto p = readMomentum(params);
  if (!p) return error(p.error());
  auto axis = choice(params, "axis", {"sigma2", "beta"});
  if (!axis) return error(axis.error());
  double range[4];
  const char* names[4] = {"eta_min", "eta_max", "y_min", "y_max"};
  for (int i = 0; i < 4; ++i) {
    auto v = number(params, names[i]);
    if (!v) return error(v.error());
    if (*v <= 0) return error(Error{names[i], std::string(names[i]) + " must be positive"});
    range[i] = *v;
  }
  if (range[1] <= range[0] || range[3] <= range[2])
    return error(Error{"eta", "the plotted ranges must be increasing"});
  const bool sigmaAxis = *axis == "sigma2";
  if (!sigmaAxis && range[3] > 1) return error(Error{"beta", "beta must be at most 1"});
  auto points = integer(params, "points", 2, 1000);
  if (!points) return error(points.error());
  auto logGrid = [&](double a, double b) {
    std::vector<double> g(*points);
    for (int i = 0; i < *points; ++i) g[i] = a * std::pow(b / a, i / (*points - 1.0));
    return g;
  };
  const std::vector<double> etas = logGrid(range[0], range[1]), ys = logGrid(range[2], range[3]);
  const double sMax = *std::max_element(p->sigma2.begin(), p->sigma2.end());
  std::vector<double> low, high, stable;
  for (double y : ys) {
    const double beta = sigmaAxis ? p->beta : y, s = sigmaAxis ? y : sMax;
    const optim::RegimeEdges e = optim::regimeEdges(beta);
    low.push_back(e.uLow / (beta * s));
    high.push_back(e.uHigh / (beta * s));
    stable.push_back(e.uStable / (beta * s));
  }
  val out = val::object();
  out.set("eta", f64(etas));
  out.set("y", f64(ys));
  out.set("radius", rows(optim::spectralRadiusGrid(etas, ys, sigmaAxis, sigmaAxis ? p->beta : sMax)));
  out.set("eta_repeated_low", f64(low));
  out.set("eta_repeated_high", f64(high));
  out.set("eta_stable", f64(stable));
  return out;
}

// params: {beta, eta, sigma2, tol, eta_min, eta_max, points}: the worst
// rate over the modes against a log grid of eta, for momentum and for GD.
val momentumRateCurve(val params) {
  auto p = readMomentum(params);
  if (!p) return error(p.error());
  auto lo = number(params, "eta_min"), hi = number(params, "eta_max");
  if (!lo) return error(lo.error());
  if (!hi) return error(hi.error());
  if (!(*lo > 0 && *hi > *lo)) return error(Error{"eta", "the step-size range must satisfy 0 < eta_min < eta_max"});
  auto points = integer(params, "points", 2, 5000);
  if (!points) return error(points.error());
  std::vector<double> etas(*points), worst(*points, 0.0);
  for (int i = 0; i < *points; ++i) {
    etas[i] = *lo * std::pow(*hi / *lo, i / (*points - 1.0));
    for (double s : p->sigma2) worst[i] = std::max(worst[i], optim::spectralRadius(p->beta, etas[i], s));
  }
  val out = val::object();
  out.set("eta", f64(etas));
  out.set("momentum", f64(worst));
  out.set("gd", f64(optim::worstRate(p->sigma2, 2, etas)));
  return out;
}

}  // namespace
}  // namespace sw::bind

EMSCRIPTEN_BINDINGS(ch03_momentum) {
  emscripten::function("momentumAnalysis", &sw::bind::momentumAnalysis);
  emscripten::function("momentumPhase", &sw::bind::momentumPhase);
  emscripten::function("momentumRateCurve", &sw::bind::momentumRateCurve);
}
