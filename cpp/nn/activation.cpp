#include "nn/activation.hpp"

#include <algorithm>
#include <cmath>

namespace sw::nn {

namespace {
// tanh as a 13/6 rational function on [-7.9, 7.9] (the coefficients Eigen
// uses for its vectorized float tanh); beyond that float tanh is +-1.
inline float fastTanh(float v) {
  const float x = std::min(7.90531110763549805f, std::max(-7.90531110763549805f, v));
  const float x2 = x * x;
  float p = x2 * -2.76076847742355e-16f + 2.00018790482477e-13f;
  p = x2 * p + -8.60467152213735e-11f;
  p = x2 * p + 5.12229709037114e-08f;
  p = x2 * p + 1.48572235717979e-05f;
  p = x2 * p + 6.37261928875436e-04f;
  p = x2 * p + 4.89352455891786e-03f;
  p = x * p;
  float q = x2 * 1.19825839466702e-06f + 1.18534705686654e-04f;
  q = x2 * q + 2.26843463243900e-03f;
  q = x2 * q + 4.89352518554385e-03f;
  return p / q;
}

template <class S, class Tanh>
void apply(Activation act, S* z, std::size_t n, Tanh tanhOf) {
  switch (act) {
    case Activation::Relu:
      for (std::size_t i = 0; i < n; ++i) z[i] = z[i] > 0 ? z[i] : S(0);
      break;
    case Activation::Tanh:
      for (std::size_t i = 0; i < n; ++i) z[i] = tanhOf(z[i]);
      break;
    case Activation::Sigmoid:  // sigmoid(z) = (1 + tanh(z/2)) / 2
      for (std::size_t i = 0; i < n; ++i) z[i] = S(0.5) + S(0.5) * tanhOf(S(0.5) * z[i]);
      break;
    case Activation::Identity:
      break;
  }
}

template <class S>
void derivative(Activation act, const S* a, S* g, std::size_t n) {
  switch (act) {
    case Activation::Relu:
      for (std::size_t i = 0; i < n; ++i) g[i] = a[i] > 0 ? g[i] : S(0);
      break;
    case Activation::Tanh:
      for (std::size_t i = 0; i < n; ++i) g[i] *= S(1) - a[i] * a[i];
      break;
    case Activation::Sigmoid:
      for (std::size_t i = 0; i < n; ++i) g[i] *= a[i] * (S(1) - a[i]);
      break;
    case Activation::Identity:
      break;
  }
}
}  // namespace

std::optional<Activation> activationNamed(const std::string& name) {
  if (name == "relu") return Activation::Relu;
  if (name == "tanh") return Activation::Tanh;
  if (name == "sigmoid") return Activation::Sigmoid;
  if (name == "identity") return Activation::Identity;
  return std::nullopt;
}

void activate(Activation act, float* z, std::size_t n) { apply(act, z, n, fastTanh); }
void activate(Activation act, double* z, std::size_t n) {
  apply(act, z, n, [](double v) { return std::tanh(v); });
}
void scaleByDerivative(Activation act, const float* a, float* g, std::size_t n) { derivative(act, a, g, n); }
void scaleByDerivative(Activation act, const double* a, double* g, std::size_t n) { derivative(act, a, g, n); }

}  // namespace sw::nn
