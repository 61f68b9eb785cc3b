// Hidden-layer nonlinearities, applied in place to a layer's values, and
// their derivatives expressed through the output a = act(z) (so the backward
// pass needs no stored pre-activations).
#pragma once
#include <cstddef>
#include <optional>
#include <string>

namespace sw::nn {

enum class Activation { Relu, Tanh, Sigmoid, Identity };

std::optional<Activation> activationNamed(const std::string& name);  // relu, tanh, sigmoid, identity

// a = act(z), over n values. The float versions use a rational tanh that
// vectorizes (and is the same arithmetic natively and in WASM); the double
// versions use std:: functions and serve the checks and the analysis.
void activate(Activation act, float* z, std::size_t n);
void activate(Activation act, double* z, std::size_t n);
// g *= act'(z), with act' written in terms of a = act(z). ReLU'(0) = 0.
void scaleByDerivative(Activation act, const float* a, float* g, std::size_t n);
void scaleByDerivative(Activation act, const double* a, double* g, std::size_t n);

}  // namespace sw::nn
