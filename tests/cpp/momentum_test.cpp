#include "optim/momentum.hpp"

#include <gtest/gtest.h>

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>

#include "optim/scalar_gd.hpp"

using namespace sw::optim;

namespace {
Eigen::Matrix2d systemMatrix(double beta, double eta, double s) {
  Eigen::Matrix2d r;
  r << 1 - beta, 2 * beta * s, -eta * (1 - beta), 1 - 2 * eta * beta * s;
  return r;
}
double eigenRadius(const Eigen::Matrix2d& r) {
  return Eigen::EigenSolver<Eigen::Matrix2d>(r).eigenvalues().cwiseAbs().maxCoeff();
}
}  // namespace

TEST(Momentum, ClosedFormEigenvaluesMatchEigen) {
  for (double beta : {0.05, 0.1, 0.5, 0.9, 1.0})
    for (double eta : {1e-3, 0.05, 0.3, 1.0, 4.0, 40.0})
      for (double s : {0.05, 1.0, 5.0}) {
        const ModeSpectrum m = modeSpectrum(beta, eta, s);
        const auto ev = Eigen::EigenSolver<Eigen::Matrix2d>(systemMatrix(beta, eta, s)).eigenvalues();
        // Match as sets: each closed-form root is one of Eigen's.
        for (auto l : {m.l1, m.l2}) {
          const double d = std::min(std::abs(l - ev(0)), std::abs(l - ev(1)));
          EXPECT_LT(d, 1e-7 * std::max(1.0, std::abs(l))) << beta << " " << eta << " " << s;
        }
        EXPECT_NEAR(m.radius, eigenRadius(systemMatrix(beta, eta, s)), 1e-7 * std::max(1.0, m.radius));
      }
}

TEST(Momentum, RegimesAndTheirEdges) {
  const double beta = 0.1, s = 5, c = std::sqrt(0.9);
  const RegimeEdges e = regimeEdges(beta);
  EXPECT_NEAR(e.uLow, (1 - c) * (1 - c) / 2, 1e-15);
  EXPECT_NEAR(e.uHigh, (1 + c) * (1 + c) / 2, 1e-15);
  const double etaLow = e.uLow / (beta * s), etaHigh = e.uHigh / (beta * s), etaStable = e.uStable / (beta * s);
  EXPECT_EQ(modeSpectrum(beta, etaLow, s).regime, Regime::Repeated);
  EXPECT_EQ(modeSpectrum(beta, etaHigh, s).regime, Regime::Repeated);
  EXPECT_EQ(modeSpectrum(beta, etaLow * 0.99, s).regime, Regime::Real);
  EXPECT_EQ(modeSpectrum(beta, etaLow * 1.01, s).regime, Regime::Complex);
  EXPECT_EQ(modeSpectrum(beta, etaHigh * 0.99, s).regime, Regime::Complex);
  EXPECT_EQ(modeSpectrum(beta, etaHigh * 1.01, s).regime, Regime::Real);
  // Repeated root T/2 = +-sqrt(1 - beta); a complex pair has modulus sqrt(det).
  EXPECT_NEAR(modeSpectrum(beta, etaLow, s).l1.real(), c, 1e-9);
  EXPECT_NEAR(modeSpectrum(beta, etaHigh, s).l1.real(), -c, 1e-9);
  EXPECT_NEAR(modeSpectrum(beta, (etaLow + etaHigh) / 2, s).radius, c, 1e-14);
  // Real negative branch: stable until the root reaches -1 at eta = (2 - beta)/(beta s).
  EXPECT_NEAR(modeSpectrum(beta, etaStable, s).radius, 1, 1e-12);
  // (At beta = 0.1 the real band above the complex one is thin: u in [1.8987, 1.9).)
  const ModeSpectrum inside = modeSpectrum(beta, etaStable * 0.9999, s);
  EXPECT_EQ(inside.regime, Regime::Real);
  EXPECT_LT(inside.radius, 1);
  EXPECT_DOUBLE_EQ(inside.l1.real(), -inside.radius);
  EXPECT_GT(modeSpectrum(beta, etaStable * 1.001, s).radius, 1);
}

TEST(Momentum, SourcePartG) {
  // beta = 0.1, sigma_max^2 = 5, sigma_min^2 = 0.05 (condition number 100):
  // u_high / u_low ~ 1442 >= 100, so both modes fit in the complex band.
  const double beta = 0.1, c = std::sqrt(0.9);
  const MomentumTuning t = tuneMomentum(beta, 0.05, 5);
  EXPECT_NEAR(t.lo, (1 - c) * (1 - c) / (2 * beta * 0.05), 1e-12);
  EXPECT_NEAR(t.hi, (1 + c) * (1 + c) / (2 * beta * 5), 1e-12);
  EXPECT_NEAR(t.lo, 0.26334, 1e-5);
  EXPECT_NEAR(t.hi, 3.79737, 1e-5);
  EXPECT_NEAR(t.rate, c, 1e-15);
  EXPECT_NEAR(t.etaOpt, std::sqrt(t.lo * t.hi), 1e-12);
  // Every eta inside attains the rate; just outside is worse (checked by Eigen).
  for (int i = 0; i <= 20; ++i) {
    const double eta = t.lo * std::pow(t.hi / t.lo, i / 20.0);
    const double worst = std::max(eigenRadius(systemMatrix(beta, eta, 0.05)), eigenRadius(systemMatrix(beta, eta, 5)));
    EXPECT_NEAR(worst, c, 1e-6) << eta;
  }
  for (double eta : {t.lo * 0.97, t.hi * 1.03})
    EXPECT_GT(std::max(eigenRadius(systemMatrix(beta, eta, 0.05)), eigenRadius(systemMatrix(beta, eta, 5))), c + 1e-4);

  const GdTuning gd = tuneGd(0.05, 5);
  EXPECT_NEAR(gd.eta, 1 / 5.05, 1e-15);
  EXPECT_NEAR(gd.rate, 99.0 / 101.0, 1e-15);
  // GD at eta*: both modes shrink by exactly 99/101 per step (opposite signs),
  // so the simulated count equals the closed form ceil(ln 1e-3 / ln(99/101)) = 346.
  EXPECT_EQ(itersFromRate(gd.rate, 1e-3), 346);
  EXPECT_EQ(simulateItersToTol({0.05, 5}, 1, gd.eta, 1e-3), 346);
  EXPECT_EQ(itersFromRate(t.rate, 1e-3), 132);
}

TEST(Momentum, SimulationMatchesMatrixPowers) {
  // An independent count: ||x_t|| from powers of each mode's R (Eigen).
  for (double eta : {0.3, 1.0, 2.5, 3.7}) {
    const double beta = 0.1;
    const std::vector<double> s{0.05, 5};
    long expected = -1;
    Eigen::Matrix2d p0 = Eigen::Matrix2d::Identity(), p1 = p0;
    for (long t = 0; t < 100000 && expected < 0; ++t) {
      const Eigen::Vector2d e0 = p0 * Eigen::Vector2d(0, -1), e1 = p1 * Eigen::Vector2d(0, -1);
      if (std::hypot(e0(1), e1(1)) <= 1e-3 * std::sqrt(2.0)) expected = t;
      p0 = systemMatrix(beta, eta, s[0]) * p0;
      p1 = systemMatrix(beta, eta, s[1]) * p1;
    }
    EXPECT_EQ(simulateItersToTol(s, beta, eta, 1e-3), expected) << eta;
  }
}

TEST(Momentum, BalancedOptimumWhenTheBandIsTooNarrow) {
  // beta = 0.5: u_high / u_low ~ 34 < kappa = 1000, so the optimum is a single eta.
  const double beta = 0.5, sMin = 0.01, sMax = 10;
  const MomentumTuning t = tuneMomentum(beta, sMin, sMax);
  EXPECT_EQ(t.lo, t.hi);
  EXPECT_NEAR(modeSpectrum(beta, t.etaOpt, sMin).radius, modeSpectrum(beta, t.etaOpt, sMax).radius, 1e-9);
  // No eta on a fine grid does better.
  double best = 2;
  for (int i = 0; i <= 4000; ++i) {
    const double eta = 1e-3 * std::pow(1e4, i / 4000.0);
    best = std::min(best, std::max(modeSpectrum(beta, eta, sMin).radius, modeSpectrum(beta, eta, sMax).radius));
  }
  EXPECT_LE(t.rate, best + 1e-12);
  EXPECT_GT(t.rate, std::sqrt(1 - beta));
}

TEST(Momentum, BetaOneIsGradientDescent) {
  const QuadraticPath p = momentumPath({5, 0.05}, 1, 0.1, 30);
  for (int t = 0; t <= 30; ++t) {
    EXPECT_NEAR(p.w[0][t], 1 - std::pow(1 - 2 * 0.1 * 5, t), 1e-12);
    EXPECT_NEAR(p.w[1][t], 1 - std::pow(1 - 2 * 0.1 * 0.05, t), 1e-12);
    EXPECT_NEAR(p.grad[0][t], 2 * 5 * (p.w[0][t] - 1), 1e-12);
  }
  EXPECT_EQ(p.divergedAt, -1);
  const QuadraticPath d = momentumPath({5, 0.05}, 0.1, 50, 5000);
  EXPECT_GT(d.divergedAt, 0);
  for (double w : d.w[0]) EXPECT_TRUE(std::isfinite(w));
}

TEST(Momentum, RejectsBadParameters) {
  MomentumParams p{0.1, 1, {5, 0.05}, 1e-3};
  EXPECT_FALSE(checkMomentum(p).has_value());
  p.beta = 1.5;
  EXPECT_EQ(checkMomentum(p)->param, "beta");
  p.beta = 0.1;
  p.sigma2 = {5, -1};
  EXPECT_EQ(checkMomentum(p)->param, "sigma2");
}

TEST(Momentum, GridRadiusMatchesTheSpectrum) {
  for (double beta : {0.01, 0.1, 0.7, 1.0})
    for (double eta = 1e-3; eta < 1e3; eta *= 1.7)
      EXPECT_NEAR(spectralRadius(beta, eta, 0.8), modeSpectrum(beta, eta, 0.8).radius, 1e-12 * std::max(1.0, eta));
  const auto grid = spectralRadiusGrid({0.1, 1, 10}, {0.2, 0.5}, false, 3.0);
  EXPECT_DOUBLE_EQ(grid[1][2], spectralRadius(0.5, 10, 3.0));
}
