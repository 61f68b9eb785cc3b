// Chapter 2 glue: step-size schedules on f(x) = ||x - b||.
#include <emscripten/bind.h>

#include "bindings/marshal.hpp"
#include "optim/norm_descent.hpp"

namespace sw::bind {
namespace {

// params: {b, x0, schedule, step, tol, max_iters}
val stepSizeNorm(val params) {
  optim::NormDescentParams p;
  auto b = numbers(params, "b", 1, 64);
  if (!b) return error(b.error());
  auto x0 = numbers(params, "x0", 1, 64);
  if (!x0) return error(x0.error());
  auto schedule = choice(params, "schedule", {"constant", "harmonic", "sqrt", "polyak"});
  if (!schedule) return error(schedule.error());
  auto step = number(params, "step");
  if (!step) return error(step.error());
  auto tol = number(params, "tol");
  if (!tol) return error(tol.error());
  auto maxIters = integer(params, "max_iters", 1, 10000000);
  if (!maxIters) return error(maxIters.error());
  p.b = *b;
  p.x0 = *x0;
  optim::scheduleFromName(*schedule, &p.schedule);
  p.step = *step;
  p.tol = *tol;
  p.maxIters = *maxIters;

  auto r = optim::normDescent(p);
  if (!r) return error(r.error());
  const double d0 = r->distance.front();
  val out = val::object();
  out.set("reached", r->reached);
  out.set("iters_to_tol", count(r->itersToTol));
  out.set("final_distance", r->finalDistance);
  out.set("iters", static_cast<double>(r->iters));
  out.set("path", rows(r->path));
  std::vector<double> at(r->recordedAt.begin(), r->recordedAt.end());
  out.set("t", f64(at));
  out.set("distance", f64(r->distance));
  out.set("travelled", f64(r->travelled));
  out.set("start_distance", d0);
  out.set("cycle_remainder", optim::constantStepRemainder(d0, p.step));
  out.set("harmonic_log_steps", optim::harmonicLogSteps(d0, p.step));
  return out;
}

}  // namespace
}  // namespace sw::bind

EMSCRIPTEN_BINDINGS(ch02_schedules) { emscripten::function("stepSizeNorm", &sw::bind::stepSizeNorm); }
