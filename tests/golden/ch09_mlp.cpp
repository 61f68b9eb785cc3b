// MLP golden cases: seeded full-batch training runs through the benchmark
// entry point, for each activation and optimizer, so the WASM module must
// reproduce the native float training run; and one ReLU step.
#include <cmath>

#include "golden.hpp"
#include "nn/relu_elbow.hpp"
#include "nn/trainer.hpp"

using golden::Case;
using golden::Json;

GOLDEN_CASES([] {
  std::vector<Case> out;
  const int n = 24;
  std::vector<double> x(n), y(n);
  for (int i = 0; i < n; ++i) {
    x[i] = -1 + 2.0 * i / (n - 1);
    y[i] = std::sin(3 * x[i]);
  }
  struct Run {
    const char *act, *opt, *winit, *binit;
    double lr;
  };
  const Run runs[] = {{"tanh", "adam", "he", "xavier", 0.01}, {"relu", "sgd", "xavier", "zero", 0.05},
                      {"sigmoid", "rmsprop", "uniform", "uniform", 0.005}, {"relu", "momentum", "he", "he", 0.02},
                      {"tanh", "adagrad", "xavier", "uniform", 0.05}};
  for (const Run& r : runs) {
    sw::nn::TrainConfig c;
    c.arch = {{1, 12, 10, 1}, *sw::nn::activationNamed(r.act)};
    auto init = [](const char* k) {
      using sw::nn::Init;
      return std::string(k) == "he" ? Init::He : std::string(k) == "xavier" ? Init::Xavier
                                               : std::string(k) == "zero" ? Init::Zero : Init::Uniform;
    };
    c.weightInit = {init(r.winit), 0.8};
    c.biasInit = {init(r.binit), 0.3};
    c.optimizer = {*sw::nn::optimizerNamed(r.opt), r.lr};
    c.seed = 3;
    const Eigen::MatrixXd xm = Eigen::Map<const Eigen::MatrixXd>(x.data(), 1, n);
    const Eigen::MatrixXd ym = Eigen::Map<const Eigen::MatrixXd>(y.data(), 1, n);
    Json params;
    params.list("widths", {1, 12, 10, 1}).str("activation", r.act).str("weight_init", r.winit).num("weight_scale", 0.8)
        .str("bias_init", r.binit).num("bias_scale", 0.3).str("optimizer", r.opt).num("lr", r.lr).num("batch_size", 0)
        .num("loss_scale", 1).num("seed", 3).list("x", x).list("y", y).num("steps", 60);
    Json expect;
    expect.num("loss", sw::nn::trainFullBatch(c, xm, ym, 60));
    out.push_back({"mlpTrainBench", params, expect});
  }
  return out;
});

GOLDEN_CASES([] {
  std::vector<Case> out;
  for (double w : {-1.5, 0.7})
    for (double x : {-0.8, 1.3}) {
      auto s = sw::nn::reluStep(w, 0.4, x, -0.2, 0.3);
      Json params;
      params.num("w", w).num("b", 0.4).num("x", x).num("y", -0.2).num("lr", 0.3);
      Json expect;
      expect.num("grad_w", s->gradW).num("grad_b", s->gradB).num("w_after", s->wAfter).num("b_after", s->bAfter)
          .num("elbow_after", s->elbowAfter);
      out.push_back({"reluStep", params, expect});
    }
  return out;
});
