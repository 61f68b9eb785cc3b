// MLP glue, shared by chapters 8 to 10: a stateful trainer (the one Embind
// class; the engine layer owns each instance and deletes it) and the
// benchmark entry point. The math is in cpp/nn.
#include <emscripten/bind.h>

#include <memory>

#include "bindings/marshal.hpp"
#include "nn/features.hpp"
#include "nn/trainer.hpp"

namespace sw::bind {
namespace {

struct Setup {
  nn::TrainConfig config;
  Eigen::MatrixXd x, y;
};

Expected<nn::InitSpec> initSpec(const val& params, const char* kind, const char* scale, bool zeroAllowed) {
  std::vector<const char*> kinds{"uniform", "xavier", "he"};
  if (zeroAllowed) kinds.push_back("zero");
  auto k = choice(params, kind, kinds);
  if (!k) return k.error();
  auto s = number(params, scale);
  if (!s) return s.error();
  const nn::Init init = *k == "uniform" ? nn::Init::Uniform : *k == "xavier" ? nn::Init::Xavier
                        : *k == "he"    ? nn::Init::He
                                        : nn::Init::Zero;
  return nn::InitSpec{init, *s};
}

// params: {widths: number[], activation, weight_init, weight_scale, bias_init,
// bias_scale, optimizer, lr, batch_size (0 = full), loss_scale, seed,
// x: number[] (n * widths[0], one sample after another), y: number[] (n * widths[-1])}
Expected<Setup> readSetup(const val& params) {
  Setup s;
  auto widths = numbers(params, "widths", 2, nn::kMaxLayers + 1);
  if (!widths) return widths.error();
  for (double w : *widths) s.config.arch.widths.push_back(w >= 1 && w <= nn::kMaxWidth ? int(w) : 0);
  auto act = choice(params, "activation", {"relu", "tanh", "sigmoid", "identity"});
  if (!act) return act.error();
  s.config.arch.hidden = *nn::activationNamed(*act);
  auto wi = initSpec(params, "weight_init", "weight_scale", false);
  if (!wi) return wi.error();
  auto bi = initSpec(params, "bias_init", "bias_scale", true);
  if (!bi) return bi.error();
  s.config.weightInit = *wi;
  s.config.biasInit = *bi;
  auto opt = choice(params, "optimizer", {"sgd", "momentum", "adagrad", "rmsprop", "adam"});
  if (!opt) return opt.error();
  auto lr = number(params, "lr");
  if (!lr) return lr.error();
  s.config.optimizer = {*nn::optimizerNamed(*opt), *lr};
  auto batch = integer(params, "batch_size", 0, nn::kMaxPoints);
  if (!batch) return batch.error();
  s.config.batchSize = *batch;
  auto scale = number(params, "loss_scale");
  if (!scale) return scale.error();
  s.config.lossScale = *scale;
  auto seed = integer(params, "seed", 0, 2147483647);
  if (!seed) return seed.error();
  s.config.seed = std::uint64_t(*seed);
  const int in = s.config.arch.widths.front(), out = s.config.arch.widths.back();
  auto x = numbers(params, "x", 1, std::size_t(nn::kMaxPoints) * std::max(in, 1));
  if (!x) return x.error();
  auto y = numbers(params, "y", 1, std::size_t(nn::kMaxPoints) * std::max(out, 1));
  if (!y) return y.error();
  if (in < 1 || out < 1 || x->size() % in || y->size() % out || x->size() / in != y->size() / out)
    return Error{"x", "x and y must hold the same number of points for the network's input and output sizes"};
  s.x = Eigen::Map<const Eigen::MatrixXd>(x->data(), in, Eigen::Index(x->size() / in));
  s.y = Eigen::Map<const Eigen::MatrixXd>(y->data(), out, Eigen::Index(y->size() / out));
  if (auto e = nn::validate(s.config, s.x, s.y)) return *e;
  return s;
}

class MlpTrainer {
 public:
  // Returns {parameters} or {error, param}; on error the old session is gone.
  val configure(val params) {
    trainer_.reset();
    auto s = readSetup(params);
    if (!s) return error(s.error());
    trainer_ = std::make_unique<nn::Trainer>(s->config, s->x, s->y);
    val out = val::object();
    out.set("parameters", double(s->config.arch.parameterCount()));
    return out;
  }

  // Up to `steps` more steps: {step, taken, diverged_at}.
  val run(double steps) {
    if (!trainer_) return notConfigured();
    const long want = steps >= 0 && steps <= 1e7 ? long(steps) : 0;
    const long taken = trainer_->run(want);
    val out = val::object();
    out.set("step", double(trainer_->step()));
    out.set("taken", double(taken));
    out.set("diverged_at", count(trainer_->divergedAt()));
    return out;
  }

  // {loss, grad_norms (one Float64Array per layer), full_loss}: every step so far.
  val history() {
    if (!trainer_) return notConfigured();
    val out = val::object();
    out.set("loss", f64(trainer_->losses()));
    out.set("grad_norms", rows(trainer_->gradNorms()));
    out.set("full_loss", trainer_->fullLoss());
    return out;
  }

  // Outputs at inputs xs (one sample after another), computed in double.
  val predict(val params) {
    auto net = doubleNet();
    if (!net) return error(net.error());
    auto xs = inputs(params, "x");
    if (!xs) return error(xs.error());
    const Eigen::MatrixXd out = net.value().forward(*xs);
    return f64(out.data(), std::size_t(out.size()));
  }

  // Layer l's {w (column-major, rows x cols), b, rows, cols}.
  val layer(double l) {
    if (!trainer_) return notConfigured();
    const nn::Architecture& a = trainer_->net().arch();
    if (!(l >= 1 && l <= a.layers() && l == int(l))) return error(Error{"layer", "no such layer"});
    const Eigen::MatrixXd w = trainer_->net().weight(int(l)).cast<double>();
    const Eigen::VectorXd b = trainer_->net().bias(int(l)).cast<double>();
    val out = val::object();
    out.set("w", f64(w.data(), std::size_t(w.size())));
    out.set("b", f64(b));
    out.set("rows", int(w.rows()));
    out.set("cols", int(w.cols()));
    return out;
  }

  // params {x: training inputs, grid: plotting inputs, count, max_features}:
  // singular values of the feature matrix at x, the leading `count` principal
  // features on the grid, and per layer up to max_features of its weight and
  // bias features (df/dW_l, df/db_l) on the grid. Needs scalar output.
  val features(val params) {
    auto net = doubleNet();
    if (!net) return error(net.error());
    const nn::Architecture& a = net->arch();
    if (a.widths.back() != 1) return error(Error{"widths", "features need a network with one output"});
    auto x = inputs(params, "x");
    if (!x) return error(x.error());
    auto grid = inputs(params, "grid");
    if (!grid) return error(grid.error());
    auto k = integer(params, "count", 1, 64);
    if (!k) return error(k.error());
    auto most = integer(params, "max_features", 1, 256);
    if (!most) return error(most.error());
    // The matrix is points x parameters: keep it to a few million cells.
    if (double(std::max(x->cols(), grid->cols())) * double(a.parameterCount()) > 8e6)
      return error(Error{"widths", "the network is too large for the feature analysis: use fewer units or layers"});
    const Eigen::MatrixXd jTrain = nn::parameterJacobian(net.value(), *x);
    const Eigen::MatrixXd jGrid = nn::parameterJacobian(net.value(), *grid);
    const nn::PrincipalFeatures pf = nn::principalFeatures(jTrain, jGrid, *k);
    val layers = val::array();
    for (int l = 1; l <= a.layers(); ++l) {
      const int nw = std::min(*most, a.widths[l] * a.widths[l - 1]), nb = std::min(*most, a.widths[l]);
      val layer = val::object();
      layer.set("weights", rows(Eigen::MatrixXd(jGrid.middleCols(a.weightOffset(l), nw).transpose())));
      layer.set("biases", rows(Eigen::MatrixXd(jGrid.middleCols(a.biasOffset(l), nb).transpose())));
      layers.set(l - 1, layer);
    }
    val o = val::object();
    o.set("sigma", f64(pf.sigma));
    o.set("principal", rows(pf.functions));
    o.set("layers", layers);
    return o;
  }

 private:
  static val notConfigured() { return error(Error{"", "the trainer has no network yet"}); }

  Expected<nn::Mlp<double>> doubleNet() const {
    if (!trainer_) return Error{"", "the trainer has no network yet"};
    nn::Mlp<double> net(trainer_->net().arch());
    net.params() = trainer_->net().params().cast<double>();
    return net;
  }

  Expected<Eigen::MatrixXd> inputs(const val& params, const char* name) const {
    const int in = trainer_->net().arch().widths.front();
    auto v = numbers(params, name, 1, std::size_t(nn::kMaxPoints) * in);
    if (!v) return v.error();
    if (v->size() % in) return Error{name, std::string(name) + " must hold whole input vectors"};
    return Eigen::MatrixXd(Eigen::Map<const Eigen::MatrixXd>(v->data(), in, Eigen::Index(v->size() / in)));
  }

  std::unique_ptr<nn::Trainer> trainer_;
};

// The benchmark hook: the trainer's setup plus `steps`; runs that many
// full-batch steps (nn::trainFullBatch, also callable natively) and returns
// {loss} on the data after the last step.
val mlpTrainBench(val params) {
  auto s = readSetup(params);
  if (!s) return error(s.error());
  auto steps = integer(params, "steps", 0, 10000000);
  if (!steps) return error(steps.error());
  val out = val::object();
  out.set("loss", nn::trainFullBatch(s->config, s->x, s->y, *steps));
  return out;
}

}  // namespace
}  // namespace sw::bind

EMSCRIPTEN_BINDINGS(ch09_mlp_trainer) {
  using sw::bind::MlpTrainer;
  emscripten::class_<MlpTrainer>("MlpTrainer")
      .constructor<>()
      .function("configure", &MlpTrainer::configure)
      .function("run", &MlpTrainer::run)
      .function("history", &MlpTrainer::history)
      .function("predict", &MlpTrainer::predict)
      .function("layer", &MlpTrainer::layer)
      .function("features", &MlpTrainer::features);
  emscripten::function("mlpTrainBench", &sw::bind::mlpTrainBench);
}
