// Chapter 11 glue: wide minima, and cross-correlation applied matrix-free.
#include <emscripten/bind.h>

#include "bindings/marshal.hpp"
#include "core/rng.hpp"
#include "problems/conv1d.hpp"
#include "problems/wide_minima.hpp"

namespace sw::bind {
namespace {

// params: {points}: f and f' on [-5, 20], the minima, the maximum between
// them and the curvatures.
val wideMinimaLandscape(val params) {
  auto points = integer(params, "points", 2, 10000);
  if (!points) return error(points.error());
  std::vector<double> t(*points), f(*points), g(*points);
  for (int i = 0; i < *points; ++i) {
    t[i] = problems::kStartLo + (problems::kStartHi - problems::kStartLo) * i / (*points - 1.0);
    f[i] = problems::wideF(t[i]);
    g[i] = problems::wideGrad(t[i]);
  }
  const problems::WideLandmarks l = problems::wideLandmarks();
  val out = val::object();
  out.set("theta", f64(t));
  out.set("f", f64(f));
  out.set("grad", f64(g));
  out.set("sharp", l.sharp);
  out.set("wide", l.wide);
  out.set("barrier", l.barrier);
  out.set("sharp_curvature", l.sharpCurvature);
  out.set("wide_curvature", l.wideCurvature);
  out.set("settled_radius", problems::kSettledRadius);
  return out;
}

// params: {alpha, starts, first, count, iters, seed, sample_paths}: one chunk
// of the experiment (starts first .. first + count - 1).
val wideMinimaChunk(val params) {
  problems::WideMinimaParams p;
  auto alpha = number(params, "alpha");
  if (!alpha) return error(alpha.error());
  p.alpha = *alpha;
  auto starts = integer(params, "starts", 1, 100000);
  if (!starts) return error(starts.error());
  auto first = integer(params, "first", 0, 100000), n = integer(params, "count", 0, 100000);
  if (!first) return error(first.error());
  if (!n) return error(n.error());
  auto iters = integer(params, "iters", 1, 100000);
  if (!iters) return error(iters.error());
  auto seed = integer(params, "seed", 0, 2147483647);
  if (!seed) return error(seed.error());
  auto paths = integer(params, "sample_paths", 0, 100);
  if (!paths) return error(paths.error());
  p.starts = *starts;
  p.first = *first;
  p.count = *n;
  p.iters = *iters;
  p.seed = static_cast<std::uint64_t>(*seed);
  p.samplePaths = *paths;
  auto r = problems::wideMinimaRun(p);
  if (!r) return error(r.error());
  val out = val::object();
  out.set("sharp", static_cast<double>(r->sharp));
  out.set("wide", static_cast<double>(r->wide));
  out.set("other", static_cast<double>(r->other));
  out.set("escaped", static_cast<double>(r->escaped));
  out.set("below_range", static_cast<double>(r->belowRange));
  out.set("above_range", static_cast<double>(r->aboveRange));
  std::vector<double> h(r->histogram.begin(), r->histogram.end());
  out.set("histogram", f64(h));
  out.set("paths", rows(r->paths));
  return out;
}

Expected<problems::HuberGdParams> readHuber(const val& params, const Eigen::VectorXd& b) {
  problems::HuberGdParams p;
  auto k = numbers(params, "k", 1, 64);
  if (!k) return k.error();
  p.k = *k;
  p.b = b;
  for (auto [name, slot] : {std::pair{"lambda", &p.lambda}, {"alpha", &p.alpha}}) {
    auto v = number(params, name);
    if (!v) return v.error();
    *slot = *v;
  }
  auto iters = integer(params, "iters", 1, 100000);
  if (!iters) return iters.error();
  p.iters = *iters;
  if (auto e = problems::checkHuberGd(p)) return *e;
  return p;
}

// params: {k, b, lambda, alpha, iters, n, noise, outliers, seed}. An empty b
// means: generate blocks of length n, blur them with k, add noise and outliers.
val conv1dHuber(val params) {
  auto given = numbers(params, "b", 0, 100000);
  if (!given) return error(given.error());
  auto k = numbers(params, "k", 1, 64);
  if (!k) return error(k.error());
  auto seed = integer(params, "seed", 0, 2147483647);
  if (!seed) return error(seed.error());
  Eigen::VectorXd b, signal;
  if (given->empty()) {
    auto n = integer(params, "n", 1, 100000);
    if (!n) return error(n.error());
    if (*n < static_cast<int>(k->size()))
      return error(Error{"n", "n must be at least the kernel length (" + std::to_string(k->size()) + ")"});
    auto noise = number(params, "noise"), outliers = number(params, "outliers");
    if (!noise) return error(noise.error());
    if (!outliers) return error(outliers.error());
    if (*noise < 0 || *noise > 10) return error(Error{"noise", "noise must be between 0 and 10"});
    if (*outliers < 0 || *outliers > 1) return error(Error{"outliers", "outliers must be between 0 and 1"});
    const problems::SyntheticSignal s = problems::blurredBlocks(*k, *n, *noise, *outliers, *seed);
    b = s.observation;
    signal = s.signal;
  } else {
    b = Eigen::Map<const Eigen::VectorXd>(given->data(), static_cast<Eigen::Index>(given->size()));
  }
  auto p = readHuber(params, b);
  if (!p) return error(p.error());
  const problems::HuberGdReport free = problems::huberGd(*p, false);
  const int n = static_cast<int>(free.x.size());
  problems::HuberGdParams squared = *p;
  squared.huber = false;
  const problems::HuberGdReport lsq = problems::huberGd(squared, false);

  // The operator checks on this problem: the adjoint identity for random
  // vectors, and the dense matrix reaching the same x where it fits.
  const problems::Conv1d op(p->k, n);
  Rng rng(static_cast<std::uint64_t>(*seed) + 1);
  Eigen::VectorXd x(n), y(op.rows()), ax(op.rows()), aty(n);
  for (auto& v : x) v = rng.normal();
  for (auto& v : y) v = rng.normal();
  op.apply(x.data(), ax.data());
  op.applyTranspose(y.data(), aty.data());

  val out = val::object();
  out.set("x", f64(free.x));
  out.set("loss_history", f64(free.loss));
  out.set("diverged_at", count(free.divergedAt));
  out.set("x_squared", f64(lsq.x));
  out.set("diverged_at_squared", count(lsq.divergedAt));
  out.set("b", f64(b));
  out.set("signal", signal.size() ? f64(signal) : val::null());
  out.set("adjoint_ax_y", ax.dot(y));
  out.set("adjoint_x_aty", x.dot(aty));
  // The dense rerun costs m n per step: skip it where it would take seconds.
  if (n <= problems::kMaxDenseN && double(op.rows()) * n * p->iters <= problems::kDenseCheckBudget) {
    const problems::HuberGdReport dense = problems::huberGd(*p, true);
    out.set("dense_max_difference", (dense.x - free.x).cwiseAbs().maxCoeff());
  } else {
    out.set("dense_max_difference", val::null());
  }
  return out;
}

// params: {k, n, iters, lambda, alpha, seed}: one point of the cost sweep.
val conv1dCompare(val params) {
  auto k = numbers(params, "k", 1, 64);
  if (!k) return error(k.error());
  auto n = integer(params, "n", 64, 100000);
  if (!n) return error(n.error());
  auto seed = integer(params, "seed", 0, 2147483647);
  if (!seed) return error(seed.error());
  auto p = readHuber(params, Eigen::VectorXd::Zero(1));
  if (!p) return error(p.error());
  if (*n < static_cast<int>(k->size())) return error(Error{"k", "the kernel is longer than the signal"});
  const problems::OperatorComparison c =
      problems::compareOperators(*k, *n, p->iters, p->lambda, p->alpha, static_cast<std::uint64_t>(*seed));
  val out = val::object();
  out.set("n", c.n);
  out.set("seconds_free", c.secondsFree);
  out.set("seconds_dense", c.dense ? val(c.secondsDense) : val::null());
  out.set("bytes_free", c.bytesFree);
  out.set("bytes_dense", c.dense ? val(c.bytesDense) : val::null());
  out.set("max_difference", c.dense ? val(c.maxDifference) : val::null());
  return out;
}

}  // namespace
}  // namespace sw::bind

EMSCRIPTEN_BINDINGS(ch11_landscapes) {
  emscripten::function("wideMinimaLandscape", &sw::bind::wideMinimaLandscape);
  emscripten::function("wideMinimaChunk", &sw::bind::wideMinimaChunk);
  emscripten::function("conv1dHuber", &sw::bind::conv1dHuber);
  emscripten::function("conv1dCompare", &sw::bind::conv1dCompare);
}
