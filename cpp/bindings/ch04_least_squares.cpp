// Chapter 4 glue: least squares through the SVD, and the gradient identities.
#include <emscripten/bind.h>

#include <cmath>

#include "bindings/instance.hpp"
#include "bindings/marshal.hpp"
#include "linalg/gradient_identities.hpp"
#include "linalg/least_squares.hpp"

namespace sw::bind {
namespace {

val projection(const Eigen::MatrixXd& p) {
  const linalg::ProjectionCheck c = linalg::checkProjection(p);
  val out = val::object();
  out.set("product", rows(p));
  out.set("identity_error", c.identityError);
  out.set("idempotence_error", c.idempotenceError);
  out.set("symmetry_error", c.symmetryError);
  out.set("trace", c.trace);
  return out;
}

// params: instance (source, X, y, rows, cols, seed; see instance.hpp)
val svdLeastSquares(val params) {
  auto in = instance(params, 8, 60);
  if (!in) return error(in.error());
  const Eigen::MatrixXd& x = in->x;
  const Eigen::VectorXd& y = in->y;
  const linalg::Svd s = linalg::thinSvd(x);
  const Eigen::VectorXd w = linalg::minNormSolve(s, y);
  const Eigen::MatrixXd pinv = linalg::pseudoInverse(s);
  const auto formula = linalg::gramSolve(x, y, s.rank);

  val out = val::object();
  out.set("X", rows(x));
  out.set("y", f64(y));
  out.set("w", f64(w));
  out.set("w_formula", formula ? f64(*formula) : val::null());
  out.set("formula_gap", formula ? val((*formula - w).cwiseAbs().maxCoeff()) : val::null());
  out.set("singular_values", f64(s.sigma));
  out.set("rank", s.rank);
  out.set("rank_tolerance", s.tolerance);
  out.set("condition", s.rank ? val(s.sigma(0) / s.sigma(s.rank - 1)) : val::null());
  out.set("U", rows(s.u));
  out.set("V", rows(s.v));
  const Eigen::VectorXd coords = s.u.transpose() * y;
  out.set("uty", f64(coords));
  const Eigen::VectorXd resid = x * w - y;
  out.set("residual_norm", resid.norm());
  out.set("normal_residual", (x.transpose() * resid).cwiseAbs().maxCoeff());
  val check = val::object();
  check.set("pinv", rows(pinv));
  check.set("left", projection(pinv * x));   // A X: I_n when X has full column rank
  check.set("right", projection(x * pinv));  // X B: I_m when X has full row rank
  out.set("inverse_check", check);
  return out;
}

// params: {A, x, c, X, Y, h, scheme: 'central'|'forward', symmetrize}
val vectorCalculus(val params) {
  linalg::GradientInputs in;
  auto a = matrix(params, "A", 6, 6);
  if (!a) return error(a.error());
  in.a = *a;
  auto sym = flag(params, "symmetrize");
  if (!sym) return error(sym.error());
  if (*sym) in.a = (0.5 * (in.a + in.a.transpose())).eval();
  for (auto [name, slot] : {std::pair{"x", &in.x}, {"c", &in.c}, {"Y", &in.Y}}) {
    auto v = numbers(params, name, 1, 8);
    if (!v) return error(v.error());
    *slot = Eigen::Map<const Eigen::VectorXd>(v->data(), static_cast<long>(v->size()));
  }
  auto X = matrix(params, "X", 8, 6);
  if (!X) return error(X.error());
  in.X = *X;
  auto h = number(params, "h");
  if (!h) return error(h.error());
  in.h = *h;
  auto scheme = choice(params, "scheme", {"central", "forward"});
  if (!scheme) return error(scheme.error());
  in.central = *scheme == "central";
  auto r = linalg::checkGradients(in);
  if (!r) return error(r.error());

  const std::pair<const char*, const linalg::GradientCheck*> checks[] = {
      {"linear", &r->linear},         {"square_norm", &r->squareNorm}, {"matrix_vector", &r->matrixVector},
      {"quadratic", &r->quadratic},   {"sample_loss", &r->sampleLoss}, {"total_loss", &r->totalLoss}};
  val analytic = val::object(), numeric = val::object(), errors = val::object();
  for (const auto& [name, g] : checks) {
    analytic.set(name, rows(g->analytic));
    numeric.set(name, rows(g->numeric));
    errors.set(name, g->maxAbsError);
  }
  val out = val::object();
  out.set("A", rows(in.a));
  out.set("analytic", analytic);
  out.set("numeric", numeric);
  out.set("errors", errors);
  out.set("max_abs_error", r->maxAbsError);
  const Eigen::VectorXd shortcut = r->shortcut.transpose();
  out.set("shortcut", f64(shortcut));
  out.set("shortcut_gap", (r->shortcut - r->quadratic.analytic.row(0)).cwiseAbs().maxCoeff());
  out.set("asymmetry", (in.a - in.a.transpose()).cwiseAbs().maxCoeff());
  std::vector<double> hs;
  for (int k = 0; k <= 52; ++k) hs.push_back(std::pow(10.0, -13 + 0.25 * k));
  val sweep = val::object();
  sweep.set("h", f64(hs));
  sweep.set("central", f64(linalg::quadraticErrorByStep(in.a, in.x, hs, true)));
  sweep.set("forward", f64(linalg::quadraticErrorByStep(in.a, in.x, hs, false)));
  out.set("error_vs_h", sweep);
  return out;
}

}  // namespace
}  // namespace sw::bind

EMSCRIPTEN_BINDINGS(ch04_least_squares) {
  emscripten::function("svdLeastSquares", &sw::bind::svdLeastSquares);
  emscripten::function("vectorCalculus", &sw::bind::vectorCalculus);
}
