#include "bindings/instance.hpp"

#include <string>

#include "core/rng.hpp"
#include "linalg/synthetic.hpp"

namespace sw::bind {

Expected<Instance> instance(const val& params, int maxGrid, int maxRandom, const char* target) {
  auto source = choice(params, "source", {"grid", "random"});
  if (!source) return source.error();
  if (*source == "random") {
    auto rows = integer(params, "rows", 1, maxRandom), cols = integer(params, "cols", 1, maxRandom);
    if (!rows) return rows.error();
    if (!cols) return cols.error();
    auto seed = integer(params, "seed", 0, 2147483647);
    if (!seed) return seed.error();
    Rng rng(static_cast<std::uint64_t>(*seed));
    Instance in{linalg::gaussianMatrix(*rows, *cols, rng), {}};
    in.y = linalg::gaussianMatrix(*rows, 1, rng).col(0);
    return in;
  }
  auto x = matrix(params, "X", maxGrid, maxGrid);
  if (!x) return x.error();
  auto y = numbers(params, target, 1, maxGrid);
  if (!y) return y.error();
  if (static_cast<long>(y->size()) != x->rows())
    return Error{target, std::string(target) + " needs one entry per row of X (" + std::to_string(x->rows()) + ")"};
  return Instance{*x, Eigen::Map<const Eigen::VectorXd>(y->data(), static_cast<long>(y->size()))};
}

}  // namespace sw::bind
