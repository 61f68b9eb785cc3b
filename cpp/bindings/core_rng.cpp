// Exposes the seeded generator so tests can check that WASM draws the same
// numbers as the native build (every seeded widget depends on it).
#include <emscripten/bind.h>

#include "bindings/marshal.hpp"
#include "core/rng.hpp"

namespace sw::bind {
namespace {

// params: {seed, n}: n uniforms then n normals from one generator.
val rngSample(val params) {
  auto seed = integer(params, "seed", 0, 2147483647);
  if (!seed) return error(seed.error());
  auto n = integer(params, "n", 1, 10000);
  if (!n) return error(n.error());
  Rng rng(static_cast<std::uint64_t>(*seed));
  std::vector<double> u(*n), z(*n);
  for (double& x : u) x = rng.uniform();
  for (double& x : z) x = rng.normal();
  val out = val::object();
  out.set("uniform", f64(u));
  out.set("normal", f64(z));
  return out;
}

}  // namespace
}  // namespace sw::bind

EMSCRIPTEN_BINDINGS(core_rng) { emscripten::function("rngSample", &sw::bind::rngSample); }
