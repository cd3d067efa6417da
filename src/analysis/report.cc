// Relation, forecast and backtest reports: the JSON contracts and text for people.
#include <cmath>
#include <cstdio>
#include <string>

#include "analysis/csv.h"
#include "common/json.h"
#include "detente/analysis.h"

namespace detente {

namespace {

using analysis::FormatShort;

// Three decimals are more than the index's precision; null for a missing value.
std::string Num(double v) {
  if (!std::isfinite(v)) return "null";
  double r = std::round(v * 1000) / 1000;
  if (r == 0) r = 0;  // no "-0"
  return JsonNumber(r);
}

std::string Str(const std::string& s) { return JsonQuote(s); }

std::string Field(const char* key, const std::string& value, bool comma = true) {
  return std::string(comma ? "," : "") + "\"" + key + "\":" + value;
}

std::string ActorJson(const Actor& a) {
  return "{" + Field("code", Str(a.code), false) + Field("country", Str(a.country)) + Field("text", Str(a.text)) + "}";
}

std::string TopEventJson(const TopEvent& t) {
  const Event& e = t.event;
  return "{" + Field("id", Str(e.id), false) + Field("doc", Str(e.doc)) + Field("date", Str(e.date.ToString())) +
         Field("date_precision", Str(PrecisionName(e.date.precision))) + Field("source", ActorJson(e.source)) +
         Field("target", ActorJson(e.target)) + Field("code", Str(e.code)) + Field("quad", std::to_string(e.quad)) +
         Field("goldstein", Num(e.goldstein)) + Field("channel", Str(ChannelName(ChannelOf(e.code)))) +
         Field("weight", Num(t.weight)) + Field("impact", Num(t.impact)) + Field("trigger", Str(e.trigger)) +
         Field("evidence", Str(e.evidence)) + Field("rule", Str(e.rule)) +
         Field("confidence", e.confidence < 0 ? std::string("null") : Num(e.confidence)) + "}";
}

std::string List(const std::vector<TopEvent>& v) {
  std::string o = "[";
  for (size_t i = 0; i < v.size(); ++i) o += (i ? "," : "") + TopEventJson(v[i]);
  return o + "]";
}

std::string StatsJson(const DirectionStats& d) {
  std::string quad = "[" + Num(d.quad[0]) + "," + Num(d.quad[1]) + "," + Num(d.quad[2]) + "," + Num(d.quad[3]) + "]";
  return "{" + Field("events", Num(d.events), false) + Field("goldstein_sum", Num(d.goldstein_sum)) +
         Field("goldstein_mean", Num(d.GoldsteinMean())) + Field("quad", quad) + Field("net_coop", Num(d.NetCoop())) +
         Field("net_coop_ratio", Num(d.events > 0 ? d.NetCoop() / d.events : NAN)) + "}";
}

std::string ParamsJson(const IndexParams& p) {
  return "{" + Field("scale", Num(p.scale), false) + Field("volume_ref", Num(p.volume_ref)) +
         Field("damp_top", Num(p.damp_top)) + Field("damp_bottom", Num(p.damp_bottom)) +
         Field("initial", p.initial_auto ? Str("auto") : Num(p.initial)) + Field("rupture", Num(p.rupture)) +
         Field("horizon", std::to_string(p.horizon)) + Field("tp_min_shift", Num(p.tp_min_shift)) +
         Field("tp_penalty", Num(p.tp_penalty)) + Field("tp_quiet", std::to_string(p.tp_quiet)) + Field("paths", std::to_string(p.paths)) +
         Field("seed", std::to_string(p.seed)) + Field("floor_elasticity", Num(p.floor_elasticity)) +
         Field("floor_reference", Num(p.floor_reference)) +
         Field("floor_security_weight", Num(p.floor_security_weight)) + "}";
}

std::string ModelJson(const ModelFit& m) {
  return "{" + Field("phi", Num(m.phi), false) + Field("delta", Num(m.delta)) + Field("sigma_eta", Num(m.sigma_eta)) +
         Field("sigma_eps", Num(m.sigma_eps)) + Field("loglik", Num(m.loglik)) + Field("n", std::to_string(m.n)) + "}";
}

std::string NotesJson(const std::vector<std::string>& notes) {
  std::string o = "[";
  for (size_t i = 0; i < notes.size(); ++i) o += (i ? "," : "") + Str(notes[i]);
  return o + "]";
}

const DirectionStats& Selected(const PeriodRow& p, Direction d) {
  return d == Direction::kAB ? p.ab : d == Direction::kBA ? p.ba : p.both;
}

std::string Band(double v) { return std::string(BandNameZh(v)) + " " + BandName(v); }

// Pads `s` to `width` terminal columns (CJK characters take two).
std::string Pad(const std::string& s, size_t width) {
  size_t cols = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    cols += len >= 3 ? 2 : 1;
    i += len;
  }
  return cols >= width ? s : s + std::string(width - cols, ' ');
}

// The first `n` code points of `s`, with an ellipsis when cut.
// The first `n` code points of `s` on one line (line breaks become spaces).
std::string Clip(const std::string& s, size_t n) {
  size_t i = 0, cps = 0;
  while (i < s.size() && cps < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    ++cps;
  }
  std::string out = i >= s.size() ? s : s.substr(0, i) + "…";
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

std::string Fixed(double v, int width, int decimals = 2) {
  char buf[64];
  if (!std::isfinite(v))
    std::snprintf(buf, sizeof buf, "%*s", width, "-");
  else
    std::snprintf(buf, sizeof buf, "%*.*f", width, decimals, std::fabs(v) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : v);
  return buf;
}

std::string EventLine(const TopEvent& t) {
  const Event& e = t.event;
  return "      " + Fixed(t.impact, 6) + "  " + Pad(e.date.ToString(), 10) + " " + e.source.code + ">" + e.target.code +
         " " + e.code + "  " + Clip(e.evidence, 48) + "  [" + e.rule + "]\n";
}

}  // namespace

std::string RelationToJson(const Relation& r) {
  std::string o = "{" + Field("dyad", "[" + Str(r.a) + "," + Str(r.b) + "]", false) + Field("freq", Str(FreqName(r.freq)));
  o += Field("direction", Str(r.direction == Direction::kBoth ? "both" : r.direction == Direction::kAB ? r.a + ">" + r.b
                                                                                                       : r.b + ">" + r.a));
  o += Field("observed_until", Str(r.observed_until)) + Field("events", std::to_string(r.events)) +
       Field("undated", std::to_string(r.undated)) + Field("initial", Num(r.initial)) + Field("params", ParamsJson(r.params));
  if (r.indicators_path.empty()) {
    o += Field("floor", "null");
  } else {
    std::string years = "[";
    for (size_t i = 0; i < r.floors.size(); ++i) {
      const FloorYear& f = r.floors[i];
      years += std::string(i ? "," : "") + "{" + Field("year", std::to_string(f.year), false) +
               Field("ballast", Num(f.ballast)) + Field("side", Str(f.side)) + Field("floor", Num(f.floor)) +
               Field("basis", Str(f.basis)) + "}";
    }
    o += Field("floor", "{" + Field("file", Str(r.indicators_path), false) + Field("years", years + "]") + "}");
  }
  o += Field("model", r.has_model ? ModelJson(r.model) : "null");
  o += ",\"periods\":[";
  for (size_t i = 0; i < r.periods.size(); ++i) {
    const PeriodRow& p = r.periods[i];
    const DirectionStats& d = Selected(p, r.direction);
    std::string quad = "[" + Num(d.quad[0]) + "," + Num(d.quad[1]) + "," + Num(d.quad[2]) + "," + Num(d.quad[3]) + "]";
    o += std::string(i ? "," : "") + "{" + Field("period", Str(p.period), false) + Field("first", Str(p.first_day)) +
         Field("last", Str(p.last_day)) + Field("partial", p.partial ? "true" : "false") + Field("index", Num(p.index)) + Field("band", Str(BandName(p.index))) +
         Field("band_zh", Str(BandNameZh(p.index))) + Field("political", Num(p.political)) +
         Field("material", Num(p.material)) + Field("floor", Num(p.floor)) + Field("gap", Num(p.gap)) +
         Field("p_rupture", Num(p.p_rupture)) + Field("impulse", Num(p.impulse)) + Field("events", Num(d.events)) +
         Field("exact_events", std::to_string(d.exact)) + Field("spread_events", std::to_string(d.spread)) +
         Field("goldstein_sum", Num(d.goldstein_sum)) + Field("goldstein_mean", Num(d.GoldsteinMean())) +
         Field("quad", quad) + Field("net_coop", Num(d.NetCoop())) +
         Field("net_coop_ratio", Num(d.events > 0 ? d.NetCoop() / d.events : NAN)) + Field("volume", Num(p.volume)) +
         Field("dyad_share", Num(p.volume > 0 ? p.both.events / p.volume : NAN)) +
         Field("directions", "{" + Str(r.a + ">" + r.b) + ":" + StatsJson(p.ab) + "," + Str(r.b + ">" + r.a) + ":" +
                                 StatsJson(p.ba) + "}") +
         Field("top_events", List(p.top_events)) + "}";
  }
  o += "],\"turning_points\":[";
  for (size_t i = 0; i < r.turning_points.size(); ++i) {
    const TurningPoint& t = r.turning_points[i];
    o += std::string(i ? "," : "") + "{" + Field("period", Str(t.period), false) + Field("through", Str(t.through)) + Field("at_period", Str(t.at_period)) +
         Field("from_band", Str(BandName(t.from_level))) + Field("to_band", Str(BandName(t.to_level))) +
         Field("from_band_zh", Str(BandNameZh(t.from_level))) + Field("to_band_zh", Str(BandNameZh(t.to_level))) +
         Field("from_level", Num(t.from_level)) + Field("to_level", Num(t.to_level)) +
         Field("change", Num(t.to_level - t.from_level)) + Field("events", List(t.events)) + "}";
  }
  o += "]" + Field("notes", NotesJson(r.notes)) + "}";
  return o;
}

std::string RelationToText(const Relation& r) {
  std::string o;
  const char* dir = r.direction == Direction::kBoth ? "both directions" : "one direction";
  o += r.a + "-" + r.b + " relation by " + FreqName(r.freq) + ", " +
       (r.direction == Direction::kBoth ? std::string(dir)
                                        : (r.direction == Direction::kAB ? r.a + ">" + r.b : r.b + ">" + r.a)) +
       ": " + std::to_string(r.events) + " events (" + std::to_string(r.undated) + " undated), observed until " +
       r.observed_until + "\n";
  const IndexParams& p = r.params;
  o += "index -9..+9 starting at " + FormatShort(r.initial) + (p.initial_auto ? " (auto)" : "") + "; scale " +
       FormatShort(p.scale) + " per Goldstein point, volume_ref " + FormatShort(p.volume_ref) + "/month, damping top " +
       FormatShort(p.damp_top) + " bottom " + FormatShort(p.damp_bottom) + "; rupture below " + FormatShort(p.rupture) +
       " within " + std::to_string(p.horizon) + " " + FreqName(r.freq) + "s\n";
  if (!r.indicators_path.empty()) {
    o += "floor from " + r.indicators_path + ":";
    for (const FloorYear& f : r.floors) o += " " + std::to_string(f.year) + " " + Fixed(f.floor, 0) + " (" + f.basis + ");";
    o += "\n";
  }
  if (r.has_model)
    o += "model: phi " + FormatShort(r.model.phi) + ", equilibrium floor+" + FormatShort(r.model.delta) + ", sigma_eta " +
         FormatShort(r.model.sigma_eta) + ", sigma_eps " + FormatShort(r.model.sigma_eps) + "\n";
  o += "\nperiod      index  band                political material  floor    gap p_rupt  events    VC    MC    VK    MK  "
       "gs_sum gs_mean\n";
  auto line = [&](const PeriodRow& row) {
    const DirectionStats& d = Selected(row, r.direction);
    std::string s = Pad(row.period + (row.partial ? "*" : ""), 10) + Fixed(row.index, 7) + "  " + Pad(Band(row.index), 18) + Fixed(row.political, 9) +
                    Fixed(row.material, 9) + Fixed(row.floor, 7) + Fixed(row.gap, 7) + Fixed(row.p_rupture, 7) +
                    Fixed(d.events, 8, 1);
    for (double q : d.quad) s += Fixed(q, 6, 1);
    s += Fixed(d.goldstein_sum, 8, 1) + Fixed(d.GoldsteinMean(), 8) + "\n";
    return s;
  };
  for (size_t i = 0; i < r.periods.size();) {
    const PeriodRow& row = r.periods[i];
    if (Selected(row, r.direction).events > 0 || i == 0 || i + 1 == r.periods.size()) {
      o += line(row);
      // Periods holding only parts of coarsely dated events would repeat them: name them once.
      if (Selected(row, r.direction).exact > 0)
        for (const TopEvent& t : row.top_events) o += EventLine(t);
      else if (Selected(row, r.direction).spread > 0)
        o += "      (" + std::to_string(Selected(row, r.direction).spread) + " events dated coarser than a " +
             FreqName(r.freq) + ", in part)\n";
      ++i;
      continue;
    }
    size_t j = i;
    while (j + 1 < r.periods.size() && Selected(r.periods[j + 1], r.direction).events == 0) ++j;
    if (j + 1 == r.periods.size()) --j;  // the last period gets its own line
    if (j < i) {
      o += line(row);
      ++i;
      continue;
    }
    o += Pad(row.period + (j > i ? ".." + r.periods[j].period : ""), 18) + "(no events; the index stays at " +
         Fixed(row.index, 0) + ", " + Band(row.index) + ")\n";
    i = j + 1;
  }
  o += "\nturning points (" + std::to_string(r.turning_points.size()) + ")\n";
  for (const TurningPoint& t : r.turning_points) {
    o += Pad(t.period + (t.through != t.period ? ".." + t.through : ""), 10) + " " + Band(t.from_level) + " -> " + Band(t.to_level) + "  (" + Fixed(t.from_level, 0) + " -> " +
         Fixed(t.to_level, 0) + ")\n";
    for (const TopEvent& e : t.events) o += EventLine(e);
  }
  if (!r.periods.empty() && r.periods.back().partial)
    o += "note: * the last period runs past " + r.observed_until + ", the latest date observed\n";
  for (const std::string& n : r.notes) o += "note: " + n + "\n";
  return o;
}

std::string ForecastToJson(const Relation* r, const Series& s, const ForecastResult& f, int horizon) {
  auto fan = [](const std::vector<FanPoint>& v, bool impulse) {
    std::string o = "[";
    for (size_t i = 0; i < v.size(); ++i) {
      const FanPoint& p = v[i];
      o += std::string(i ? "," : "") + "{" + Field("period", Str(p.period), false) + Field("median", Num(p.median)) +
           Field("p05", Num(p.p05)) + Field("p25", Num(p.p25)) + Field("p75", Num(p.p75)) + Field("p95", Num(p.p95)) +
           Field("mean", Num(p.mean)) + Field("p_rupture", Num(p.p_rupture)) +
           (impulse ? Field("impulse", Num(p.impulse)) : "") + "}";
    }
    return o + "]";
  };
  std::string o = "{";
  o += Field("dyad", r ? "[" + Str(r->a) + "," + Str(r->b) + "]" : "null", false);
  o += Field("series", Str(s.name)) + Field("measure", Str(MeasureName(s.measure))) + Field("freq", Str(FreqName(s.freq))) +
       Field("horizon", std::to_string(horizon)) + Field("last_period", Str(f.last_period)) +
       Field("last_value", Num(f.last_value)) + Field("rupture", Num(s.params.rupture)) + Field("model", ModelJson(f.model)) +
       Field("baseline", fan(f.baseline, false));
  if (!f.scenario.empty()) o += Field("scenario_name", Str(f.scenario_name)) + Field("scenario", fan(f.scenario, true));
  o += Field("notes", NotesJson(f.notes)) + "}";
  return o;
}

std::string ForecastToText(const Series& s, const ForecastResult& f) {
  std::string o = s.name + " by " + FreqName(s.freq) + ": forecast from " + f.last_period + " (last value " +
                  Fixed(f.last_value, 0) + ")\n";
  o += "model: phi " + FormatShort(f.model.phi) + ", equilibrium floor+" + FormatShort(f.model.delta) + ", sigma_eta " +
       FormatShort(f.model.sigma_eta) + ", sigma_eps " + FormatShort(f.model.sigma_eps) + " (" +
       std::to_string(f.model.n) + " periods)\n";
  bool sc = !f.scenario.empty();
  o += "\nperiod       median    p05    p25    p75    p95 p_rupt";
  if (sc) o += "  | scenario: median    p05    p95 p_rupt  impulse";
  o += "\n";
  for (size_t i = 0; i < f.baseline.size(); ++i) {
    const FanPoint& b = f.baseline[i];
    o += Pad(b.period, 10) + Fixed(b.median, 9) + Fixed(b.p05, 7) + Fixed(b.p25, 7) + Fixed(b.p75, 7) + Fixed(b.p95, 7) +
         Fixed(b.p_rupture, 7);
    if (sc) {
      const FanPoint& c = f.scenario[i];
      o += "  |          " + Fixed(c.median, 7) + Fixed(c.p05, 7) + Fixed(c.p95, 7) + Fixed(c.p_rupture, 7) +
           Fixed(c.impulse, 9);
    }
    o += "\n";
  }
  if (sc) o += "scenario: " + f.scenario_name + "\n";
  for (const std::string& n : f.notes) o += "note: " + n + "\n";
  return o;
}

namespace {

std::string Verdict(const BacktestResult& b) {
  std::string v = b.mae < b.mae_persistence ? "the model beats persistence on MAE" : "the model does NOT beat persistence on MAE";
  const bool p = b.mae < b.mae_persistence, m = b.mae < b.mae_mean;
  v += p == m ? (m ? " and beats the mean" : " nor the mean") : (m ? " but beats the mean" : " but not the mean");
  v += "; its 90 % band covered " + FormatShort(100 * b.coverage90) + " % of held-out periods";
  return v;
}

}  // namespace

std::string BacktestToJson(const BacktestResult& b) {
  std::string o = "{" + Field("series", Str(b.series), false) + Field("measure", Str(MeasureName(b.measure))) +
                  Field("horizon", std::to_string(b.horizon)) + Field("origins", std::to_string(b.origins)) +
                  Field("points", std::to_string(b.points)) + Field("mae", Num(b.mae)) +
                  Field("mae_persistence", Num(b.mae_persistence)) + Field("mae_mean", Num(b.mae_mean)) +
                  Field("coverage90", Num(b.coverage90)) + Field("coverage50", Num(b.coverage50)) +
                  Field("beats_persistence", b.mae < b.mae_persistence ? "true" : "false") +
                  Field("beats_mean", b.mae < b.mae_mean ? "true" : "false") + Field("verdict", Str(Verdict(b))) +
                  Field("notes", NotesJson(b.notes)) + "}";
  return o;
}

std::string BacktestToText(const BacktestResult& b) {
  std::string o = b.series + " (" + MeasureName(b.measure) + "): rolling-origin backtest, " + std::to_string(b.horizon) +
                  "-step-ahead, " + std::to_string(b.points) + " held-out periods\n";
  o += "  MAE model        " + Fixed(b.mae, 0, 3) + "\n";
  o += "  MAE persistence  " + Fixed(b.mae_persistence, 0, 3) + "\n";
  o += "  MAE mean         " + Fixed(b.mae_mean, 0, 3) + "\n";
  o += "  coverage 90 %    " + Fixed(b.coverage90, 0, 3) + "   (50 %: " + Fixed(b.coverage50, 0, 3) + ")\n";
  o += Verdict(b) + ".\n";
  for (const std::string& n : b.notes) o += "note: " + n + "\n";
  return o;
}

}  // namespace detente
