// Forecast fans and scenarios by Monte-Carlo simulation of the fitted state-space model.
#include "analysis/forecast.h"

#include <algorithm>
#include <climits>
#include <cmath>

#include "analysis/csv.h"
#include "analysis/series.h"
#include "common/date.h"

namespace detente {

namespace analysis {

uint64_t NormalRng::Next() {
  uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

double NormalRng::Uniform() { return (static_cast<double>(Next() >> 11) + 0.5) * (1.0 / 9007199254740992.0); }

double NormalRng::Normal() {
  if (has_spare_) {
    has_spare_ = false;
    return spare_;
  }
  double r = std::sqrt(-2 * std::log(Uniform())), a = 6.283185307179586 * Uniform();
  spare_ = r * std::sin(a);
  has_spare_ = true;
  return r * std::cos(a);
}

Plan BaselinePlan(const Series& s, int horizon) {
  Plan p;
  size_t h = static_cast<size_t>(std::max(0, horizon));
  p.impulse.assign(h, 0);
  p.shift.assign(h, 0);
  p.equilibrium.assign(h, 0);
  p.lower.assign(h, s.lower.empty() ? s.lo : s.lower.back());
  return p;
}

Plan ScenarioPlan(const Series& s, const Scenario& sc, int horizon, std::vector<std::string>* notes) {
  Plan p = BaselinePlan(s, horizon);
  const long start = s.first + static_cast<long>(s.size());  // first forecast period
  std::vector<double> gsum(p.impulse.size(), 0), count(p.impulse.size(), 0);
  for (const ScenarioItem& it : sc.items) {
    long p0 = PeriodOf(s.freq, it.first_day);
    long p1 = it.last_day == LONG_MAX ? start + horizon : PeriodOf(s.freq, it.last_day);
    if (p1 < start || p0 >= start + horizon) {
      notes->push_back(it.where + ": outside the forecast periods " + PeriodLabel(s.freq, start) + ".." +
                       PeriodLabel(s.freq, start + horizon - 1) + "; ignored");
      continue;
    }
    for (long q = std::max(p0, start); q <= std::min(p1, start + horizon - 1); ++q) {
      size_t h = static_cast<size_t>(q - start);
      switch (it.kind) {
        case ScenarioItem::Kind::kEvent:
          gsum[h] += it.count * it.goldstein;
          count[h] += it.count;
          break;
        case ScenarioItem::Kind::kShift: p.shift[h] += it.value; break;
        case ScenarioItem::Kind::kEquilibrium:
          for (size_t k = h; k < p.equilibrium.size(); ++k) p.equilibrium[k] += it.value;
          break;
        case ScenarioItem::Kind::kFloor:
          for (size_t k = h; k < p.lower.size(); ++k) p.lower[k] = it.value;
          break;
      }
      if (it.kind != ScenarioItem::Kind::kEvent) break;  // a one-day item acts once
    }
  }
  if (s.measure == Measure::kIndex) {
    for (size_t h = 0; h < p.impulse.size(); ++h)
      p.impulse[h] = PeriodImpulse(gsum[h], count[h], s.PeriodMonths(), s.params);
  } else if (std::any_of(count.begin(), count.end(), [](double c) { return c > 0; })) {
    notes->push_back(sc.path + ": hypothetical events act on the index only; the mean series ignores them");
  }
  return p;
}

double Step(const Series& s, const ModelFit& m, double x, double noise, const Plan& plan, size_t h) {
  const double lower = plan.lower[h];
  const double mu = lower + m.delta + plan.equilibrium[h];
  double pre = m.phi * x + (1 - m.phi) * mu;
  if (s.measure == Measure::kIndex)
    x = ApplyImpulse(pre, noise + plan.impulse[h], lower, s.params);
  else
    x = pre + noise;
  return std::clamp(x + plan.shift[h], s.lo, s.hi);
}

double RuptureWithin(const Series& s, const ModelFit& m, double mean, double var, size_t t, int horizon, int paths,
                     uint64_t seed) {
  Plan plan = BaselinePlan(s, horizon);
  for (size_t h = 0; h < plan.lower.size(); ++h)
    if (t + 1 + h < s.lower.size()) plan.lower[h] = s.lower[t + 1 + h];
  NormalRng rng(seed);
  int hits = 0;
  for (int i = 0; i < paths; ++i) {
    double x = mean + std::sqrt(std::max(0.0, var)) * rng.Normal();
    bool hit = false;
    for (size_t h = 0; h < plan.lower.size(); ++h) {
      x = Step(s, m, x, m.sigma_eta * rng.Normal(), plan, h);
      if (x < s.params.rupture) hit = true;
    }
    hits += hit;
  }
  return paths > 0 ? static_cast<double>(hits) / paths : 0;
}

}  // namespace analysis

namespace {

double Quantile(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) return NAN;
  double pos = q * (sorted.size() - 1);
  size_t i = static_cast<size_t>(pos);
  if (i + 1 >= sorted.size()) return sorted.back();
  return sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]);
}

// Simulates every path under `plan` with the shared draws `z` (per path: start, then a state
// and an observation draw per period).
std::vector<FanPoint> Simulate(const Series& s, const ModelFit& m, double a, double p, const analysis::Plan& plan,
                               const std::vector<double>& z, int paths) {
  const size_t H = plan.lower.size(), stride = 1 + 2 * H;
  std::vector<std::vector<double>> ys(H, std::vector<double>(static_cast<size_t>(paths)));
  std::vector<int> ruptured(H, 0);
  for (int i = 0; i < paths; ++i) {
    const double* zi = &z[static_cast<size_t>(i) * stride];
    double x = a + std::sqrt(std::max(0.0, p)) * zi[0];
    bool hit = false;
    for (size_t h = 0; h < H; ++h) {
      x = analysis::Step(s, m, x, m.sigma_eta * zi[1 + 2 * h], plan, h);
      if (x < s.params.rupture) hit = true;
      ruptured[h] += hit;
      ys[h][static_cast<size_t>(i)] = std::clamp(x + m.sigma_eps * zi[2 + 2 * h], s.lo, s.hi);
    }
  }
  std::vector<FanPoint> out(H);
  for (size_t h = 0; h < H; ++h) {
    std::vector<double>& v = ys[h];
    std::sort(v.begin(), v.end());
    FanPoint& f = out[h];
    f.period = s.PeriodName(static_cast<long>(s.size() + h));
    f.median = Quantile(v, 0.5);
    f.p05 = Quantile(v, 0.05);
    f.p25 = Quantile(v, 0.25);
    f.p75 = Quantile(v, 0.75);
    f.p95 = Quantile(v, 0.95);
    double sum = 0;
    for (double y : v) sum += y;
    f.mean = v.empty() ? NAN : sum / v.size();
    f.p_rupture = paths > 0 ? static_cast<double>(ruptured[h]) / paths : 0;
    f.impulse = plan.impulse[h];
  }
  return out;
}

}  // namespace

ForecastResult ForecastWithModel(const Series& s, const ModelFit& m, const ForecastOptions& o,
                                 const Scenario* scenario) {
  ForecastResult r;
  r.model = m;
  if (s.values.empty()) return r;
  std::vector<double> mean, var;
  FilterStates(s, m, &mean, &var);
  r.last_period = s.PeriodName(static_cast<long>(s.size()) - 1);
  r.last_value = s.values.back();
  const int paths = std::max(1, o.paths);
  const size_t H = static_cast<size_t>(std::max(0, o.horizon));
  std::vector<double> z(static_cast<size_t>(paths) * (1 + 2 * H));
  analysis::NormalRng rng(o.seed);
  for (double& v : z) v = rng.Normal();
  r.baseline = Simulate(s, m, mean.back(), var.back(), analysis::BaselinePlan(s, o.horizon), z, paths);
  if (scenario) {
    r.scenario_name = scenario->name.empty() ? scenario->path : scenario->name;
    analysis::Plan plan = analysis::ScenarioPlan(s, *scenario, o.horizon, &r.notes);
    r.scenario = Simulate(s, m, mean.back(), var.back(), plan, z, paths);
  }
  return r;
}

Result<ForecastResult> ForecastSeries(const Series& s, const ForecastOptions& o, const Scenario* scenario) {
  if (o.horizon < 1) return InvalidArgument("the horizon must be at least one period");
  auto m = FitModel(s);
  if (!m.ok()) return m.status();
  return ForecastWithModel(s, *m, o, scenario);
}

Result<Scenario> LoadScenario(const std::string& path, const EventScale& scale) {
  auto rows = analysis::ReadCsv(path, 2, 6);
  if (!rows.ok()) return rows.status();
  Scenario sc;
  sc.path = path;
  auto date = [](const analysis::CsvRow& r, size_t col, const char* what, long* first, long* last) -> Status {
    Date d;
    if (!Date::Parse(r.fields[col], &d))
      return DataError(r.Where() + ": " + what + " \"" + r.fields[col] + "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    *first = FirstDay(d);
    if (last) *last = LastDay(d);
    return Status::Ok();
  };
  auto number = [](const analysis::CsvRow& r, size_t col, const char* what, double lo, double hi, double* out) -> Status {
    if (!analysis::ParseNumber(r.fields[col], out) || *out < lo || *out > hi)
      return DataError(r.Where() + ": " + what + " \"" + r.fields[col] + "\" is not a number in [" +
                       analysis::FormatShort(lo) + ", " + analysis::FormatShort(hi) + "]");
    return Status::Ok();
  };
  for (const auto& r : *rows) {
    const std::string& kind = r.fields[0];
    if (kind == "name") {
      sc.name = r.fields[1];
      continue;
    }
    ScenarioItem it;
    it.where = r.Where();
    if (kind == "event") {
      if (r.fields[1].empty() || r.fields[3].empty() || r.fields[4].empty())
        return DataError(r.Where() + ": an event row is event,FROM,TO,CODE,COUNT[,NOTE] (TO may be -)");
      it.kind = ScenarioItem::Kind::kEvent;
      long ignored;
      DETENTE_RETURN_IF_ERROR(date(r, 1, "FROM", &it.first_day, &ignored));
      if (r.fields[2].empty() || r.fields[2] == "-") {
        it.last_day = LONG_MAX;
      } else {
        long first_of_to;
        DETENTE_RETURN_IF_ERROR(date(r, 2, "TO", &first_of_to, &it.last_day));
        if (it.last_day < it.first_day)
          return DataError(r.Where() + ": TO " + r.fields[2] + " is before FROM " + r.fields[1]);
      }
      it.code = r.fields[3];
      int quad = 0;
      if (it.code.size() < 2 || it.code.size() > 4 || it.code.find_first_not_of("0123456789") != std::string::npos ||
          !scale.Find(it.code, &it.goldstein, &quad))
        return DataError(r.Where() + ": \"" + it.code + "\" is not a CAMEO event code");
      DETENTE_RETURN_IF_ERROR(number(r, 4, "COUNT", 1e-9, 1e6, &it.count));
    } else if (kind == "shift" || kind == "equilibrium" || kind == "floor") {
      if (r.fields[1].empty() || r.fields[2].empty())
        return DataError(r.Where() + ": a " + kind + " row is " + kind + ",DATE," + (kind == "floor" ? "LEVEL" : "DELTA") +
                         "[,NOTE]");
      if (!r.fields[4].empty() || !r.fields[5].empty())
        return DataError(r.Where() + ": a " + kind + " row has three fields and a note, found more");
      it.kind = kind == "shift" ? ScenarioItem::Kind::kShift
                : kind == "equilibrium" ? ScenarioItem::Kind::kEquilibrium
                                        : ScenarioItem::Kind::kFloor;
      DETENTE_RETURN_IF_ERROR(date(r, 1, "DATE", &it.first_day, nullptr));
      it.last_day = it.first_day;
      if (kind == "floor")
        DETENTE_RETURN_IF_ERROR(number(r, 2, "LEVEL", -9, 9, &it.value));
      else
        DETENTE_RETURN_IF_ERROR(number(r, 2, "DELTA", -18, 18, &it.value));
    } else {
      return DataError(r.Where() + ": unknown row kind \"" + kind + "\" (name, event, shift, equilibrium, floor)");
    }
    sc.items.push_back(std::move(it));
  }
  if (sc.items.empty()) return DataError(path + ": the scenario has no event, shift, equilibrium or floor rows");
  return sc;
}

}  // namespace detente
