#include "nn/gemm.hpp"

namespace sw::nn {

namespace {
// aligned(4): loads and stores through this type may be unaligned.
typedef float f4 __attribute__((vector_size(16), aligned(4)));

inline f4 load(const float* p) { return *reinterpret_cast<const f4*>(p); }
inline void store(float* p, f4 v) { *reinterpret_cast<f4*>(p) = v; }

// NC columns of C at once, eight rows in registers across the whole k loop:
// each A load feeds NC multiply-adds.
template <int NC>
void columns(int m, int k, const float* a, const float* b, int ldb, float* c, int ldc) {
  int i = 0;
  for (; i + 8 <= m; i += 8) {
    f4 lo[NC], hi[NC];
    for (int j = 0; j < NC; ++j) lo[j] = hi[j] = f4{0, 0, 0, 0};
    for (int p = 0; p < k; ++p) {
      const f4 a0 = load(a + p * m + i), a1 = load(a + p * m + i + 4);
      for (int j = 0; j < NC; ++j) {
        const float s = b[j * ldb + p];
        lo[j] += a0 * s;
        hi[j] += a1 * s;
      }
    }
    for (int j = 0; j < NC; ++j) {
      store(c + j * ldc + i, lo[j]);
      store(c + j * ldc + i + 4, hi[j]);
    }
  }
  for (; i < m; ++i)
    for (int j = 0; j < NC; ++j) {
      float s = 0;
      for (int p = 0; p < k; ++p) s += a[p * m + i] * b[j * ldb + p];
      c[j * ldc + i] = s;
    }
}
}  // namespace

void gemm(int m, int n, int k, const float* a, const float* b, float* c) {
  int j = 0;
  for (; j + 4 <= n; j += 4) columns<4>(m, k, a, b + j * k, k, c + j * m, m);
  for (; j < n; ++j) columns<1>(m, k, a, b + j * k, k, c + j * m, m);
}

}  // namespace sw::nn
