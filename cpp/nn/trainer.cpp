#include "nn/trainer.hpp"

#include <cmath>
#include <string>

#include "core/check.hpp"
#include "core/limits.hpp"

namespace sw::nn {

std::optional<Error> validate(const TrainConfig& c, const Eigen::MatrixXd& x, const Eigen::MatrixXd& y) {
  const auto& w = c.arch.widths;
  if (w.size() < 2 || c.arch.layers() > kMaxLayers)
    return Error{"widths", "the network needs from 1 to " + std::to_string(kMaxLayers) + " layers"};
  for (int n : w)
    if (n < 1 || n > kMaxWidth)
      return Error{"widths", "every layer needs from 1 to " + std::to_string(kMaxWidth) + " units"};
  if (x.rows() != w.front() || y.rows() != w.back() || x.cols() != y.cols())
    return Error{"x", "the data do not match the network's input and output sizes"};
  if (x.cols() < 1 || x.cols() > kMaxPoints)
    return Error{"x", "the data need from 1 to " + std::to_string(kMaxPoints) + " points"};
  if (!x.allFinite()) return Error{"x", "the inputs must be finite numbers"};
  if (!y.allFinite()) return Error{"y", "the targets must be finite numbers"};
  if (c.batchSize < 0) return Error{"batch_size", "batch_size must be 0 (full batch) or positive"};
  return check::first(check::aboveAndAtMost("lr", c.optimizer.lr, 0, 100),
                      check::inRange("weight_scale", c.weightInit.scale, 0, 100),
                      check::inRange("bias_scale", c.biasInit.scale, 0, 100),
                      check::aboveAndAtMost("loss_scale", c.lossScale, 0, 10));
}

Trainer::Trainer(const TrainConfig& config, const Eigen::MatrixXd& x, const Eigen::MatrixXd& y)
    : config_(config),
      net_(config.arch),
      opt_(config.optimizer, config.arch.parameterCount()),
      rng_(config.seed),
      x_(x.cast<float>()),
      y_(y.cast<float>()),
      gradNorms_(config.arch.layers()),
      norms_(config.arch.layers()) {
  net_.initialize(config.weightInit, config.biasInit, rng_);
  order_.resize(x.cols());
  for (int i = 0; i < int(order_.size()); ++i) order_[i] = i;
  cursor_ = order_.size();  // shuffle before the first minibatch
  const int n = int(x.cols());
  if (config_.batchSize <= 0 || config_.batchSize > n) config_.batchSize = n;
}

// The next b indices of an endless stream of seeded permutations.
void Trainer::nextBatch() {
  const int b = config_.batchSize;
  bx_.resize(x_.rows(), b);
  by_.resize(y_.rows(), b);
  for (int j = 0; j < b; ++j) {
    if (cursor_ == order_.size()) {
      for (std::size_t i = order_.size() - 1; i > 0; --i) std::swap(order_[i], order_[rng_.below(i + 1)]);
      cursor_ = 0;
    }
    const int k = order_[cursor_++];
    bx_.col(j) = x_.col(k);
    by_.col(j) = y_.col(k);
  }
}

long Trainer::run(long steps) {
  const bool full = config_.batchSize == x_.cols();
  const long start = step_;
  const Eigen::Index P = net_.params().size();
  for (long s = 0; s < steps && divergedAt_ < 0; ++s) {
    if (!full) nextBatch();
    const Eigen::MatrixXf& bx = full ? x_ : bx_;
    const Eigen::MatrixXf& by = full ? y_ : by_;
    residual_ = net_.forward(bx);
    residual_ -= by;
    // Sums in plain loops: the same order natively and in WASM.
    double sum = 0;
    const float* r = residual_.data();
    for (Eigen::Index i = 0; i < residual_.size(); ++i) sum += double(r[i]) * r[i];
    const double loss = config_.lossScale * sum / double(bx.cols());
    if (!std::isfinite(loss) || (!losses_.empty() && loss > limits::kDivergenceFactor * losses_.front())) {
      divergedAt_ = step_;
      break;
    }
    losses_.push_back(loss);
    residual_ *= float(2 * config_.lossScale / double(bx.cols()));
    net_.backward(residual_);
    const float* g = net_.grads().data();
    bool finite = true;
    for (int l = 1; l <= config_.arch.layers(); ++l) {
      const Eigen::Index from = config_.arch.weightOffset(l);
      const Eigen::Index to = l < config_.arch.layers() ? config_.arch.weightOffset(l + 1) : P;
      double sq = 0;
      for (Eigen::Index i = from; i < to; ++i) sq += double(g[i]) * g[i];
      norms_[l - 1] = std::sqrt(sq);
      finite = finite && std::isfinite(sq);
    }
    if (!finite) {  // the gradient overflowed float: as diverged as it gets
      losses_.pop_back();
      divergedAt_ = step_;
      break;
    }
    for (int l = 0; l < config_.arch.layers(); ++l) gradNorms_[l].push_back(norms_[l]);
    opt_.step(net_.params(), net_.grads());
    ++step_;
  }
  return step_ - start;
}

double Trainer::fullLoss() {
  residual_ = net_.forward(x_);
  residual_ -= y_;
  double sum = 0;
  for (Eigen::Index i = 0; i < residual_.size(); ++i) sum += double(residual_.data()[i]) * residual_.data()[i];
  return config_.lossScale * sum / double(x_.cols());
}

double trainFullBatch(const TrainConfig& config, const Eigen::MatrixXd& x, const Eigen::MatrixXd& y, long steps) {
  TrainConfig c = config;
  c.batchSize = 0;
  Trainer t(c, x, y);
  t.run(steps);
  return t.fullLoss();
}

}  // namespace sw::nn
