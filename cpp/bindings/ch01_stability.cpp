// Chapter 1 glue: step size and stability on quadratics.
#include <emscripten/bind.h>

#include <cmath>

#include "bindings/marshal.hpp"
#include "core/rng.hpp"
#include "linalg/synthetic.hpp"
#include "optim/lsq_gd.hpp"
#include "optim/scalar_gd.hpp"

namespace sw::bind {
namespace {

// params: {sigma: number[], y, eta, eps, convention: 'squared'|'half', steps}
val lrStability(val params) {
  optim::ScalarGdParams p;
  auto sigma = numbers(params, "sigma", 1, 64);
  if (!sigma) return error(sigma.error());
  p.sigma = *sigma;
  for (auto [name, slot] : {std::pair{"y", &p.y}, {"eta", &p.eta}, {"eps", &p.eps}}) {
    auto v = number(params, name);
    if (!v) return error(v.error());
    *slot = *v;
  }
  auto convention = choice(params, "convention", {"squared", "half"});
  if (!convention) return error(convention.error());
  p.gradScale = *convention == "squared" ? 2 : 1;
  auto steps = integer(params, "steps", 1, 100000);
  if (!steps) return error(steps.error());
  p.steps = *steps;

  auto r = optim::scalarGd(p);
  if (!r) return error(r.error());
  val out = val::object();
  out.set("eta_max", r->etaMax);
  out.set("eta_opt", r->etaOpt);
  out.set("rate", r->rate);
  out.set("rate_opt", r->rateOpt);
  out.set("factors", f64(r->factors));
  out.set("limiting_mode", r->limitingMode);
  out.set("slowest_mode", r->slowestMode);
  out.set("iters_to_eps", count(r->itersToEps));
  out.set("iters_bound", count(r->itersBound));
  out.set("diverged_at", count(r->divergedAt));
  out.set("trajectory", rows(r->w));
  out.set("rel_error", f64(r->relError));
  return out;
}

// params: {sigma: number[], eta_min, eta_max, points, convention}
val lrRateCurve(val params) {
  auto sigma = numbers(params, "sigma", 1, 64);
  if (!sigma) return error(sigma.error());
  auto lo = number(params, "eta_min"), hi = number(params, "eta_max");
  if (!lo) return error(lo.error());
  if (!hi) return error(hi.error());
  if (!(*lo > 0 && *hi > *lo)) return error(Error{"eta", "the step-size range must satisfy 0 < eta_min < eta_max"});
  auto points = integer(params, "points", 2, 5000);
  if (!points) return error(points.error());
  auto convention = choice(params, "convention", {"squared", "half"});
  if (!convention) return error(convention.error());
  std::vector<double> etas(*points);
  const double step = std::log(*hi / *lo) / (*points - 1);
  for (int i = 0; i < *points; ++i) etas[i] = *lo * std::exp(step * i);
  val out = val::object();
  out.set("eta", f64(etas));
  out.set("rate", f64(optim::worstRate(*sigma, *convention == "squared" ? 2 : 1, etas)));
  return out;
}

// params: {sigma: number[], rows, eta, steps, seed, convention}: GD on a random
// X with these singular values, error read along each right singular vector.
val lrMatrixModes(val params) {
  auto sigma = numbers(params, "sigma", 1, 64);
  if (!sigma) return error(sigma.error());
  for (double s : *sigma)
    if (s <= 0) return error(Error{"sigma", "every sigma must be positive"});
  auto eta = number(params, "eta");
  if (!eta) return error(eta.error());
  if (*eta <= 0) return error(Error{"eta", "eta must be positive"});
  auto steps = integer(params, "steps", 1, 100000);
  if (!steps) return error(steps.error());
  auto seed = integer(params, "seed", 0, 2147483647);
  if (!seed) return error(seed.error());
  auto convention = choice(params, "convention", {"squared", "half"});
  if (!convention) return error(convention.error());
  const int d = static_cast<int>(sigma->size());
  Rng rng(static_cast<std::uint64_t>(*seed));
  const Eigen::MatrixXd x = linalg::withSingularValues(*sigma, d + 2, d, rng);
  Eigen::VectorXd y(d + 2);
  for (int i = 0; i < y.size(); ++i) y(i) = rng.normal();
  auto r = optim::gdAlongSingularDirections(x, y, *eta, *convention == "squared" ? 2 : 1, *steps);
  val out = val::object();
  out.set("sigma", f64(r.sigma));
  out.set("errors", rows(r.err));
  return out;
}

}  // namespace
}  // namespace sw::bind

EMSCRIPTEN_BINDINGS(ch01_stability) {
  emscripten::function("lrStability", &sw::bind::lrStability);
  emscripten::function("lrRateCurve", &sw::bind::lrRateCurve);
  emscripten::function("lrMatrixModes", &sw::bind::lrMatrixModes);
}
