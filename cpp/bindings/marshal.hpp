// Conversions between JS values and C++ for the Embind glue. Every reader
// checks the JS type and size before converting, and reports an Error that
// names the parameter, so no hostile input reaches the math or traps.
// Results leave as JS-owned copies (never views into WASM memory).
#pragma once
#include <emscripten/val.h>

#include <Eigen/Dense>
#include <string>
#include <vector>

#include "core/expected.hpp"

namespace sw::bind {

using emscripten::val;

Expected<double> number(const val& params, const char* name);
Expected<int> integer(const val& params, const char* name, int lo, int hi);
Expected<bool> flag(const val& params, const char* name);
// The options are C strings: a std::string list was built inline at every call.
Expected<std::string> choice(const val& params, const char* name, const std::vector<const char*>& allowed);
// A list of numbers: a JS Array or Float64Array of minLen..maxLen finite entries.
Expected<std::vector<double>> numbers(const val& params, const char* name, std::size_t minLen,
                                      std::size_t maxLen);
// A matrix: an array of equally long rows of finite numbers.
Expected<Eigen::MatrixXd> matrix(const val& params, const char* name, int maxRows, int maxCols);

val error(const Error& e);
val f64(const double* data, std::size_t n);
val f64(const std::vector<double>& v);
val f64(const Eigen::VectorXd& v);
val rows(const std::vector<std::vector<double>>& m);  // array of Float64Array
val rows(const Eigen::MatrixXd& m);                   // array of Float64Array, one per row
// An iteration count, or null where the engine says "never" (-1).
val count(long n);

}  // namespace sw::bind
