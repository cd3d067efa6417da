// Monte-Carlo simulation of the fitted model: reproducible normal draws, the per-period plan
// of a scenario, and the probability of rupture from any period.
#ifndef DETENTE_ANALYSIS_FORECAST_H_
#define DETENTE_ANALYSIS_FORECAST_H_

#include <cstdint>
#include <string>
#include <vector>

#include "detente/analysis.h"

namespace detente::analysis {

// Standard normal draws from a 64-bit SplitMix generator and Box-Muller, written out so that
// the same seed gives the same numbers with every compiler and standard library.
class NormalRng {
 public:
  explicit NormalRng(uint64_t seed) : state_(seed) {}
  double Uniform();  // in (0, 1)
  double Normal();

 private:
  uint64_t Next();
  uint64_t state_;
  bool has_spare_ = false;
  double spare_ = 0;
};

// What a scenario does in each forecast period (index 0 = the first period after the series).
struct Plan {
  std::vector<double> impulse;      // index points, before damping
  std::vector<double> shift;        // added to the level in that period
  std::vector<double> equilibrium;  // added to the equilibrium from that period on
  std::vector<double> lower;        // the floor
};
Plan BaselinePlan(const Series& s, int horizon);
Plan ScenarioPlan(const Series& s, const Scenario& sc, int horizon, std::vector<std::string>* notes);

// One simulation step of the model: reversion, then noise and impulse through the flow rule
// (index) or added (mean), then the shift.
double Step(const Series& s, const ModelFit& m, double x, double noise, const Plan& plan, size_t h);

// Share of `paths` simulated futures starting from state N(mean, var) at period t that fall
// below s.params.rupture within `horizon` periods.
double RuptureWithin(const Series& s, const ModelFit& m, double mean, double var, size_t t, int horizon, int paths,
                     uint64_t seed);

}  // namespace detente::analysis

#endif  // DETENTE_ANALYSIS_FORECAST_H_
