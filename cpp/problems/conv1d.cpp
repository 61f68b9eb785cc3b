#include "problems/conv1d.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/check.hpp"
#include "core/limits.hpp"
#include "core/rng.hpp"

namespace sw::problems {

Conv1d::Conv1d(std::vector<double> k, int n)
    : k_(std::move(k)), n_(n), m_(n - static_cast<int>(k_.size()) + 1) {}

void Conv1d::apply(const double* x, double* out) const {
  const int r = static_cast<int>(k_.size());
  for (int i = 0; i < m_; ++i) {
    double s = 0;
    for (int j = 0; j < r; ++j) s += k_[j] * x[i + j];
    out[i] = s;
  }
}

void Conv1d::applyTranspose(const double* u, double* out) const {
  const int r = static_cast<int>(k_.size());
  std::fill(out, out + n_, 0.0);
  for (int i = 0; i < m_; ++i)
    for (int j = 0; j < r; ++j) out[i + j] += k_[j] * u[i];
}

Eigen::MatrixXd Conv1d::dense() const {
  Eigen::MatrixXd a = Eigen::MatrixXd::Zero(m_, n_);
  for (int i = 0; i < m_; ++i)
    for (std::size_t j = 0; j < k_.size(); ++j) a(i, i + static_cast<int>(j)) = k_[j];
  return a;
}

double huber(double y) { return std::abs(y) <= 1 ? y * y / 2 : std::abs(y) - 0.5; }
double huberGrad(double y) { return std::clamp(y, -1.0, 1.0); }

std::optional<Error> checkHuberGd(const HuberGdParams& p) {
  const std::vector<double> b(p.b.data(), p.b.data() + p.b.size());
  if (auto e = check::first(check::sizeBetween("k", p.k.size(), 1, 64),
                            check::allInRange("k", p.k, -1e3, 1e3),
                            check::allInRange("b", b, -1e6, 1e6),
                            check::inRange("lambda", p.lambda, 0, 1e3),
                            check::aboveAndAtMost("alpha", p.alpha, 0, 1e3),
                            check::inRange("iters", p.iters, 1, 100000)))
    return e;
  if (b.empty()) return Error{"b", "b needs at least one entry"};
  return std::nullopt;
}

HuberGdReport huberGd(const HuberGdParams& p, bool dense) {
  const int m = static_cast<int>(p.b.size());
  const int n = m + static_cast<int>(p.k.size()) - 1;
  const Conv1d op(p.k, n);
  Eigen::MatrixXd a;
  if (dense) a = op.dense();
  HuberGdReport r;
  r.x = Eigen::VectorXd::Zero(n);
  Eigen::VectorXd res(m), g(n);
  auto objective = [&] {
    // res holds A x - b on entry.
    double s = 0;
    for (int i = 0; i < m; ++i) s += p.huber ? huber(res(i)) : res(i) * res(i) / 2;
    return s + p.lambda / 2 * r.x.squaredNorm();
  };
  auto residual = [&] {
    if (dense) res.noalias() = a * r.x;
    else op.apply(r.x.data(), res.data());
    res -= p.b;
  };
  residual();
  const double f0 = objective();
  r.loss.push_back(f0);
  for (int t = 1; t <= p.iters; ++t) {
    if (p.huber)
      for (int i = 0; i < m; ++i) res(i) = huberGrad(res(i));
    if (dense) g.noalias() = a.transpose() * res;
    else op.applyTranspose(res.data(), g.data());
    r.x -= p.alpha * (g + p.lambda * r.x);
    residual();
    const double f = objective();
    if (!(f <= limits::kDivergenceFactor * std::max(f0, 1.0))) {
      r.divergedAt = t;
      break;
    }
    r.loss.push_back(f);
  }
  return r;
}

SyntheticSignal blurredBlocks(const std::vector<double>& k, int n, double noise, double outliers,
                              std::uint64_t seed) {
  Rng rng(seed);
  SyntheticSignal s;
  s.signal.resize(n);
  double level = 0;
  for (int i = 0; i < n; ++i) {
    // A new level about every n/8 samples (at least every 4).
    if (i == 0 || rng.uniform() < 8.0 / std::max(n, 32)) level = rng.uniform(-2, 2);
    s.signal(i) = level;
  }
  const Conv1d op(k, n);
  s.observation.resize(op.rows());
  op.apply(s.signal.data(), s.observation.data());
  for (int i = 0; i < op.rows(); ++i) {
    s.observation(i) += noise * rng.normal();
    if (rng.uniform() < outliers) s.observation(i) += rng.uniform(-10, 10);
  }
  return s;
}

OperatorComparison compareOperators(const std::vector<double>& k, int n, int iters, double lambda,
                                    double alpha, std::uint64_t seed) {
  using Clock = std::chrono::steady_clock;
  const SyntheticSignal s = blurredBlocks(k, n, 0.05, 0.02, seed);
  const HuberGdParams p{k, s.observation, lambda, alpha, iters};
  const double m = static_cast<double>(s.observation.size());
  const bool dense = n <= kMaxDenseN;
  OperatorComparison c{n, dense, 0, 0, 8.0 * k.size(), dense ? 8.0 * m * n : 0, 0};
  // Browsers coarsen their clocks (to 0.1 ms or worse), so repeat short runs
  // until 10 ms have passed and report the mean.
  auto timed = [&](bool formed, HuberGdReport* out) {
    const auto t0 = Clock::now();
    double elapsed = 0;
    int reps = 0;
    do {
      *out = huberGd(p, formed);
      ++reps;
      elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
    } while (elapsed < 0.01 && reps < 1000);
    return elapsed / reps;
  };
  HuberGdReport free, formed = huberGd(p, false);  // a warm-up run, untimed
  c.secondsFree = timed(false, &free);
  if (dense) {
    c.secondsDense = timed(true, &formed);
    c.maxDifference = (formed.x - free.x).cwiseAbs().maxCoeff();
  }
  return c;
}

}  // namespace sw::problems
