// The float GEMM against the naive loop it promises to reproduce bit for bit
// (each C(i, j) summed over p in order), for sizes around and across its
// tiles (8 x 4) and blocks (64 rows, 256 of k), in every transpose variant.
#include <gtest/gtest.h>

#include <tuple>
#include <vector>

#include "core/rng.hpp"
#include "nn/gemm.hpp"

namespace sw::nn {
namespace {

std::vector<float> randomFloats(int n, Rng& rng) {
  std::vector<float> v(n);
  for (float& x : v) x = float(rng.uniform(-1, 1));
  return v;
}

// op(A)(i, p) and op(B)(p, j) read straight from the stored matrices.
std::vector<float> naive(Trans ta, Trans tb, int m, int n, int k, const std::vector<float>& a, const std::vector<float>& b) {
  std::vector<float> c(std::size_t(m) * n);
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < m; ++i) {
      float s = 0;
      for (int p = 0; p < k; ++p)
        s += (ta == Trans::No ? a[i + p * m] : a[p + i * k]) * (tb == Trans::No ? b[p + j * k] : b[j + p * n]);
      c[i + j * m] = s;
    }
  return c;
}

TEST(Gemm, EqualsTheNaiveLoopBitForBit) {
  Rng rng(3);
  const int sizes[] = {1, 3, 7, 17, 64, 65, 256};
  std::vector<std::tuple<int, int, int>> shapes;
  for (int m : sizes)
    for (int n : sizes) shapes.push_back({m, n, sizes[(m + n) % 7]});
  // Longer sums cross the 256-wide k blocks; wide m crosses the row blocks.
  for (auto s : {std::tuple{9, 5, 257}, {65, 13, 513}, {130, 6, 300}, {8, 4, 1}, {1, 1, 600}}) shapes.push_back(s);
  for (auto [m, n, k] : shapes)
    for (Trans ta : {Trans::No, Trans::Yes})
      for (Trans tb : {Trans::No, Trans::Yes}) {
        const std::vector<float> a = randomFloats(m * k, rng), b = randomFloats(k * n, rng);
        std::vector<float> c(std::size_t(m) * n, 99.0f);
        gemm(ta, tb, m, n, k, a.data(), b.data(), c.data());
        EXPECT_EQ(c, naive(ta, tb, m, n, k, a, b))
            << m << "x" << n << "x" << k << " transposed " << int(ta) << int(tb);
      }
}

}  // namespace
}  // namespace sw::nn
