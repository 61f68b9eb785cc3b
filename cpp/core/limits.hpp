// Shared limits: sizes a reader may ask for, and when an iteration counts as
// diverged. Keeping them in one place keeps every widget's messages consistent.
#pragma once
#include <cstddef>

namespace sw::limits {

constexpr std::size_t kMaxList = 10000;         // entries in a list parameter
constexpr std::size_t kMaxMatrixCells = 250000; // cells in a matrix parameter
// An iteration has diverged once its error grows by this factor over the
// start (or stops being finite); we stop there so no Inf or NaN is produced.
constexpr double kDivergenceFactor = 1e6;

}  // namespace sw::limits
