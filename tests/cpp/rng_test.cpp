#include "core/rng.hpp"

#include <gtest/gtest.h>

#include <cmath>

TEST(Rng, SameSeedSameStream) {
  sw::Rng a(42), b(42), c(43);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(a.next(), b.next());
  EXPECT_NE(sw::Rng(42).next(), c.next());
}

TEST(Rng, KnownFirstValues) {
  // Pinned so a change to the generator (which would change every seeded
  // widget) is noticed; the WASM test checks the same numbers.
  sw::Rng r(1);
  EXPECT_EQ(r.next(), 0xb3f2af6d0fc710c5ULL);
}

TEST(Rng, MomentsOfUniformAndNormal) {
  sw::Rng r(5);
  const int n = 200000;
  double su = 0, sn = 0, sn2 = 0;
  for (int i = 0; i < n; ++i) {
    const double u = r.uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    su += u;
    const double z = r.normal();
    sn += z;
    sn2 += z * z;
  }
  EXPECT_NEAR(su / n, 0.5, 0.005);
  EXPECT_NEAR(sn / n, 0.0, 0.01);
  EXPECT_NEAR(sn2 / n, 1.0, 0.01);
}

TEST(Rng, BelowIsInRange) {
  sw::Rng r(9);
  for (int i = 0; i < 1000; ++i) EXPECT_LT(r.below(7), 7u);
  EXPECT_EQ(r.below(0), 0u);
}
