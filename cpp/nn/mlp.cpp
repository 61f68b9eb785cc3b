#include "nn/mlp.hpp"

#include <cmath>
#include <utility>

#include "nn/gemm.hpp"

namespace sw::nn {

namespace {
// c (m x n) = op(a) op(b), column-major and contiguous (see gemm). Training
// (float) uses the SIMD kernel; the double checks and analysis use Eigen.
void product(Trans ta, Trans tb, int m, int n, int k, const float* a, const float* b, float* c) {
  gemm(ta, tb, m, n, k, a, b, c);
}
void product(Trans ta, Trans tb, int m, int n, int k, const double* a, const double* b, double* c) {
  using M = Eigen::MatrixXd;
  // op() as a copy: one Eigen product instantiation keeps the module small.
  auto op = [](const double* p, int rows, int cols, Trans t) {
    return t == Trans::No ? M(Eigen::Map<const M>(p, rows, cols)) : M(Eigen::Map<const M>(p, cols, rows).transpose());
  };
  Eigen::Map<M>(c, m, n).noalias() = op(a, m, k, ta) * op(b, k, n, tb);
}
}  // namespace

Eigen::Index Architecture::parameterCount() const { return biasOffset(layers()) + widths.back(); }

Eigen::Index Architecture::weightOffset(int l) const {
  Eigen::Index off = 0;
  for (int k = 1; k < l; ++k) off += Eigen::Index(widths[k]) * (widths[k - 1] + 1);
  return off;
}

Eigen::Index Architecture::biasOffset(int l) const {
  return weightOffset(l) + Eigen::Index(widths[l]) * widths[l - 1];
}

template <class S>
Mlp<S>::Mlp(Architecture arch) : arch_(std::move(arch)) {
  params_ = Vec::Zero(arch_.parameterCount());
  grads_ = Vec::Zero(params_.size());
  for (auto* v : {&acts_, &deltas_}) v->resize(arch_.layers() + 1);
}

template <class S>
Eigen::Map<const typename Mlp<S>::Mat> Mlp<S>::weight(int l) const {
  return {params_.data() + arch_.weightOffset(l), arch_.widths[l], arch_.widths[l - 1]};
}

template <class S>
Eigen::Map<const typename Mlp<S>::Vec> Mlp<S>::bias(int l) const {
  return {params_.data() + arch_.biasOffset(l), arch_.widths[l]};
}

template <class S>
void Mlp<S>::initialize(const InitSpec& weights, const InitSpec& biases, Rng& rng) {
  auto fill = [&rng](S* p, Eigen::Index n, const InitSpec& spec, int fanIn, int fanOut) {
    const double sd = spec.kind == Init::Xavier ? std::sqrt(2.0 / (fanIn + fanOut)) : std::sqrt(2.0 / fanIn);
    for (Eigen::Index i = 0; i < n; ++i)
      p[i] = spec.kind == Init::Uniform ? S(rng.uniform(-spec.scale, spec.scale))
             : spec.kind == Init::Zero  ? S(0)
                                        : S(sd * rng.normal());
  };
  for (int l = 1; l <= arch_.layers(); ++l) {
    const int in = arch_.widths[l - 1], out = arch_.widths[l];
    fill(params_.data() + arch_.weightOffset(l), Eigen::Index(in) * out, weights, in, out);
    fill(params_.data() + arch_.biasOffset(l), out, biases, in, out);
  }
}

template <class S>
const typename Mlp<S>::Mat& Mlp<S>::forward(const Mat& x) {
  acts_[0] = x;
  const int L = arch_.layers(), n = int(x.cols());
  for (int l = 1; l <= L; ++l) {
    const int in = arch_.widths[l - 1], out = arch_.widths[l];
    acts_[l].resize(out, n);
    product(Trans::No, Trans::No, out, n, in, params_.data() + arch_.weightOffset(l), acts_[l - 1].data(), acts_[l].data());
    acts_[l].colwise() += bias(l);
    if (l < L) activate(arch_.hidden, acts_[l].data(), std::size_t(acts_[l].size()));
  }
  return acts_[L];
}

template <class S>
void Mlp<S>::backward(const Mat& dOut) {
  const int L = arch_.layers(), n = int(dOut.cols());
  deltas_[L] = dOut;
  for (int l = L; l >= 1; --l) {
    const int in = arch_.widths[l - 1], out = arch_.widths[l];
    Mat& d = deltas_[l];
    if (l < L) scaleByDerivative(arch_.hidden, acts_[l].data(), d.data(), std::size_t(d.size()));
    // dW_l = D_l A_{l-1}^T, db_l = D_l 1, D_{l-1} = W_l^T D_l.
    product(Trans::No, Trans::Yes, out, in, n, d.data(), acts_[l - 1].data(), grads_.data() + arch_.weightOffset(l));
    S* gb = grads_.data() + arch_.biasOffset(l);
    for (int i = 0; i < out; ++i) gb[i] = 0;
    for (int j = 0; j < n; ++j)  // column by column: the same sum order everywhere
      for (int i = 0; i < out; ++i) gb[i] += d(i, j);
    if (l > 1) {
      deltas_[l - 1].resize(in, n);
      product(Trans::Yes, Trans::No, in, n, out, params_.data() + arch_.weightOffset(l), d.data(), deltas_[l - 1].data());
    }
  }
}

template class Mlp<float>;
template class Mlp<double>;

}  // namespace sw::nn
