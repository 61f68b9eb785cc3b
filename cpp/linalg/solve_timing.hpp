// Wall-clock cost of the two ridge forms on a random n x d problem: the d x d
// system (X^T X + lambda I) w = X^T y against the n x n system
// (X X^T + lambda I) a = y, w = X^T a. Each time includes forming the Gram
// matrix, which is where the n-versus-d asymmetry lives.
#pragma once
#include <cstdint>

namespace sw::linalg {

struct SolveTiming {
  double primalMs;  // per solve: the fastest batch's mean
  double dualMs;
  int primalReps, dualReps;
};

// Repeats each solve in batches for at least minMs (timer resolution in a
// browser can be coarse) and keeps the fastest batch.
SolveTiming timeRidgeSolves(int n, int d, double lambda, double minMs, std::uint64_t seed);

}  // namespace sw::linalg
