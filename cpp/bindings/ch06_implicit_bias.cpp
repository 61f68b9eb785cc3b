// Chapter 6 glue: overparameterization and implicit bias.
#include <emscripten/bind.h>

#include <cmath>

#include "bindings/instance.hpp"
#include "bindings/marshal.hpp"
#include "core/rng.hpp"
#include "linalg/synthetic.hpp"
#include "optim/implicit_bias.hpp"
#include "optim/min_norm_gd.hpp"
#include "problems/poly_overparam.hpp"

namespace sw::bind {
namespace {

constexpr int kGridMax = 20, kRandomMax = 60;

Eigen::VectorXd toVector(const std::vector<double>& v) {
  return Eigen::Map<const Eigen::VectorXd>(v.data(), static_cast<Eigen::Index>(v.size()));
}

// The start w0: the reader's list for a typed instance; for a random one,
// standard normal entries from a stream of its own (the seed's second use).
// instance() has already checked source and seed, so value() is safe here.
Expected<Eigen::VectorXd> readStart(const val& params, const Instance& in) {
  if (choice(params, "source", {"grid", "random"}).value() == "random") {
    Rng rng(static_cast<std::uint64_t>(integer(params, "seed", 0, 2147483647).value()) ^ 0x5eedULL);
    return Eigen::VectorXd(linalg::gaussianMatrix(static_cast<int>(in.x.cols()), 1, rng).col(0));
  }
  auto w0 = numbers(params, "w0", 1, kGridMax);
  if (!w0) return w0.error();
  return toVector(*w0);
}

val traceOut(const optim::Trace& tr) {
  val out = val::object();
  out.set("step", f64(tr.step));
  out.set("w", rows(tr.w));
  out.set("loss", f64(tr.loss));
  out.set("diverged_at", count(tr.divergedAt));
  return out;
}

Eigen::VectorXd lastIterate(const optim::Trace& tr) {
  Eigen::VectorXd w(tr.w.size());
  for (std::size_t i = 0; i < tr.w.size(); ++i) w(i) = tr.w[i].back();
  return w;
}

void setInstance(val& out, const Instance& in) {
  out.set("X", rows(in.x));
  out.set("t", f64(in.y));
}

// params: {source, X, t, w0 | rows, cols, seed, eta, steps}
val minNormGd(val params) {
  auto in = instance(params, kGridMax, kRandomMax, "t");
  if (!in) return error(in.error());
  auto w0 = readStart(params, *in);
  if (!w0) return error(w0.error());
  auto eta = number(params, "eta");
  if (!eta) return error(eta.error());
  auto steps = integer(params, "steps", 1, 100000);
  if (!steps) return error(steps.error());
  auto r = optim::minNormGd({in->x, in->y, *w0, *eta, *steps});
  if (!r) return error(r.error());
  val out = val::object();
  setInstance(out, *in);
  out.set("w0", f64(*w0));
  out.set("w_gd", f64(lastIterate(r->fromStart)));
  out.set("w_gd_from_zero", f64(lastIterate(r->fromZero)));
  out.set("w_min_norm", f64(r->facts.minNorm));
  out.set("w_limit", f64(r->limitFromStart));
  out.set("grad_direction", f64(r->gradDirection));
  out.set("eta_max", r->facts.etaMax);
  out.set("rank", r->facts.svd.rank);
  out.set("singular_values", f64(r->facts.svd.sigma));
  out.set("condition", r->facts.condition);
  out.set("residual_loss", r->facts.residualLoss);
  out.set("orthogonality", r->orthogonality);
  val zero = traceOut(r->fromZero), start = traceOut(r->fromStart);
  zero.set("null_norm", f64(r->nullFromZero));
  start.set("null_norm", f64(r->nullFromStart));
  start.set("row_error", f64(r->rowErrFromStart));
  out.set("path_zero", zero);
  out.set("path_start", start);
  return out;
}

// params: {source, X, t | rows, cols, seed, eta, steps, batch}
val implicitBias(val params) {
  auto in = instance(params, kGridMax, kRandomMax, "t");
  if (!in) return error(in.error());
  optim::ImplicitBiasParams p{in->x, in->y, {}};
  auto eta = number(params, "eta");
  if (!eta) return error(eta.error());
  auto steps = integer(params, "steps", 1, 100000), batch = integer(params, "batch", 1, kRandomMax);
  auto seed = integer(params, "seed", 0, 2147483647);
  if (!steps) return error(steps.error());
  if (!batch) return error(batch.error());
  if (!seed) return error(seed.error());
  p.settings = {*eta, *steps, *batch, static_cast<std::uint64_t>(*seed)};
  auto r = optim::compareOptimizers(p);
  if (!r) return error(r.error());
  static const char* names[] = {"gd", "sgd", "minibatch", "adagrad", "rmsprop", "adam"};
  val solutions = val::object();
  for (const auto& o : r->runs) {
    val s = val::object();
    s.set("w", f64(o.w));
    s.set("norm", o.w.norm());
    s.set("loss", o.loss);
    s.set("distance", o.distance);
    s.set("row_space_gap", o.rowSpaceGap);
    s.set("diverged_at", count(o.trace.divergedAt));
    s.set("path", traceOut(o.trace));
    solutions.set(names[static_cast<int>(o.method)], s);
  }
  val out = val::object();
  setInstance(out, *in);
  out.set("solutions", solutions);
  out.set("min_norm", f64(r->facts.minNorm));
  out.set("min_norm_norm", r->facts.minNorm.norm());
  out.set("eta_max", r->facts.etaMax);
  out.set("residual_loss", r->facts.residualLoss);
  out.set("rank", r->facts.svd.rank);
  return out;
}

// params: {points, noise, degree, max_degree, seed, basis, target}
val polyOverparam(val params) {
  problems::PolyParams p;
  auto points = integer(params, "points", 2, 200), degree = integer(params, "degree", 1, 200);
  auto maxDegree = integer(params, "max_degree", 1, 200), seed = integer(params, "seed", 0, 2147483647);
  auto noise = number(params, "noise");
  auto basis = choice(params, "basis", {"legendre", "chebyshev"});
  auto target = choice(params, "target", {"sine", "runge", "cubic"});
  if (!points) return error(points.error());
  if (!degree) return error(degree.error());
  if (!maxDegree) return error(maxDegree.error());
  if (!seed) return error(seed.error());
  if (!noise) return error(noise.error());
  if (!basis) return error(basis.error());
  if (!target) return error(target.error());
  p.points = *points;
  p.degree = *degree;
  p.maxDegree = *maxDegree;
  p.seed = static_cast<std::uint64_t>(*seed);
  p.noise = *noise;
  p.basis = *basis == "legendre" ? problems::PolyBasis::Legendre : problems::PolyBasis::Chebyshev;
  p.target = *target == "sine" ? problems::PolyTarget::Sine
             : *target == "runge" ? problems::PolyTarget::Runge
                                  : problems::PolyTarget::Cubic;
  auto r = problems::polyOverparam(p);
  if (!r) return error(r.error());
  val out = val::object();
  out.set("x_train", f64(r->xTrain));
  out.set("t_train", f64(r->tTrain));
  out.set("x_grid", f64(r->xGrid));
  out.set("truth", f64(r->truth));
  out.set("fit", f64(r->fit));
  out.set("coef", f64(r->coef));
  out.set("degrees", f64(r->degrees));
  out.set("train_error", f64(r->trainError));
  out.set("test_error", f64(r->testError));
  out.set("coef_norm", f64(r->coefNorm));
  out.set("best_degree", r->bestDegree);
  out.set("interpolation_degree", *points - 1);
  return out;
}

}  // namespace
}  // namespace sw::bind

EMSCRIPTEN_BINDINGS(ch06_implicit_bias) {
  emscripten::function("minNormGd", &sw::bind::minNormGd);
  emscripten::function("implicitBias", &sw::bind::implicitBias);
  emscripten::function("polyOverparam", &sw::bind::polyOverparam);
}
