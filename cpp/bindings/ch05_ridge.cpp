// Chapter 5 glue: ridge regression's five views, its kernel and Gaussian
// forms with live solve timings, and gradient descent with input noise.
#include <emscripten/bind.h>

#include <cmath>

#include "bindings/instance.hpp"
#include "bindings/marshal.hpp"
#include "core/check.hpp"
#include "linalg/least_squares.hpp"
#include "linalg/ridge.hpp"
#include "linalg/solve_timing.hpp"
#include "optim/instance_noise.hpp"

namespace sw::bind {
namespace {

// Reads numbers into slots, in order; the first failure is returned.
std::optional<Error> readNumbers(const val& params, std::initializer_list<std::pair<const char*, double*>> slots) {
  for (auto [name, slot] : slots) {
    auto v = number(params, name);
    if (!v) return v.error();
    *slot = *v;
  }
  return std::nullopt;
}

// params: instance (see instance.hpp) and lambda
val ridgeViews(val params) {
  auto in = instance(params, 8, 60);
  if (!in) return error(in.error());
  auto lambda = number(params, "lambda");
  if (!lambda) return error(lambda.error());
  auto v = linalg::ridgeFiveViews(in->x, in->y, *lambda);
  if (!v) return error(v.error());
  const linalg::Svd s = linalg::thinSvd(in->x);
  const long d = in->x.cols();

  // The path over lambda: from well below the smallest nonzero sigma^2 to
  // well above the largest, always including the reader's lambda.
  const double top = s.rank ? s.sigma(0) * s.sigma(0) : 1, low = s.rank ? s.sigma(s.rank - 1) * s.sigma(s.rank - 1) : 1;
  const double lo = std::min(1e-4 * low, *lambda / 10), hi = std::max(1e4 * top, *lambda * 10);
  std::vector<double> lambdas;
  const int points = 121;
  for (int i = 0; i < points; ++i) lambdas.push_back(lo * std::pow(hi / lo, i / double(points - 1)));

  val views = val::object();
  views.set("normal", f64(v->normal));
  views.set("svd", f64(v->svd));
  views.set("map", f64(v->map));
  views.set("fake_data", f64(v->fakeData));
  views.set("fake_features", f64(v->fakeFeatures));
  val out = val::object();
  out.set("X", rows(in->x));
  out.set("y", f64(in->y));
  out.set("w_by_view", views);
  out.set("max_disagreement", v->maxDisagreement);
  out.set("singular_values", f64(s.sigma));
  out.set("rank", s.rank);
  out.set("filter", f64(linalg::ridgeFilter(s, *lambda)));
  const double smin = d > s.sigma.size() || s.rank < s.sigma.size() ? 0 : s.sigma(s.sigma.size() - 1);
  out.set("condition", (top + *lambda) / (smin * smin + *lambda));
  val path = val::object();
  path.set("lambda", f64(lambdas));
  path.set("w", rows(Eigen::MatrixXd(linalg::ridgePath(s, in->y, lambdas))));
  out.set("path", path);
  out.set("limit_zero", f64(linalg::minNormSolve(s, in->y)));
  const Eigen::VectorXd xty = in->x.transpose() * in->y;
  out.set("xty", f64(xty));
  return out;
}

// params: instance and lambda
val kernelRidgeForms(val params) {
  auto in = instance(params, 8, 200);
  if (!in) return error(in.error());
  auto lambda = number(params, "lambda");
  if (!lambda) return error(lambda.error());
  if (auto e = check::aboveAndAtMost("lambda", *lambda, 0, 1e12)) return error(*e);
  const auto primalOr = linalg::ridgePrimal(in->x, in->y, *lambda), dualOr = linalg::ridgeDual(in->x, in->y, *lambda),
             gaussOr = linalg::gaussianConditionalMean(in->x, in->y, *lambda);
  if (!primalOr || !dualOr || !gaussOr)
    return error(Error{"lambda", "λ is too small for the scale of X: the systems are numerically singular. Raise λ."});
  const Eigen::VectorXd &primal = *primalOr, &dual = *dualOr, &gauss = *gaussOr;
  val out = val::object();
  out.set("X", rows(in->x));
  out.set("y", f64(in->y));
  out.set("w_primal", f64(primal));
  out.set("w_dual", f64(dual));
  out.set("w_gaussian", f64(gauss));
  out.set("max_disagreement", linalg::maxRelativeGap({&primal, &dual, &gauss}, primal));
  return out;
}

// params: {n, d, lambda, min_ms, seed}: one timing point
val ridgeSolveTiming(val params) {
  auto n = integer(params, "n", 1, 2000), d = integer(params, "d", 1, 2000);
  if (!n) return error(n.error());
  if (!d) return error(d.error());
  double lambda = 0, minMs = 0;
  if (auto e = readNumbers(params, {{"lambda", &lambda}, {"min_ms", &minMs}})) return error(*e);
  if (auto e = check::first(check::aboveAndAtMost("lambda", lambda, 0, 1e12), check::inRange("min_ms", minMs, 0, 1000)))
    return error(*e);
  auto seed = integer(params, "seed", 0, 2147483647);
  if (!seed) return error(seed.error());
  const linalg::SolveTiming t = linalg::timeRidgeSolves(*n, *d, lambda, minMs, static_cast<std::uint64_t>(*seed));
  val out = val::object();
  out.set("primal_ms", t.primalMs);
  out.set("dual_ms", t.dualMs);
  out.set("primal_reps", t.primalReps);
  out.set("dual_reps", t.dualReps);
  return out;
}

Expected<optim::ScalarNoiseParams> scalarNoise(const val& params) {
  optim::ScalarNoiseParams p;
  if (auto e = readNumbers(params, {{"x", &p.x}, {"y", &p.y}, {"sigma2", &p.sigma2}, {"eta", &p.eta}})) return *e;
  auto steps = integer(params, "steps", 1, 100000);
  if (!steps) return steps.error();
  p.steps = *steps;
  return p;
}

// params: {x, y, sigma2, eta, steps}
val instanceNoiseTheory(val params) {
  auto p = scalarNoise(params);
  if (!p) return error(p.error());
  auto t = optim::scalarNoiseTheory(*p);
  if (!t) return error(t.error());
  val out = val::object();
  out.set("lambda", t->lambda);
  out.set("eta_max", t->etaMax);
  out.set("eta_max_variance", t->etaMaxVariance);
  out.set("limit", t->limit);
  out.set("noiseless", t->noiseless);
  out.set("expected", f64(t->mean));
  out.set("expected_sd", f64(t->sd));
  return out;
}

// Reads {seed, first, count} for one chunk of Monte-Carlo runs.
std::optional<Error> readChunk(const val& params, int& seed, int& first, int& count) {
  auto s = integer(params, "seed", 0, 2147483647), f = integer(params, "first", 0, 1000000000),
       c = integer(params, "count", 1, 100000);
  for (auto* e : {&s, &f, &c})
    if (!*e) return e->error();
  seed = *s, first = *f, count = *c;
  return std::nullopt;
}

// params: {x, y, sigma2, eta, steps, seed, first, count}
val instanceNoiseRuns(val params) {
  auto p = scalarNoise(params);
  if (!p) return error(p.error());
  if (auto t = optim::scalarNoiseTheory(*p); !t) return error(t.error());
  int seed, first, count;
  if (auto e = readChunk(params, seed, first, count)) return error(*e);
  const optim::MonteCarloSums s = optim::scalarNoiseRuns(*p, static_cast<std::uint64_t>(seed), first, count);
  val out = val::object();
  out.set("sum", f64(s.sum));
  out.set("sum_sq", f64(s.sumSq));
  out.set("valid_steps", s.validSteps);
  return out;
}

Expected<optim::VectorNoiseParams> vectorNoise(const val& params) {
  optim::VectorNoiseParams p;
  auto x = matrix(params, "X", 8, 4);
  if (!x) return x.error();
  p.x = *x;
  auto y = numbers(params, "targets", 1, 8);
  if (!y) return y.error();
  p.y = Eigen::Map<const Eigen::VectorXd>(y->data(), static_cast<long>(y->size()));
  if (auto e = readNumbers(params, {{"sigma2", &p.sigma2}, {"eta", &p.eta}})) return *e;
  auto steps = integer(params, "steps", 1, 100000);
  if (!steps) return steps.error();
  p.steps = *steps;
  return p;
}

// params: {X, targets, sigma2, eta, steps}
val instanceNoiseVectorTheory(val params) {
  auto p = vectorNoise(params);
  if (!p) return error(p.error());
  auto t = optim::vectorNoiseTheory(*p);
  if (!t) return error(t.error());
  val out = val::object();
  out.set("lambda", t->lambda);
  out.set("lambda_unscaled", t->lambda * static_cast<double>(p->x.rows()));
  out.set("eta_max", t->etaMax);
  out.set("ridge", f64(t->ridge));
  out.set("expected", rows(t->mean));
  return out;
}

// params: {X, targets, sigma2, eta, steps, seed, first, count}
val instanceNoiseVectorRuns(val params) {
  auto p = vectorNoise(params);
  if (!p) return error(p.error());
  if (auto t = optim::vectorNoiseTheory(*p); !t) return error(t.error());
  int seed, first, count;
  if (auto e = readChunk(params, seed, first, count)) return error(*e);
  const optim::VectorMonteCarloSums s = optim::vectorNoiseRuns(*p, static_cast<std::uint64_t>(seed), first, count);
  val out = val::object();
  out.set("sum", rows(s.sum));
  out.set("valid_steps", s.validSteps);
  return out;
}

}  // namespace
}  // namespace sw::bind

EMSCRIPTEN_BINDINGS(ch05_ridge) {
  emscripten::function("ridgeViews", &sw::bind::ridgeViews);
  emscripten::function("kernelRidgeForms", &sw::bind::kernelRidgeForms);
  emscripten::function("ridgeSolveTiming", &sw::bind::ridgeSolveTiming);
  emscripten::function("instanceNoiseTheory", &sw::bind::instanceNoiseTheory);
  emscripten::function("instanceNoiseRuns", &sw::bind::instanceNoiseRuns);
  emscripten::function("instanceNoiseVectorTheory", &sw::bind::instanceNoiseVectorTheory);
  emscripten::function("instanceNoiseVectorRuns", &sw::bind::instanceNoiseVectorRuns);
}
