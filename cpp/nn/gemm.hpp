// The float matrix product behind MLP training, column-major, with either
// operand transposed in place (backprop's W^T D and D A^T need no copies).
// Eigen 3.4 has no WASM packet math, so its float GEMM runs scalar in the
// browser; this kernel is written with GCC/Clang vector extensions, which
// become SSE natively and SIMD128 in WASM, so both builds run the same code.
// Every C(i, j) is summed over p in order, one multiply then one add, as
// the naive loop would: results do not depend on blocking or build.
#pragma once

namespace sw::nn {

enum class Trans { No, Yes };

// C (m x n) = op(A) op(B), op(A) m x k, op(B) k x n. A is stored m x k
// (Trans::No) or k x m (Trans::Yes), B k x n or n x k; leading dimensions
// are the stored row counts.
void gemm(Trans ta, Trans tb, int m, int n, int k, const float* a, const float* b, float* c);

}  // namespace sw::nn
