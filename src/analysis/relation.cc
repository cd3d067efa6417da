// A dyad's series: events spread over periods, per-direction figures, the index and its two
// channels, the floor and the gap, turning points and the events behind them.
#include <algorithm>
#include <climits>
#include <cmath>
#include <tuple>

#include "analysis/forecast.h"
#include "analysis/index.h"
#include "analysis/series.h"
#include "common/date.h"
#include "detente/analysis.h"

namespace detente {

namespace {

using analysis::PeriodAgg;

bool IsCountry(const std::string& s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

struct Piece {
  size_t event;   // index into the dyad's events
  double weight;  // share of the event in the period
};

void Add(DirectionStats* d, const Event& e, double w, bool whole) {
  d->events += w;
  if (e.quad >= 1 && e.quad <= 4) d->quad[e.quad - 1] += w;
  d->goldstein_sum += w * e.goldstein;
  (whole ? d->exact : d->spread) += 1;
}

// The period's events ranked by the size of their impact (ties: earlier first), optionally
// only those pushing one way.
std::vector<TopEvent> Ranked(const std::vector<Piece>& pieces, const std::vector<const Event*>& events,
                             double volume_factor, const IndexParams& p, int sign, size_t limit) {
  std::vector<TopEvent> out;
  for (const Piece& pc : pieces) {
    const Event& e = *events[pc.event];
    TopEvent t{e, pc.weight, p.scale * volume_factor * pc.weight * e.goldstein};
    if (sign > 0 && !(t.impact > 0)) continue;
    if (sign < 0 && !(t.impact < 0)) continue;
    out.push_back(std::move(t));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const TopEvent& x, const TopEvent& y) { return std::fabs(x.impact) > std::fabs(y.impact); });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace

Result<Relation> MeasureRelation(const std::vector<Event>& all, const RelationOptions& o) {
  if (!IsCountry(o.a) || !IsCountry(o.b))
    return InvalidArgument("a relation needs two three-letter country codes, got \"" + o.a + "\" and \"" + o.b + "\"");
  if (o.a == o.b) return InvalidArgument("a relation needs two different countries, got " + o.a + " twice");
  long from_day = LONG_MIN, to_day = LONG_MAX;
  for (auto [text, day, first] : {std::tuple{&o.from, &from_day, true}, std::tuple{&o.to, &to_day, false}}) {
    if (text->empty()) continue;
    Date d;
    if (!Date::Parse(*text, &d))
      return InvalidArgument(std::string(first ? "--from" : "--to") + " \"" + *text + "\" is not YYYY[-MM[-DD]]");
    *day = first ? FirstDay(d) : LastDay(d);
  }
  if (from_day != LONG_MIN && to_day != LONG_MAX && to_day < from_day)
    return InvalidArgument("--to " + o.to + " is before --from " + o.from);

  Relation r;
  r.a = o.a;
  r.b = o.b;
  r.freq = o.freq;
  r.direction = o.direction;
  r.params = o.params;
  const IndexParams& p = o.params;

  std::vector<const Event*> ev;
  long obs_end = LONG_MIN, first_day = LONG_MAX;
  int coarse = 0;
  for (const Event& e : all) {
    bool ab = e.source.country == o.a && e.target.country == o.b;
    bool ba = e.source.country == o.b && e.target.country == o.a;
    if (!ab && !ba) continue;
    if (!e.date.known()) {
      ++r.undated;
      continue;
    }
    ev.push_back(&e);
    obs_end = std::max(obs_end, FirstDay(e.date));
    first_day = std::min(first_day, FirstDay(e.date));
  }
  if (ev.empty())
    return NotFound("no dated events between " + o.a + " and " + o.b +
                    (r.undated ? " (" + std::to_string(r.undated) + " undated)" : ""));
  r.events = static_cast<int>(ev.size());
  r.observed_until = analysis::IsoDay(obs_end);

  const long p0 = analysis::PeriodOf(o.freq, first_day);
  long p1 = analysis::PeriodOf(o.freq, obs_end);
  if (to_day != LONG_MAX) p1 = std::min(p1, analysis::PeriodOf(o.freq, to_day));
  if (p1 < p0) return NotFound("no events between " + o.a + " and " + o.b + " up to --to " + o.to);
  const size_t n = static_cast<size_t>(p1 - p0 + 1);

  std::vector<PeriodRow> rows(n);
  std::vector<std::vector<Piece>> pieces(n);
  std::vector<PeriodAgg> total(n), political(n), material(n);
  for (size_t i = 0; i < ev.size(); ++i) {
    const Event& e = *ev[i];
    long a = FirstDay(e.date), b = std::min(LastDay(e.date), obs_end);
    auto spread = analysis::SpreadOverPeriods(o.freq, a, std::max(a, b));
    coarse += spread.size() > 1;
    bool ab = e.source.country == o.a;
    // A symmetric event (a call, talks, an agreement) is an act of both sides: it counts in
    // each direction, and once for the pair.
    bool counts = o.direction == Direction::kBoth || e.symmetric || (o.direction == Direction::kAB) == ab;
    for (auto [period, w] : spread) {
      if (period < p0 || period > p1) continue;
      size_t t = static_cast<size_t>(period - p0);
      bool whole = spread.size() == 1;
      Add(&rows[t].both, e, w, whole);
      if (e.symmetric || ab) Add(&rows[t].ab, e, w, whole);
      if (e.symmetric || !ab) Add(&rows[t].ba, e, w, whole);
      if (!counts) continue;
      pieces[t].push_back({i, w});
      total[t].events += w;
      total[t].goldstein_sum += w * e.goldstein;
      PeriodAgg& ch = ChannelOf(e.code) == Channel::kPolitical ? political[t] : material[t];
      ch.events += w;
      ch.goldstein_sum += w * e.goldstein;
    }
  }

  // The floor per period, from the year it falls in.
  std::vector<double> lower(n, -9), no_floor(n, -9);
  if (o.indicators) {
    auto floors = FloorByYear(*o.indicators, o.a, o.b, p);
    if (!floors.ok()) return floors.status();
    r.floors = std::move(*floors);
    r.indicators_path = o.indicators->path;
    for (size_t t = 0; t < n; ++t)
      lower[t] = std::max(-9.0, FloorForYear(r.floors, analysis::PeriodYear(o.freq, p0 + static_cast<long>(t))));
  }
  const int months = analysis::MonthsIn(o.freq);
  std::vector<double> index = analysis::IndexPath(total, lower, months, p, &r.initial);
  std::vector<double> pol = analysis::IndexPath(political, no_floor, months, p, nullptr);
  std::vector<double> mat = analysis::IndexPath(material, lower, months, p, nullptr);

  r.series.name = o.a + "-" + o.b + " index";
  r.series.measure = Measure::kIndex;
  r.series.freq = o.freq;
  r.series.first = p0;
  r.series.values = index;
  r.series.lower = lower;
  r.series.params = p;
  r.mean_series = r.series;
  r.mean_series.name = o.a + "-" + o.b + " mean Goldstein";
  r.mean_series.measure = Measure::kMean;
  r.mean_series.lo = -10;
  r.mean_series.hi = 10;
  r.mean_series.lower.assign(n, -10);
  double last_mean = NAN;
  for (size_t t = 0; t < n; ++t) {
    if (total[t].events > 0) last_mean = total[t].goldstein_sum / total[t].events;
    r.mean_series.values[t] = last_mean;
  }
  for (size_t t = 0; t < n && std::isnan(r.mean_series.values[t]); ++t) r.mean_series.values[t] = 0;

  // Context: how many events either country had with anyone (news volume).
  std::vector<double> volume(n, 0);
  if (o.context) {
    for (const Event& e : *o.context) {
      if (!e.date.known()) continue;
      if (e.source.country != o.a && e.source.country != o.b && e.target.country != o.a && e.target.country != o.b)
        continue;
      long a = FirstDay(e.date), b = std::min(LastDay(e.date), std::max(obs_end, a));
      for (auto [period, w] : analysis::SpreadOverPeriods(o.freq, a, b))
        if (period >= p0 && period <= p1) volume[static_cast<size_t>(period - p0)] += w;
    }
  }

  for (size_t t = 0; t < n; ++t) {
    PeriodRow& row = rows[t];
    long ord = p0 + static_cast<long>(t);
    row.period = analysis::PeriodLabel(o.freq, ord);
    row.first_day = analysis::IsoDay(analysis::PeriodFirstDay(o.freq, ord));
    row.last_day = analysis::IsoDay(analysis::PeriodLastDay(o.freq, ord));
    row.partial = analysis::PeriodLastDay(o.freq, ord) > obs_end;
    row.impulse = PeriodImpulse(total[t].goldstein_sum, total[t].events, months, p);
    row.index = index[t];
    row.political = pol[t];
    row.material = mat[t];
    if (o.context) row.volume = volume[t];
    if (o.indicators) {
      row.floor = lower[t];
      row.gap = pol[t] - lower[t];
    }
    double factor = total[t].events > 0 && total[t].goldstein_sum != 0
                        ? row.impulse / (p.scale * total[t].goldstein_sum)
                        : 1.0;
    row.top_events = Ranked(pieces[t], ev, factor, p, 0, static_cast<size_t>(std::max(0, p.top_events)));
  }

  if (o.rupture_probabilities) {
    auto fit = FitModel(r.series);
    if (fit.ok()) {
      r.has_model = true;
      r.model = *fit;
      std::vector<double> mean, var;
      FilterStates(r.series, r.model, &mean, &var);
      // Up to 500 paths per period, fewer on very long series (a budget of about 2M steps).
      const double budget = 2e6 / (static_cast<double>(n) * std::max(1, p.horizon));
      const int paths = static_cast<int>(std::clamp(budget, 50.0, static_cast<double>(std::min(500, p.paths))));
      for (size_t t = 0; t < n; ++t)
        rows[t].p_rupture = analysis::RuptureWithin(r.series, r.model, mean[t], var[t], t, p.horizon, paths, p.seed + t);
    } else {
      r.notes.push_back("no rupture probabilities: " + fit.status().message());
    }
  }

  // Turning points. Each change point's move is the run of periods around the sharpest one
  // (between the neighbouring change points) where the index moves its way by at least a
  // tenth of that; its events are the run's events pushing the same way.
  std::vector<size_t> cps = ChangePoints(index, p.tp_min_shift, p.tp_penalty, static_cast<size_t>(p.tp_quiet));
  struct Move {
    size_t lo, hi, driver;
    int sign;
  };
  std::vector<Move> moves;
  for (size_t i = 0; i < cps.size(); ++i) {
    size_t a = i == 0 ? 0 : cps[i - 1], k = cps[i], b = i + 1 < cps.size() ? cps[i + 1] : n;
    double left = 0, right = 0;
    for (size_t t = a; t < k; ++t) left += index[t] / (k - a);
    for (size_t t = k; t < b; ++t) right += index[t] / (b - k);
    const int sign = right > left ? 1 : -1;
    auto move = [&](size_t t) { return sign * (index[t] - (t == 0 ? r.initial : index[t - 1])); };
    // The run stays clear of the previous turn's run.
    size_t floor_t = moves.empty() ? (a == 0 ? 0 : a + 1) : std::max(a + 1, moves.back().hi + 1);
    if (floor_t >= b) continue;
    // The sharpest move near the change point (the first period's move from the initial
    // level joins a run only by extension: it is not a turn in itself).
    size_t driver = std::max(k, floor_t);
    for (size_t t = std::max({floor_t, k > 2 ? k - 2 : 1, size_t{1}}); t < std::min(b, k + 3); ++t)
      if (move(t) > move(driver)) driver = t;
    const double big = move(driver);
    size_t lo = driver, hi = driver;
    while (lo > floor_t && move(lo - 1) >= 0.1 * big) --lo;
    while (hi + 1 < b && move(hi + 1) >= 0.1 * big) ++hi;
    moves.push_back({lo, hi, driver, sign});
  }
  for (size_t i = 0; i < moves.size(); ++i) {
    const auto [lo, hi, driver, sign] = moves[i];
    const size_t before_from = i == 0 ? 0 : moves[i - 1].hi + 1, after_to = i + 1 < moves.size() ? moves[i + 1].lo : n;
    TurningPoint tp;
    tp.period = rows[lo].period;
    tp.through = rows[hi].period;
    tp.at_period = rows[driver].period;
    // Levels: the mean of the still periods before the move, and from its end to the next one.
    double before = 0;
    for (size_t t = before_from; t < lo; ++t) before += index[t] / (lo - before_from);
    tp.from_level = lo > before_from ? before : (lo == 0 ? r.initial : index[lo - 1]);
    for (size_t t = hi; t < after_to; ++t) tp.to_level += index[t] / (after_to - hi);
    for (size_t t = lo; t <= hi; ++t) {
      double factor = total[t].goldstein_sum != 0 ? rows[t].impulse / (p.scale * total[t].goldstein_sum) : 1;
      for (TopEvent& e : Ranked(pieces[t], ev, factor, p, sign, pieces[t].size())) tp.events.push_back(std::move(e));
    }
    // One event spread over the run's periods counts once, with its summed weight and impact.
    std::vector<TopEvent> merged;
    for (TopEvent& e : tp.events) {
      auto same = std::find_if(merged.begin(), merged.end(), [&](const TopEvent& m) {
        return m.event.doc == e.event.doc && m.event.id == e.event.id;
      });
      if (same == merged.end()) {
        merged.push_back(std::move(e));
      } else {
        same->weight += e.weight;
        same->impact += e.impact;
      }
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const TopEvent& x, const TopEvent& y) { return std::fabs(x.impact) > std::fabs(y.impact); });
    if (merged.size() > static_cast<size_t>(std::max(0, p.top_events))) merged.resize(static_cast<size_t>(p.top_events));
    tp.events = std::move(merged);
    // A move driven by events known only to a coarser date is labelled with that date.
    if (!tp.events.empty()) {
      const Event& top = tp.events[0].event;
      long first = FirstDay(top.date), last = std::min(LastDay(top.date), obs_end);
      long run_first = analysis::PeriodFirstDay(o.freq, p0 + static_cast<long>(lo));
      long run_last = analysis::PeriodLastDay(o.freq, p0 + static_cast<long>(hi));
      bool coarse_top = analysis::SpreadOverPeriods(o.freq, first, std::max(first, last)).size() > 1;
      if (coarse_top && first <= run_last && last >= run_first) tp.period = tp.through = top.date.ToString();
    }
    if (analysis::PeriodLastDay(o.freq, p0 + static_cast<long>(hi)) < from_day) continue;
    r.turning_points.push_back(std::move(tp));
  }

  for (size_t t = 0; t < n; ++t)
    if (analysis::PeriodLastDay(o.freq, p0 + static_cast<long>(t)) >= from_day) r.periods.push_back(std::move(rows[t]));
  if (r.periods.empty()) return NotFound("no periods between " + o.a + " and " + o.b + " from --from " + o.from);

  if (coarse)
    r.notes.push_back(std::to_string(coarse) + " events dated only to a month or year were spread evenly over the " +
                      FreqName(o.freq) + "s they may fall in (up to " + r.observed_until + ", the latest date observed)");
  if (r.undated) r.notes.push_back(std::to_string(r.undated) + " undated events were left out");
  return r;
}

}  // namespace detente
