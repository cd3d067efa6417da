// The index path of a series of per-period event aggregates (shared by relations and GDELT
// count tables).
#ifndef DETENTE_ANALYSIS_INDEX_H_
#define DETENTE_ANALYSIS_INDEX_H_

#include <vector>

#include "detente/analysis.h"

namespace detente::analysis {

struct PeriodAgg {
  double events = 0;         // weighted count
  double goldstein_sum = 0;  // weighted
};

// Level after each period: I_t = ApplyImpulse(I_{t-1}, PeriodImpulse(agg_t), lower_t), from
// p.initial; with p.initial_auto the level starts at 0.9 x the mean Goldstein value of the
// first period with events, and that period's impulse is not applied a second time.
// `initial_out` (optional) receives the starting level used.
std::vector<double> IndexPath(const std::vector<PeriodAgg>& aggs, const std::vector<double>& lower, int months,
                              const IndexParams& p, double* initial_out);

}  // namespace detente::analysis

#endif  // DETENTE_ANALYSIS_INDEX_H_
