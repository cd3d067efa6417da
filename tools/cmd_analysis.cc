// detente relation, forecast, backtest, plot, import-gdelt. Thin: flags in, library calls,
// reports out (the formats live in the library's report code).
#include "cmd_analysis.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>

#include "args.h"
#include "cli_common.h"
#include "detente/analysis.h"
#include "detente/store.h"

namespace detente::cli {

namespace {

// Flags shared by the commands that measure a stored dyad, and the parameter each sets.
const std::vector<std::pair<std::string, std::string>> kParamFlags = {
    {"initial", "initial"},     {"scale", "scale"},         {"volume-ref", "volume_ref"},
    {"damp-top", "damp_top"},   {"damp-bottom", "damp_bottom"}, {"rupture", "rupture"},
    {"seed", "seed"},           {"paths", "paths"},         {"top", "top_events"},
    {"tp-min-shift", "tp_min_shift"},
};

std::set<std::string> DyadValueFlags(std::set<std::string> extra) {
  for (const char* f : {"db", "freq", "from", "to", "direction", "indicators", "params", "data", "horizon", "min-confidence"})
    extra.insert(f);
  for (const auto& [flag, key] : kParamFlags) extra.insert(flag);
  return extra;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Why a command cannot go on, and with which exit status.
struct Failure {
  int code = 0;
  std::string message;
};

// Everything a dyad command needs: the options, the indicators they point to, the relation.
struct DyadRun {
  RelationOptions options;
  double min_confidence = 0;  // measure from the surer events only (README, "Confidence")
  std::unique_ptr<Indicators> indicators;
  Relation relation;
};

Failure ParseDyadOptions(const Args& args, const std::string& horizon_key, DyadRun* run) {
  RelationOptions& o = run->options;
  if (args.positional().size() != 2) return {2, "needs two country codes, e.g. USA COL"};
  o.a = Upper(args.positional()[0]);
  o.b = Upper(args.positional()[1]);
  if (!ParseFreq(args.Get("freq", "month"), &o.freq)) return {2, "--freq must be month, quarter or year"};
  if (!ParseDirection(args.Get("direction", "both"), &o.direction)) return {2, "--direction must be both, ab or ba"};
  for (const char* f : {"from", "to"}) {
    if (!args.Has(f)) continue;
    Date d;
    if (!Date::Parse(args.Get(f), &d)) return {2, std::string("--") + f + " must be YYYY[-MM[-DD]]"};
  }
  o.from = args.Get("from");
  o.to = args.Get("to");
  auto min_confidence = args.GetNumber("min-confidence", 0.0, 0.0, 1.0);
  if (!min_confidence.ok()) return {2, min_confidence.status().message()};
  run->min_confidence = *min_confidence;
  if (args.Has("params")) {
    Status st = LoadParams(args.Get("params"), &o.params);
    if (!st.ok()) return {1, st.message()};
  }
  for (const auto& [flag, key] : kParamFlags) {
    if (!args.Has(flag)) continue;
    Status st = SetParam(&o.params, key, args.Get(flag));
    if (!st.ok()) return {2, "--" + flag + ": " + st.message()};
  }
  if (args.Has("horizon") && !horizon_key.empty()) {
    Status st = SetParam(&o.params, horizon_key, args.Get("horizon"));
    if (!st.ok()) return {2, "--horizon: " + st.message()};
  }
  if (args.Has("indicators")) {
    auto ind = LoadIndicators(args.Get("indicators"));
    if (!ind.ok()) return {1, ind.status().message()};
    run->indicators = std::make_unique<Indicators>(std::move(*ind));
    o.indicators = run->indicators.get();
  }
  return {};
}

Failure MeasureDyad(const Args& args, DyadRun* run) {
  const std::string db = args.Get("db");
  if (db.empty()) return {2, "--db FILE is required"};
  if (!std::filesystem::exists(db)) return {1, db + ": no such database"};
  auto store = Store::Open(db);
  if (!store.ok()) return {1, store.status().message()};
  EventQuery q;
  q.a = run->options.a;
  q.b = run->options.b;
  q.min_confidence = run->min_confidence;  // (imported events have none: left out above 0)
  auto events = (*store)->QueryEvents(q);
  if (!events.ok()) return {1, events.status().message()};
  std::vector<Event> context;
  if (args.Has("coverage")) {
    std::set<std::string> seen;
    for (const std::string& c : {run->options.a, run->options.b}) {
      EventQuery cq;
      cq.a = c;
      cq.min_confidence = run->min_confidence;
      auto ce = (*store)->QueryEvents(cq);
      if (!ce.ok()) return {1, ce.status().message()};
      for (Event& e : *ce)
        if (seen.insert(e.doc + "\n" + e.id).second) context.push_back(std::move(e));
    }
    run->options.context = &context;
  }
  auto rel = MeasureRelation(*events, run->options);
  run->options.context = nullptr;
  if (!rel.ok()) {
    const Status& st = rel.status();
    if (st.code() == StatusCode::kInvalidArgument) return {2, st.message()};
    return {1, st.code() == StatusCode::kNotFound ? db + ": " + st.message() : st.message()};
  }
  run->relation = std::move(*rel);
  return {};
}

Result<int> Horizon(const Args& args, int fallback) {
  if (!args.Has("horizon")) return fallback;
  const std::string v = args.Get("horizon");
  if (v.empty() || v.size() > 4 || v.find_first_not_of("0123456789") != std::string::npos)
    return InvalidArgument("--horizon takes a number of periods, got \"" + v + "\"");
  return std::stoi(v);
}

}  // namespace

int RunRelation(const std::vector<std::string>& argv) {
  auto args = Args::Parse(argv, DyadValueFlags({}), {"json", "coverage"});
  if (!args.ok()) return Fail("relation", args.status().message(), 2);
  DyadRun run;
  if (Failure f = ParseDyadOptions(*args, "horizon", &run); f.code) return Fail("relation", f.message, f.code);
  if (Failure f = MeasureDyad(*args, &run); f.code) return Fail("relation", f.message, f.code);
  std::cout << (args->Has("json") ? RelationToJson(run.relation) + "\n" : RelationToText(run.relation));
  return 0;
}

int RunForecast(const std::vector<std::string>& argv) {
  auto args = Args::Parse(argv, DyadValueFlags({"scenario", "measure"}), {"json"});
  if (!args.ok()) return Fail("forecast", args.status().message(), 2);
  auto horizon = Horizon(*args, 12);
  if (!horizon.ok() || *horizon < 1) return Fail("forecast", "--horizon takes a number of periods (1 or more)", 2);
  Measure measure;
  if (!ParseMeasure(args->Get("measure", "index"), &measure)) return Fail("forecast", "--measure must be index or mean", 2);
  if (measure != Measure::kIndex && args->Has("scenario"))
    return Fail("forecast", "--scenario acts on the index; it cannot be combined with --measure mean", 2);
  DyadRun run;
  if (Failure f = ParseDyadOptions(*args, "horizon", &run); f.code) return Fail("forecast", f.message, f.code);
  std::unique_ptr<Scenario> scenario;
  if (args->Has("scenario")) {
    auto scale = EventScale::Load(args->Get("data"));
    if (!scale.ok()) return Fail("forecast", scale.status().ToString());
    auto sc = LoadScenario(args->Get("scenario"), *scale);
    if (!sc.ok()) return Fail("forecast", sc.status().message());
    scenario = std::make_unique<Scenario>(std::move(*sc));
  }
  run.options.rupture_probabilities = false;
  if (Failure f = MeasureDyad(*args, &run); f.code) return Fail("forecast", f.message, f.code);
  const Series& s = measure == Measure::kIndex ? run.relation.series : run.relation.mean_series;
  ForecastOptions fo;
  fo.horizon = *horizon;
  fo.paths = run.options.params.paths;
  fo.seed = run.options.params.seed;
  auto fc = ForecastSeries(s, fo, scenario.get());
  if (!fc.ok()) return Fail("forecast", fc.status().message());
  std::cout << (args->Has("json") ? ForecastToJson(&run.relation, s, *fc, *horizon) + "\n" : ForecastToText(s, *fc));
  return 0;
}

int RunBacktest(const std::vector<std::string>& argv) {
  auto args = Args::Parse(argv, DyadValueFlags({"counts", "measure", "min-train"}), {"json"});
  if (!args.ok()) return Fail("backtest", args.status().message(), 2);
  const bool counts = args->Has("counts");
  if (counts == args->Has("db")) return Fail("backtest", "give either --db FILE A B or --counts FILE", 2);
  Measure measure;
  if (!ParseMeasure(args->Get("measure", counts ? "mean" : "index"), &measure))
    return Fail("backtest", "--measure must be index or mean", 2);
  auto horizon = Horizon(*args, 1);
  if (!horizon.ok() || *horizon < 1) return Fail("backtest", "--horizon takes a number of periods (1 or more)", 2);
  BacktestOptions bo;
  bo.horizon = *horizon;
  if (args->Has("min-train")) {
    const std::string v = args->Get("min-train");
    if (v.empty() || v.size() > 5 || v.find_first_not_of("0123456789") != std::string::npos)
      return Fail("backtest", "--min-train takes a number of periods", 2);
    bo.min_train = std::stoi(v);
  }
  Series s;
  DyadRun run;
  if (counts) {
    if (!args->positional().empty()) return Fail("backtest", "--counts takes no country codes", 2);
    IndexParams p;
    if (args->Has("params")) {
      Status st = LoadParams(args->Get("params"), &p);
      if (!st.ok()) return Fail("backtest", st.message());
    }
    for (const auto& [flag, key] : kParamFlags) {
      if (!args->Has(flag)) continue;
      Status st = SetParam(&p, key, args->Get(flag));
      if (!st.ok()) return Fail("backtest", "--" + flag + ": " + st.message(), 2);
    }
    auto scale = EventScale::Load(args->Get("data"));
    if (!scale.ok()) return Fail("backtest", scale.status().ToString());
    auto read = ReadGdeltCounts(args->Get("counts"), *scale, measure, p);
    if (!read.ok()) return Fail("backtest", read.status().message());
    s = std::move(*read);
    bo.seed = p.seed;
    if (args->Has("paths")) bo.paths = p.paths;
  } else {
    if (Failure f = ParseDyadOptions(*args, "", &run); f.code) return Fail("backtest", f.message, f.code);
    run.options.rupture_probabilities = false;
    if (Failure f = MeasureDyad(*args, &run); f.code) return Fail("backtest", f.message, f.code);
    s = measure == Measure::kIndex ? run.relation.series : run.relation.mean_series;
    bo.seed = run.options.params.seed;
    if (args->Has("paths")) bo.paths = run.options.params.paths;
  }
  auto bt = Backtest(s, bo);
  if (!bt.ok()) return Fail("backtest", bt.status().message());
  std::cout << (args->Has("json") ? BacktestToJson(*bt) + "\n" : BacktestToText(*bt));
  return 0;
}

int RunPlot(const std::vector<std::string>& argv) {
  std::vector<std::string> a = argv;
  for (std::string& s : a)
    if (s == "-o") s = "--output";
  auto args = Args::Parse(a, DyadValueFlags({"output", "scenario"}), {});
  if (!args.ok()) return Fail("plot", args.status().message(), 2);
  if (args->Get("output").empty()) return Fail("plot", "-o FILE.svg is required", 2);
  auto horizon = Horizon(*args, 12);
  if (!horizon.ok()) return Fail("plot", horizon.status().message(), 2);
  DyadRun run;
  if (Failure f = ParseDyadOptions(*args, "", &run); f.code) return Fail("plot", f.message, f.code);
  std::unique_ptr<Scenario> scenario;
  if (args->Has("scenario")) {
    auto scale = EventScale::Load(args->Get("data"));
    if (!scale.ok()) return Fail("plot", scale.status().ToString());
    auto sc = LoadScenario(args->Get("scenario"), *scale);
    if (!sc.ok()) return Fail("plot", sc.status().message());
    scenario = std::make_unique<Scenario>(std::move(*sc));
  }
  run.options.rupture_probabilities = false;
  if (Failure f = MeasureDyad(*args, &run); f.code) return Fail("plot", f.message, f.code);
  std::unique_ptr<ForecastResult> fan;
  if (*horizon > 0) {
    ForecastOptions fo;
    fo.horizon = *horizon;
    fo.paths = run.options.params.paths;
    fo.seed = run.options.params.seed;
    auto fc = ForecastSeries(run.relation.series, fo, scenario.get());
    if (fc.ok())
      fan = std::make_unique<ForecastResult>(std::move(*fc));
    else
      std::cerr << "detente plot: no forecast fan: " << fc.status().message() << "\n";
  }
  const std::string out = args->Get("output");
  const std::string tmp = out + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    f << PlotSvg(run.relation, fan.get());
    if (!f.good()) {
      std::filesystem::remove(tmp);
      return Fail("plot", out + ": cannot write");
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, out, ec);
  if (ec) return Fail("plot", out + ": cannot write: " + ec.message());
  std::cerr << "detente plot: wrote " << out << " (" << run.relation.periods.size() << " periods"
            << (fan ? ", " + std::to_string(fan->baseline.size()) + " forecast" : std::string()) << ")\n";
  return 0;
}

int RunImportGdelt(const std::vector<std::string>& argv) {
  auto args = Args::Parse(argv, {"db", "dyad", "country", "chunk"}, {"keep-going"});
  if (!args.ok()) return Fail("import-gdelt", args.status().message(), 2);
  if (args->Get("db").empty()) return Fail("import-gdelt", "--db FILE is required", 2);
  if (args->positional().empty()) return Fail("import-gdelt", "no export files given", 2);
  GdeltImportOptions o;
  o.keep_going = args->Has("keep-going");
  if (args->Has("dyad") && args->Has("country")) return Fail("import-gdelt", "--country and --dyad exclude each other", 2);
  if (args->Has("dyad")) {
    std::string d = Upper(args->Get("dyad"));
    if (d.size() != 7 || d[3] != ':') return Fail("import-gdelt", "--dyad takes two country codes, e.g. USA:COL", 2);
    o.a = d.substr(0, 3);
    o.b = d.substr(4);
  }
  if (args->Has("country")) {
    o.a = Upper(args->Get("country"));
    if (o.a.size() != 3) return Fail("import-gdelt", "--country takes a country code, e.g. USA", 2);
  }
  if (args->Has("chunk")) {
    const std::string v = args->Get("chunk");
    if (v.empty() || v.size() > 8 || v.find_first_not_of("0123456789") != std::string::npos || std::stoi(v) < 1)
      return Fail("import-gdelt", "--chunk takes a number of lines", 2);
    o.chunk_rows = std::stoi(v);
  }
  auto store = Store::Open(args->Get("db"));
  if (!store.ok()) return Fail("import-gdelt", store.status().message());
  GdeltImportStats total;
  std::vector<Status> skipped;
  int rc = 0;
  for (const std::string& path : args->positional()) {
    Status st = ImportGdelt(**store, path, o, &total, &skipped);
    if (!st.ok()) {
      rc = Fail("import-gdelt", st.message());
      if (!o.keep_going) break;
    }
  }
  for (const Status& s : skipped) std::cerr << "detente import-gdelt: skipped: " << s.message() << "\n";
  std::cerr << "detente import-gdelt: " << total.rows << " rows, " << total.imported << " events stored in "
            << total.batches << " batches, " << total.filtered << " filtered out, " << total.skipped << " skipped\n";
  return rc;
}

void PrintRelationSummary(const std::vector<Event>& events, size_t dyads, std::ostream& out) {
  std::map<std::pair<std::string, std::string>, int> counts;
  for (const Event& e : events) {
    const std::string &s = e.source.country, &t = e.target.country;
    if (s.size() == 3 && t.size() == 3 && s != t && e.date.known()) ++counts[std::minmax(s, t)];
  }
  std::vector<std::pair<std::pair<std::string, std::string>, int>> top(counts.begin(), counts.end());
  std::stable_sort(top.begin(), top.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
  if (top.size() > dyads) top.resize(dyads);
  out << "Relation index (-9..+9; detente relation --db FILE A B for the full series)\n";
  for (const auto& [pair, n] : top) {
    RelationOptions o;
    o.a = pair.first;
    o.b = pair.second;
    o.rupture_probabilities = false;
    o.freq = Freq::kYear;
    auto year = MeasureRelation(events, o);
    o.freq = Freq::kMonth;
    auto month = MeasureRelation(events, o);
    if (!year.ok() || !month.ok()) continue;
    const PeriodRow& last = year->periods.back();
    char buf[160];
    std::snprintf(buf, sizeof buf, "  %s-%s  %s %6.2f  %s %-13s (%d events)", o.a.c_str(), o.b.c_str(),
                  last.period.c_str(), last.index, BandNameZh(last.index), BandName(last.index), n);
    out << buf;
    if (!month->turning_points.empty()) {
      out << "  turning points:";
      for (const TurningPoint& t : month->turning_points)
        out << " " << t.period << " (" << BandName(t.from_level) << "->" << BandName(t.to_level) << ")";
    }
    out << "\n";
  }
}

}  // namespace detente::cli
