// Rolling-origin backtest: the model's value is measured against persistence and the mean.
#include <cmath>

#include "detente/analysis.h"

namespace detente {

Result<BacktestResult> Backtest(const Series& s, const BacktestOptions& o) {
  if (o.horizon < 1) return InvalidArgument("the backtest horizon must be at least one period");
  if (o.min_train < 4) return InvalidArgument("the backtest needs at least 4 training periods (min_train)");
  const long n = static_cast<long>(s.size());
  if (n < o.min_train + o.horizon)
    return InvalidArgument(s.name + ": " + std::to_string(n) + " periods are too few for " + std::to_string(o.min_train) +
                           " training periods and a horizon of " + std::to_string(o.horizon));
  BacktestResult r;
  r.series = s.name;
  r.measure = s.measure;
  r.horizon = o.horizon;
  double err = 0, err_p = 0, err_m = 0;
  int in90 = 0, in50 = 0, failed = 0;
  for (long origin = o.min_train - 1; origin + o.horizon < n; ++origin) {
    Series train = s;
    train.values.resize(static_cast<size_t>(origin + 1));
    if (train.lower.size() > train.values.size()) train.lower.resize(train.values.size());
    auto fit = FitModel(train);
    if (!fit.ok()) {
      ++failed;
      continue;
    }
    ForecastOptions fo;
    fo.horizon = o.horizon;
    fo.paths = o.paths;
    fo.seed = o.seed + static_cast<uint64_t>(origin);
    ForecastResult f = ForecastWithModel(train, *fit, fo, nullptr);
    const FanPoint& fp = f.baseline[static_cast<size_t>(o.horizon - 1)];
    const double actual = s.values[static_cast<size_t>(origin + o.horizon)];
    double mean = 0;
    for (double v : train.values) mean += v / train.values.size();
    err += std::fabs(fp.median - actual);
    err_p += std::fabs(train.values.back() - actual);
    err_m += std::fabs(mean - actual);
    in90 += fp.p05 <= actual && actual <= fp.p95;
    in50 += fp.p25 <= actual && actual <= fp.p75;
    ++r.points;
    ++r.origins;
  }
  if (failed) r.notes.push_back(std::to_string(failed) + " origins could not be fitted and were skipped");
  // A series pinned to the end of its scale says nothing a forecast could test.
  size_t pinned = 0;
  for (double v : s.values) pinned += v <= s.lo + 0.05 || v >= s.hi - 0.05;
  if (2 * pinned > s.size())
    r.notes.push_back(std::to_string(pinned) + " of " + std::to_string(s.size()) +
                      " periods sit at the end of the scale: the index saturates on dense event data (hundreds of "
                      "events a month); backtest the mean Goldstein series (--measure mean) or lower --scale");
  if (r.points == 0) return InvalidArgument(s.name + ": no origin could be evaluated");
  r.mae = err / r.points;
  r.mae_persistence = err_p / r.points;
  r.mae_mean = err_m / r.points;
  r.coverage90 = static_cast<double>(in90) / r.points;
  r.coverage50 = static_cast<double>(in50) / r.points;
  return r;
}

}  // namespace detente
