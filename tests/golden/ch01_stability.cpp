// Chapter 1 golden cases: scalar GD and the seeded RNG.
#include "core/rng.hpp"
#include "golden.hpp"
#include "optim/scalar_gd.hpp"

using golden::Case;
using golden::Json;

GOLDEN_CASES([] {
  std::vector<Case> out;
  const std::vector<std::vector<double>> sigmas = {{1.0}, {1.0, 0.3}, {3.0, 0.7, 0.1}};
  for (const auto& sigma : sigmas)
    for (double eta : {0.01, 0.3, 0.9, 2.5})
      for (const char* convention : {"squared", "half"}) {
        sw::optim::ScalarGdParams p;
        p.sigma = sigma;
        p.eta = eta;
        p.y = 1.5;
        p.eps = 1e-4;
        p.steps = 40;
        p.gradScale = std::string(convention) == "squared" ? 2 : 1;
        auto r = sw::optim::scalarGd(p);
        Json params;
        params.list("sigma", sigma).num("eta", eta).num("y", p.y).num("eps", p.eps).str("convention", convention).num("steps", p.steps);
        Json expect;
        expect.num("eta_max", r->etaMax).num("eta_opt", r->etaOpt).num("rate", r->rate)
            .nullable("iters_to_eps", r->itersToEps).nullable("iters_bound", r->itersBound)
            .nullable("diverged_at", r->divergedAt).rows("trajectory", r->w).list("rel_error", r->relError);
        out.push_back({"lrStability", params, expect});
      }
  return out;
});

GOLDEN_CASES([] {
  std::vector<Case> out;
  for (std::uint64_t seed : {0ULL, 1ULL, 12345ULL}) {
    sw::Rng rng(seed);
    std::vector<double> u, z;
    for (int i = 0; i < 8; ++i) u.push_back(rng.uniform());
    for (int i = 0; i < 8; ++i) z.push_back(rng.normal());
    Json params;
    params.num("seed", static_cast<double>(seed)).num("n", 8);
    Json expect;
    expect.list("uniform", u).list("normal", z);
    out.push_back({"rngSample", params, expect});
  }
  return out;
});
