#include "nn/gemm.hpp"

#include <algorithm>

namespace sw::nn {

namespace {
// aligned(4): loads and stores through this type may be unaligned.
typedef float f4 __attribute__((vector_size(16), aligned(4)));

inline f4 load(const float* p) { return *reinterpret_cast<const f4*>(p); }
inline void store(float* p, f4 v) { *reinterpret_cast<f4*>(p) = v; }

// Register tile MR x NR (8 accumulators: fits 16 SSE registers and V8's
// allocation); an MC x KC block of A is packed (about 64 KB, L2) so the
// micro-kernel streams it contiguously while NR columns of B stay in L1.
constexpr int MR = 8, NR = 4, MC = 64, KC = 256;
static_assert(MR % 4 == 0 && MC % MR == 0, "whole vectors per tile, whole tiles per block");

// Rows [i0, i0 + mr) and columns [p0, p0 + kc) of op(A), element (i, p) at
// a[i * rs + p * cs], as one MR-row panel: MR floats per p, rows past mr zero.
void packPanel(const float* a, int rs, int cs, int i0, int mr, int p0, int kc, float* out) {
  const float* src = a + i0 * rs + p0 * cs;
  if (rs == 1 && mr == MR) {
    for (int p = 0; p < kc; ++p, src += cs, out += MR)
      for (int v = 0; v < MR; v += 4) store(out + v, load(src + v));
    return;
  }
  for (int p = 0; p < kc; ++p, out += MR)
    for (int i = 0; i < MR; ++i) out[i] = i < mr ? src[i * rs + p * cs] : 0.0f;
}

// C tile (MR x NR, leading dimension ldc) = C tile (if `more`) + A panel x B,
// B's element (p, j) at b[p * brs + j * bcs].
void tile(int kc, const float* pa, const float* b, int brs, int bcs, float* c, int ldc, bool more) {
  constexpr int V = MR / 4;
  f4 acc[NR][V];
  for (int j = 0; j < NR; ++j)
    for (int v = 0; v < V; ++v) acc[j][v] = more ? load(c + j * ldc + 4 * v) : f4{0, 0, 0, 0};
  for (int p = 0; p < kc; ++p, pa += MR, b += brs) {
    f4 a[V];
    for (int v = 0; v < V; ++v) a[v] = load(pa + 4 * v);
    for (int j = 0; j < NR; ++j) {
      const float s = b[j * bcs];
      for (int v = 0; v < V; ++v) acc[j][v] += a[v] * s;
    }
  }
  for (int j = 0; j < NR; ++j)
    for (int v = 0; v < V; ++v) store(c + j * ldc + 4 * v, acc[j][v]);
}
}  // namespace

void gemm(Trans ta, Trans tb, int m, int n, int k, const float* a, const float* b, float* c) {
  const int ars = ta == Trans::No ? 1 : k, acs = ta == Trans::No ? m : 1;
  const int brs = tb == Trans::No ? 1 : n, bcs = tb == Trans::No ? k : 1;
  if (k == 0) std::fill(c, c + m * n, 0.0f);
  // Scratch, static rather than 70 KB of stack; training is single-threaded.
  alignas(16) thread_local float packed[MC * KC], edgeB[KC * NR], edgeC[MR * NR];
  for (int i0 = 0; i0 < m; i0 += MC) {
    const int mc = std::min(MC, m - i0);
    for (int p0 = 0; p0 < k; p0 += KC) {
      const int kc = std::min(KC, k - p0);
      for (int ir = 0; ir < mc; ir += MR)
        packPanel(a, ars, acs, i0 + ir, std::min(MR, mc - ir), p0, kc, packed + ir * kc);
      for (int j0 = 0; j0 < n; j0 += NR) {
        const int nr = std::min(NR, n - j0);
        const float* bp = b + p0 * brs + j0 * bcs;
        int rs = brs, cs = bcs;
        if (nr < NR) {  // last columns: zero-padded copy, so the tile reads no further
          for (int p = 0; p < kc; ++p)
            for (int j = 0; j < NR; ++j) edgeB[p * NR + j] = j < nr ? bp[p * brs + j * bcs] : 0.0f;
          bp = edgeB, rs = NR, cs = 1;
        }
        for (int ir = 0; ir < mc; ir += MR) {
          const int mr = std::min(MR, mc - ir);
          float* ct = c + (i0 + ir) + j0 * m;
          if (mr == MR && nr == NR) {
            tile(kc, packed + ir * kc, bp, rs, cs, ct, m, p0 > 0);
            continue;
          }
          for (int j = 0; j < nr; ++j)  // edge tile through a full-size copy
            for (int i = 0; i < mr; ++i) edgeC[j * MR + i] = ct[j * m + i];
          tile(kc, packed + ir * kc, bp, rs, cs, edgeC, MR, p0 > 0);
          for (int j = 0; j < nr; ++j)
            for (int i = 0; i < mr; ++i) ct[j * m + i] = edgeC[j * MR + i];
        }
      }
    }
  }
}

}  // namespace sw::nn
