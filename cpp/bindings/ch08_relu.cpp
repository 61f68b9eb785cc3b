// Chapter 8 glue: one ReLU under one SGD step, and the elbow formula for a
// one-hidden-layer network (the network itself trains through MlpTrainer).
#include <emscripten/bind.h>

#include "bindings/marshal.hpp"
#include "nn/relu_elbow.hpp"

namespace sw::bind {
namespace {

// params: {w, b, x, y, lr}
val reluStep(val params) {
  double v[5];
  const char* names[5] = {"w", "b", "x", "y", "lr"};
  for (int i = 0; i < 5; ++i) {
    auto n = number(params, names[i]);
    if (!n) return error(n.error());
    v[i] = *n;
  }
  auto s = nn::reluStep(v[0], v[1], v[2], v[3], v[4]);
  if (!s) return error(s.error());
  val out = val::object();
  out.set("elbow", s->hasElbow ? val(s->elbow) : val::null());
  out.set("elbow_after", s->hasElbowAfter ? val(s->elbowAfter) : val::null());
  out.set("phi", s->phi);
  out.set("dloss_dphi", s->dLossDPhi);
  out.set("grad_w", s->gradW);
  out.set("grad_b", s->gradB);
  out.set("w_after", s->wAfter);
  out.set("b_after", s->bAfter);
  out.set("active", s->active);
  return out;
}

// params: {w, b, a: number[] (first-layer weights, biases, output weights), c (output bias), x, y, lr}
val reluElbowUpdate(val params) {
  auto w = numbers(params, "w", 1, 512);
  if (!w) return error(w.error());
  auto b = numbers(params, "b", w->size(), w->size());
  if (!b) return error(b.error());
  auto a = numbers(params, "a", w->size(), w->size());
  if (!a) return error(a.error());
  double v[4];
  const char* names[4] = {"c", "x", "y", "lr"};
  for (int i = 0; i < 4; ++i) {
    auto n = number(params, names[i]);
    if (!n) return error(n.error());
    v[i] = *n;
  }
  const nn::ElbowUpdate u = nn::elbowUpdate(*w, *b, *a, v[0], v[1], v[2], v[3]);
  val active = val::array();
  for (std::size_t i = 0; i < u.active.size(); ++i) active.set(i, bool(u.active[i]));
  val out = val::object();
  out.set("before", f64(u.before));
  out.set("formula", f64(u.formula));
  out.set("active", active);
  out.set("residual", u.residual);
  return out;
}

}  // namespace
}  // namespace sw::bind

EMSCRIPTEN_BINDINGS(ch08_relu) {
  emscripten::function("reluStep", &sw::bind::reluStep);
  emscripten::function("reluElbowUpdate", &sw::bind::reluElbowUpdate);
}
