// Wall-clock cost of the two ridge forms on a random n x d problem: the d x d
// system (X^T X + lambda I) w = X^T y against the n x n system
// (X X^T + lambda I) a = y, w = X^T a. Each time includes forming the Gram
// matrix, which is where the n-versus-d asymmetry lives.
#pragma once
#include <cstdint>

namespace sw::linalg {

struct SolveTiming {
  double primalMs;  // per solve, averaged over repeats
  double dualMs;
  int primalReps, dualReps;
};

// Repeats each solve until at least minMs has elapsed (timer resolution in a
// browser can be coarse), then averages.
SolveTiming timeRidgeSolves(int n, int d, double lambda, double minMs, std::uint64_t seed);

}  // namespace sw::linalg
