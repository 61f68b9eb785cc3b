// Chapter 7 glue: backpropagation and vector-Jacobian products.
#include <emscripten/bind.h>

#include "bindings/marshal.hpp"
#include "core/rng.hpp"
#include "linalg/synthetic.hpp"
#include "nn/residual_mlp.hpp"
#include "problems/outer_vjp.hpp"

namespace sw::bind {
namespace {

constexpr int kGridMax = 20;
constexpr int kRandomMax = 100;

Expected<Eigen::VectorXd> vectorParam(const val& params, const char* name, std::size_t maxLen) {
  auto v = numbers(params, name, 1, maxLen);
  if (!v) return v.error();
  return Eigen::VectorXd(Eigen::Map<const Eigen::VectorXd>(v->data(), static_cast<Eigen::Index>(v->size())));
}

// The reader's network, or a random one (N inputs, K hidden units, N(0, 1) entries).
Expected<std::pair<nn::ResidualNet, nn::ResidualInputs>> readNetwork(const val& params) {
  auto kind = choice(params, "source", {"grid", "random"});
  if (!kind) return kind.error();
  nn::ResidualNet net;
  nn::ResidualInputs in;
  if (*kind == "random") {
    auto n = integer(params, "n", 1, kRandomMax), k = integer(params, "k", 1, kRandomMax);
    auto seed = integer(params, "seed", 0, 2147483647);
    if (!n) return n.error();
    if (!k) return k.error();
    if (!seed) return seed.error();
    Rng rng(static_cast<std::uint64_t>(*seed));
    using linalg::gaussianMatrix;
    net = {gaussianMatrix(*k, *n, rng), gaussianMatrix(*k, 1, rng), gaussianMatrix(*n, *k, rng), gaussianMatrix(*n, 1, rng)};
    in = {gaussianMatrix(*n, 1, rng), gaussianMatrix(*n, 1, rng), gaussianMatrix(*k, 1, rng)};
    return std::pair{net, in};
  }
  for (auto [name, slot] : {std::pair{"W1", &net.w1}, {"W2", &net.w2}}) {
    auto m = matrix(params, name, kGridMax, kGridMax);
    if (!m) return m.error();
    *slot = *m;
  }
  for (auto [name, slot] : {std::pair{"b1", &net.b1}, {"b2", &net.b2}, {"x", &in.x}, {"s", &in.s}, {"r", &in.r}}) {
    auto v = vectorParam(params, name, kGridMax);
    if (!v) return v.error();
    *slot = *v;
  }
  return std::pair{net, in};
}

val node(const Eigen::VectorXd& value, const Eigen::VectorXd& grad, const Eigen::VectorXd& numeric) {
  val out = val::object();
  out.set("value", f64(value));
  out.set("grad", f64(grad));
  out.set("grad_numeric", f64(numeric));
  return out;
}

val scalarNode(double value) {
  const Eigen::VectorXd v = Eigen::VectorXd::Constant(1, value), one = Eigen::VectorXd::Ones(1);
  return node(v, one, one);  // dL/dS = dL/dR = dL/dL = 1 exactly
}

// params: {source, W1, b1, W2, b2, x, s, r | n, k, seed}
val backpropResidual(val params) {
  auto nw = readNetwork(params);
  if (!nw) return error(nw.error());
  const auto& [net, in] = *nw;
  auto p = nn::residualBackprop(net, in);
  if (!p) return error(p.error());
  const nn::ResidualNumeric fd = nn::residualFiniteDifferences(net, in, *p);
  val nodes = val::object();
  nodes.set("x", node(in.x, p->gradX, fd.gradX));
  nodes.set("z", node(p->z, p->gradZ, fd.gradZ));
  nodes.set("h", node(p->h, p->gradH, fd.gradH));
  nodes.set("y", node(p->y, p->gradY, fd.gradY));
  nodes.set("S", scalarNode(p->lossS));
  nodes.set("R", scalarNode(p->lossR));
  nodes.set("L", scalarNode(p->loss));
  val out = val::object();
  out.set("grad_x", f64(p->gradX));
  out.set("grad_x_numeric", f64(fd.gradX));
  out.set("max_abs_error", (p->gradX - fd.gradX).cwiseAbs().maxCoeff());
  out.set("nodes", nodes);
  out.set("W1", rows(net.w1));
  out.set("W2", rows(net.w2));
  out.set("b1", f64(net.b1));
  out.set("b2", f64(net.b2));
  out.set("s", f64(in.s));
  out.set("r", f64(in.r));
  return out;
}

// params: {v, y}: J = v v^T and J^T y both ways.
val vjpExample(val params) {
  auto v = vectorParam(params, "v", 200);
  if (!v) return error(v.error());
  auto y = vectorParam(params, "y", 200);
  if (!y) return error(y.error());
  if (y->size() != v->size())
    return error(Error{"y", "y must have as many entries as v (" + std::to_string(v->size()) + ")"});
  const Eigen::MatrixXd j = problems::outerJacobian(*v);
  val out = val::object();
  out.set("jacobian", rows(j));
  out.set("vjp", f64(problems::outerVjp(*v, *y)));
  out.set("vjp_via_jacobian", f64(Eigen::VectorXd(j.transpose() * *y)));
  return out;
}

// params: {n, seed, min_seconds}: one point of the timing sweep.
val vjpTiming(val params) {
  auto n = integer(params, "n", 1, 20000), seed = integer(params, "seed", 0, 2147483647);
  auto minSeconds = number(params, "min_seconds");
  if (!n) return error(n.error());
  if (!seed) return error(seed.error());
  if (!minSeconds) return error(minSeconds.error());
  if (*minSeconds < 0 || *minSeconds > 1) return error(Error{"min_seconds", "min_seconds must be between 0 and 1"});
  Rng rng(static_cast<std::uint64_t>(*seed));
  const problems::VjpTiming t = problems::timeOuterVjp(*n, *minSeconds, rng);
  val out = val::object();
  out.set("n", t.n);
  out.set("out_of_memory", t.outOfMemory);
  out.set("explicit_seconds", t.explicitSeconds);
  out.set("vjp_seconds", t.vjpSeconds);
  out.set("explicit_calls", static_cast<double>(t.explicitCalls));
  out.set("vjp_calls", static_cast<double>(t.vjpCalls));
  out.set("max_abs_diff", t.maxAbsDiff);
  return out;
}

// params: {n: number[], seconds: number[]}: the slope of log time against log n.
val powerLawFit(val params) {
  auto n = numbers(params, "n", 2, 1000), s = numbers(params, "seconds", 2, 1000);
  if (!n) return error(n.error());
  if (!s) return error(s.error());
  if (s->size() != n->size()) return error(Error{"seconds", "seconds must have one entry per n"});
  const problems::PowerLawFit f = problems::fitPowerLaw(*n, *s);
  val out = val::object();
  out.set("slope", f.slope);
  out.set("intercept", f.intercept);
  return out;
}

}  // namespace
}  // namespace sw::bind

EMSCRIPTEN_BINDINGS(ch07_backprop) {
  emscripten::function("backpropResidual", &sw::bind::backpropResidual);
  emscripten::function("vjpExample", &sw::bind::vjpExample);
  emscripten::function("vjpTiming", &sw::bind::vjpTiming);
  emscripten::function("powerLawFit", &sw::bind::powerLawFit);
}
