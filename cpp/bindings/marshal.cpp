#include "bindings/marshal.hpp"

#include <cmath>

#include "core/limits.hpp"

namespace sw::bind {

namespace {
Error typeError(const char* name, const char* what) {
  return Error{name, std::string(name) + " must be " + what};
}
bool isArrayLike(const val& v) {
  return v.instanceof(val::global("Float64Array")) || val::global("Array").call<bool>("isArray", v);
}
// Number.isFinite does not coerce, so "1", [2] or true fail here instead of
// being converted to numbers by convertJSArrayToNumberVector.
bool entriesAreNumbers(const val& v) { return v.call<bool>("every", val::global("Number")["isFinite"]); }
}  // namespace

Expected<double> number(const val& params, const char* name) {
  const val v = params[name];
  if (!v.isNumber()) return typeError(name, "a number");
  const double d = v.as<double>();
  if (!std::isfinite(d)) return typeError(name, "a finite number");
  return d;
}

Expected<int> integer(const val& params, const char* name, int lo, int hi) {
  auto d = number(params, name);
  if (!d) return d.error();
  if (*d != std::floor(*d) || *d < lo || *d > hi)
    return Error{name, std::string(name) + " must be a whole number from " + std::to_string(lo) + " to " +
                           std::to_string(hi)};
  return static_cast<int>(*d);
}

Expected<bool> flag(const val& params, const char* name) {
  const val v = params[name];
  if (v.typeOf().as<std::string>() != "boolean") return typeError(name, "true or false");
  return v.as<bool>();
}

Expected<std::string> choice(const val& params, const char* name, const std::vector<const char*>& allowed) {
  const val v = params[name];
  if (!v.isString()) return typeError(name, "one of the listed options");
  const std::string s = v.as<std::string>();
  for (const char* a : allowed)
    if (s == a) return s;
  std::string list;
  for (const char* a : allowed) list.append(list.empty() ? "" : ", ").append(a);
  return Error{name, std::string(name) + " must be one of: " + list};
}

Expected<std::vector<double>> numbers(const val& params, const char* name, std::size_t minLen,
                                      std::size_t maxLen) {
  const val v = params[name];
  if (!isArrayLike(v)) return typeError(name, "a list of numbers");
  const val len = v["length"];
  const double n = len.isNumber() ? len.as<double>() : -1;
  if (n < minLen || n > maxLen || n > limits::kMaxList)
    return Error{name, std::string(name) + " must have from " + std::to_string(minLen) + " to " +
                           std::to_string(std::min(maxLen, limits::kMaxList)) + " entries"};
  if (!entriesAreNumbers(v)) return typeError(name, "a list of finite numbers");
  // Holes in a sparse array become NaN in this conversion and are rejected below.
  std::vector<double> out = emscripten::convertJSArrayToNumberVector<double>(v);
  for (double d : out)
    if (!std::isfinite(d)) return typeError(name, "a list of finite numbers");
  return out;
}

Expected<Eigen::MatrixXd> matrix(const val& params, const char* name, int maxRows, int maxCols) {
  const val v = params[name];
  if (!val::global("Array").call<bool>("isArray", v)) return typeError(name, "a matrix (a list of rows)");
  const int r = v["length"].as<int>();
  if (r < 1 || r > maxRows)
    return Error{name, std::string(name) + " must have from 1 to " + std::to_string(maxRows) + " rows"};
  Eigen::MatrixXd m;
  for (int i = 0; i < r; ++i) {
    const val row = v[i];
    if (!isArrayLike(row)) return typeError(name, "a matrix (a list of rows)");
    const int c = row["length"].as<int>();
    if (i == 0) {
      if (c < 1 || c > maxCols)
        return Error{name, std::string(name) + " must have from 1 to " + std::to_string(maxCols) + " columns"};
      m.resize(r, c);
    } else if (c != m.cols()) {
      return Error{name, std::string(name) + " rows must all have the same length"};
    }
    if (!entriesAreNumbers(row)) return typeError(name, "a matrix of finite numbers");
    const std::vector<double> vals = emscripten::convertJSArrayToNumberVector<double>(row);
    for (int j = 0; j < c; ++j) {
      if (!std::isfinite(vals[j])) return typeError(name, "a matrix of finite numbers");
      m(i, j) = vals[j];
    }
  }
  return m;
}

val error(const Error& e) {
  val out = val::object();
  out.set("error", e.message);
  out.set("param", e.param);
  return out;
}

val f64(const double* data, std::size_t n) {
  // Copy out: a view would go stale when WASM memory grows.
  return val::global("Float64Array").new_(emscripten::typed_memory_view(n, data)).call<val>("slice");
}

val f64(const std::vector<double>& v) { return f64(v.data(), v.size()); }

val f64(const Eigen::VectorXd& v) { return f64(v.data(), static_cast<std::size_t>(v.size())); }

val rows(const std::vector<std::vector<double>>& m) {
  val out = val::array();
  for (std::size_t i = 0; i < m.size(); ++i) out.set(i, f64(m[i]));
  return out;
}

val rows(const Eigen::MatrixXd& m) {
  val out = val::array();
  for (int i = 0; i < m.rows(); ++i) {
    const Eigen::VectorXd row = m.row(i).transpose();
    out.set(i, f64(row));
  }
  return out;
}

val count(long n) { return n < 0 ? val::null() : val(static_cast<double>(n)); }

}  // namespace sw::bind
