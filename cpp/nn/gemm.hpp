// The float matrix product behind MLP training: C = A B, column-major.
// Eigen 3.4 has no WASM packet math, so its float GEMM runs scalar in the
// browser; this kernel is written with GCC/Clang vector extensions, which
// become SSE natively and SIMD128 in WASM, so both builds get the same code.
#pragma once

namespace sw::nn {

// C (m x n) = A (m x k) * B (k x n); leading dimensions are the row counts.
void gemm(int m, int n, int k, const float* a, const float* b, float* c);

}  // namespace sw::nn
