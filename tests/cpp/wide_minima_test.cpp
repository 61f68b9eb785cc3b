#include "problems/wide_minima.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/rng.hpp"

using namespace sw::problems;

namespace {
WideMinimaParams run(double alpha, long starts, int iters, std::uint64_t seed) {
  WideMinimaParams p;
  p.alpha = alpha;
  p.starts = p.count = starts;
  p.iters = iters;
  p.seed = seed;
  return p;
}
}  // namespace

TEST(WideMinima, DerivativesMatchFiniteDifferences) {
  for (double t = -5; t <= 20; t += 0.37) {
    const double h = 1e-6;
    EXPECT_NEAR(wideGrad(t), (wideF(t + h) - wideF(t - h)) / (2 * h), 1e-5 * std::max(1.0, std::abs(wideGrad(t)))) << t;
    EXPECT_NEAR(wideCurvature(t), (wideGrad(t + h) - wideGrad(t - h)) / (2 * h), 1e-4 * std::max(1.0, std::abs(wideCurvature(t)))) << t;
  }
  // Far out the logistic weight saturates without overflow.
  EXPECT_TRUE(std::isfinite(wideGrad(1e6)));
  EXPECT_TRUE(std::isfinite(wideGrad(-1e6)));
}

TEST(WideMinima, Landmarks) {
  const WideLandmarks l = wideLandmarks();
  EXPECT_NEAR(wideGrad(l.sharp), 0, 1e-12);
  EXPECT_NEAR(wideGrad(l.wide), 0, 1e-12);
  EXPECT_NEAR(wideGrad(l.barrier), 0, 1e-9);
  // Near 0, f' ~ 20 t + s0 (t - 10) + 3 s0 (gap = 100) with s0 = e^{-9}/(1 + e^{-9}):
  // the tiny admixture of the wide bowl shifts the sharp minimum to ~ -290 s0 / 20.
  const double s0 = std::exp(-9.0) / (1 + std::exp(-9.0));
  EXPECT_NEAR(l.sharp, -290 * s0 / 20, 2e-5);
  EXPECT_NEAR(l.wide, 10, 1e-3);
  EXPECT_NEAR(l.sharpCurvature, 20, 0.2);  // 20.1: the wide bowl adds a little
  EXPECT_NEAR(l.wideCurvature, 1, 0.05);
  EXPECT_GT(l.barrier, l.sharp);
  EXPECT_LT(l.barrier, l.wide);
  EXPECT_LT(wideF(l.sharp), wideF(l.wide));  // the sharp minimum is the global one
}

TEST(WideMinima, SmallStepFollowsTheBasins) {
  // With alpha = 0.01 GD is stable in both wells and ends in the basin it
  // starts in: the sharp count is the number of starts left of the barrier,
  // counted here from the same random draws.
  const WideLandmarks l = wideLandmarks();
  auto r = wideMinimaRun(run(0.01, 2000, 3000, 7));
  ASSERT_TRUE(r.ok());
  sw::Rng rng(7);
  long left = 0;
  for (int j = 0; j < 2000; ++j) left += rng.uniform(kStartLo, kStartHi) < l.barrier;
  EXPECT_EQ(r->sharp, left);
  EXPECT_EQ(r->wide, 2000 - left);
  EXPECT_EQ(r->other, 0);
}

TEST(WideMinima, ModerateStepOnlyKeepsTheWideMinimum) {
  // alpha = 0.3 > 2/20: the sharp well repels; 0.3 < 2/1 keeps the wide one.
  auto r = wideMinimaRun(run(0.3, 2000, 1000, 7));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->sharp, 0);
  EXPECT_GT(r->wide, 1800);
}

TEST(WideMinima, LargeStepConvergesNowhereAndNeverOverflows) {
  auto p = run(4, 2000, 1000, 7);
  p.samplePaths = 5;
  auto r = wideMinimaRun(p);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->sharp + r->wide + r->other, 2000);
  EXPECT_GT(r->other, 1000);
  for (const auto& path : r->paths)
    for (double t : path) EXPECT_TRUE(std::isfinite(t));
}

TEST(WideMinima, ChunksAddUpToTheWholeRun) {
  auto whole = wideMinimaRun(run(0.3, 1000, 200, 3));
  auto a = run(0.3, 1000, 200, 3), b = a;
  a.count = 400;
  b.first = 400;
  b.count = 600;
  auto ra = wideMinimaRun(a), rb = wideMinimaRun(b);
  ASSERT_TRUE(whole.ok() && ra.ok() && rb.ok());
  EXPECT_EQ(ra->sharp + rb->sharp, whole->sharp);
  EXPECT_EQ(ra->wide + rb->wide, whole->wide);
  EXPECT_EQ(ra->other + rb->other, whole->other);
  for (int i = 0; i < kHistogramBins; ++i) EXPECT_EQ(ra->histogram[i] + rb->histogram[i], whole->histogram[i]);
}

TEST(WideMinima, RejectsBadParameters) {
  EXPECT_EQ(wideMinimaRun(run(0, 10, 10, 1)).error().param, "alpha");
  EXPECT_EQ(wideMinimaRun(run(0.1, 200000, 10, 1)).error().param, "starts");
}
