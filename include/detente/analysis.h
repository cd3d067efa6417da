// Measuring, explaining and forecasting a bilateral relation from stored events.
//
//   auto store = detente::Store::Open("events.db");
//   detente::EventQuery q;  q.a = "USA"; q.b = "COL";
//   auto events = (*store)->QueryEvents(q);
//   detente::RelationOptions opt;
//   opt.a = "USA"; opt.b = "COL"; opt.freq = detente::Freq::kYear;
//   auto rel = detente::MeasureRelation(*events, opt);
//   if (!rel.ok()) { std::cerr << rel.status().ToString() << "\n"; return 1; }
//   for (const detente::PeriodRow& p : rel->periods)
//     std::cout << p.period << " " << p.index << " " << detente::BandName(p.index) << "\n";
//   auto fan = detente::ForecastSeries(rel->series, detente::ForecastOptions{}, nullptr);
//   std::string svg = detente::PlotSvg(*rel, fan.ok() ? &*fan : nullptr);
//
// The relation index lives on the -9..+9 scale of Yan Xuetong and Zhou Fangyin (2004) with
// its six bands. Each period's events give an impulse (Goldstein values, volume-saturated);
// the level follows the impulse as a flow, damped near +9 and near the floor. README.md
// ("Relations") states every rule and default. Everything that reads a file returns a Status
// naming the file and line; nothing here throws or aborts on bad input.
#ifndef DETENTE_ANALYSIS_H_
#define DETENTE_ANALYSIS_H_

#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "detente/event.h"
#include "detente/status.h"

namespace detente {

class Store;

enum class Freq { kMonth, kQuarter, kYear };
bool ParseFreq(const std::string& name, Freq* out);  // "month", "quarter", "year"
const char* FreqName(Freq f);

enum class Direction { kBoth, kAB, kBA };
bool ParseDirection(const std::string& name, Direction* out);  // "both", "ab", "ba"

// What a series measures: the relation index, or the volume-normalised mean Goldstein value.
enum class Measure { kIndex, kMean };
bool ParseMeasure(const std::string& name, Measure* out);  // "index", "mean"
const char* MeasureName(Measure m);

// Every tunable constant of the index, the floor, turning points and forecasts. Defaults are
// the documented ones; SetParam / LoadParams change them by name (the names are the keys).
struct IndexParams {
  double scale = 0.1;         // scale: index points per Goldstein point of one event
  double volume_ref = 20;     // volume_ref: events per month where coverage saturation sets in (0 = off)
  double damp_top = 6;        // damp_top: positive impacts fade to 0 over the last damp_top points below +9
  double damp_bottom = 3;     // damp_bottom: negative impacts fade to 0 over damp_bottom points above the floor
  double initial = 0;         // initial: level before the first period ...
  bool initial_auto = false;  //   ... or "auto": 0.9 x the first period's mean Goldstein value
  double rupture = -6;        // rupture: level counted as a rupture (the confrontation band)
  int horizon = 12;           // horizon: periods ahead for p_rupture
  double tp_min_shift = 0.5;  // tp_min_shift: smallest level change reported as a turning point
  double tp_penalty = 2;      // tp_penalty: change-point penalty, in units of noise variance x ln(n)
  int tp_quiet = 1;           // tp_quiet: quiet periods that separate two moves the same way
  int top_events = 5;         // top_events: events listed per period and per turning point
  int paths = 2000;           // paths: Monte-Carlo paths
  uint64_t seed = 1;          // seed: random seed (output is reproducible for a given seed)
  double floor_elasticity = 0.3219;  // floor_elasticity: floor depth x 2^-e per doubling of ballast (0.8)
  double floor_reference = 0.01;     // floor_reference: ballast at which the floor is -9
  double floor_security_weight = 0.02;  // floor_security_weight: ballast per security agreement
};
// Sets one parameter by its key ("scale", "initial" = number or "auto", ...). InvalidArgument
// names the key and the value when either is wrong.
Status SetParam(IndexParams* p, const std::string& key, const std::string& value);
// Reads `key,value` lines (# comments) and applies them; errors name file:line.
Status LoadParams(const std::string& path, IndexParams* p);

// The six bands: "confrontation" (< -6), "tension" (< -3), "discord" (< 0), "ordinary" (< 3),
// "good" (< 6), "friendly"; BandNameZh gives 对抗 紧张 不和 普通 良好 友好.
const char* BandName(double level);
const char* BandNameZh(double level);

// The flow rule: the level after an impulse `u` (index points) from `level`, with negative
// impacts damped towards `lower` (the floor, or -9) and positive ones towards +9.
double ApplyImpulse(double level, double u, double lower, const IndexParams& p);
// Impulse of a period: scale x goldstein_sum, saturated when `events` exceeds the volume
// reference (volume_ref x months; c ln(1 + n/c) / n).
double PeriodImpulse(double goldstein_sum, double events, int months, const IndexParams& p);

// Political (statements, appeals, demands, threats, diplomatic moves) or material (cooperation,
// aid, yielding, force posture, sanctions, coercion, force) channel of a CAMEO code.
enum class Channel { kPolitical, kMaterial };
Channel ChannelOf(const std::string& code);
const char* ChannelName(Channel c);

// Goldstein value and QuadClass of each CAMEO code (data/cameo/codes.tsv).
class EventScale {
 public:
  // `data_dir` empty: the default dictionary folder.
  static Result<EventScale> Load(const std::string& data_dir);
  // Adds or replaces one code (tests, fixtures).
  void Add(const std::string& code, double goldstein, int quad);
  // The code itself, else its parent (0231 -> 023 -> 02); false when neither is known.
  bool Find(const std::string& code, double* goldstein, int* quad) const;

 private:
  std::map<std::string, std::pair<double, int>> codes_;
};

// Structural indicators (data/README.md, "Relations"): per year, trade, remittances, aid and
// security agreements; the ballast of the more dependent side sets the floor.
struct IndicatorRow {
  int year = 0;
  std::string name;  // export_share, trade_usd, remittances_usd, aid_usd, gdp_usd, security_agreements
  std::string side;  // the country the value belongs to, "" for the dyad
  double value = 0;
  std::string where;  // "usa-col.csv:7"
};
struct Indicators {
  std::string path;
  std::vector<IndicatorRow> rows;
};
Result<Indicators> LoadIndicators(const std::string& path);

struct FloorYear {
  int year = 0;
  double ballast = 0;  // of the more dependent side
  std::string side;    // that side
  double floor = -9;
  std::string basis;   // which indicators entered: "export_share COL 0.3 + 1 security agreement"
};
// The floor as a saturating function of the ballast: -9 x min(1, (B / reference)^-elasticity).
double FloorOfBallast(double ballast, const IndexParams& p);
// One entry per year of the file; an indicator missing in a year takes the nearest earlier
// year's value (before its first year it is absent). DataError when a row names a side that
// is neither a nor b.
Result<std::vector<FloorYear>> FloorByYear(const Indicators& ind, const std::string& a, const std::string& b,
                                           const IndexParams& p);
// The floor of `year` (the nearest year's, outside the table); -9 when `floors` is empty.
double FloorForYear(const std::vector<FloorYear>& floors, int year);

// A regular series (one value per period) ready for model fitting, forecasts and backtests.
struct Series {
  std::string name;  // "USA-COL index", "monthly-codes-YEM.csv mean Goldstein"
  Measure measure = Measure::kIndex;
  Freq freq = Freq::kMonth;
  long first = 0;               // ordinal of the first period (see PeriodName)
  std::vector<double> values;   // one per period
  std::vector<double> lower;    // per period: the floor, or the lower bound
  double lo = -9, hi = 9;       // bounds of the scale
  IndexParams params;           // damping and scenario impulses (index measure only)
  // "2025-07", "2025-Q3" or "2025" for period `i` counted from `first` (i may be past the end).
  std::string PeriodName(long i) const;
  int PeriodMonths() const;
  size_t size() const { return values.size(); }
};

// The state-space model: x_t = x_{t-1} + (1 - phi)(mu_t - x_{t-1}) + eta_t, y_t = x_t + eps_t,
// mu_t = lower_t + delta (mean reversion to an equilibrium held delta above the floor).
struct ModelFit {
  double phi = 0.9, delta = 0, sigma_eta = 0.1, sigma_eps = 0.1;
  double loglik = 0;
  int n = 0;
};
// Maximum likelihood by Kalman filter and Nelder-Mead; needs at least 4 periods.
Result<ModelFit> FitModel(const Series& s);
// Filtered state mean and variance per period under `m`.
void FilterStates(const Series& s, const ModelFit& m, std::vector<double>* mean, std::vector<double>* var);

// Hypothetical events and shifts (data/README.md, "Relations").
struct ScenarioItem {
  enum class Kind { kEvent, kShift, kEquilibrium, kFloor };
  Kind kind = Kind::kEvent;
  long first_day = 0, last_day = 0;  // day numbers; last_day = first_day for shifts, LONG_MAX open
  std::string code;                  // event: CAMEO code
  double count = 0;                  // event: events per period
  double goldstein = 0;              // event: Goldstein value of the code
  double value = 0;                  // shift/equilibrium: delta; floor: the new floor
  std::string where;                 // "scenario.csv:4"
};
struct Scenario {
  std::string name, path;
  std::vector<ScenarioItem> items;
};
Result<Scenario> LoadScenario(const std::string& path, const EventScale& scale);

struct ForecastOptions {
  int horizon = 12;
  int paths = 2000;
  uint64_t seed = 1;
};
struct FanPoint {
  std::string period;
  double median = 0, p05 = 0, p25 = 0, p75 = 0, p95 = 0, mean = 0;
  double p_rupture = 0;  // share of paths that fell below the rupture level by this period
  double impulse = 0;    // scenario impulse applied in this period (0 in the baseline)
};
struct ForecastResult {
  ModelFit model;
  std::string last_period;
  double last_value = 0;
  std::vector<FanPoint> baseline, scenario;  // scenario empty without one
  std::string scenario_name;
  std::vector<std::string> notes;
};
// Fits the model to `s` and simulates `paths` futures; baseline and scenario share their
// random draws, so their difference is the scenario's effect alone.
Result<ForecastResult> ForecastSeries(const Series& s, const ForecastOptions& o, const Scenario* scenario);
// The same with a given model (backtests, tests with known parameters).
ForecastResult ForecastWithModel(const Series& s, const ModelFit& m, const ForecastOptions& o,
                                 const Scenario* scenario);

struct BacktestOptions {
  int horizon = 1;    // forecast h periods ahead of each origin
  int min_train = 24;  // first origin after this many periods
  int paths = 1000;
  uint64_t seed = 1;
};
struct BacktestResult {
  std::string series;
  Measure measure = Measure::kIndex;
  int horizon = 1, origins = 0, points = 0;
  double mae = 0, mae_persistence = 0, mae_mean = 0, coverage90 = 0, coverage50 = 0;
  std::vector<std::string> notes;
};
// Rolling origin: refits at every origin on the periods up to it, forecasts h ahead and
// scores the median against persistence (the last value) and the mean of the training part.
Result<BacktestResult> Backtest(const Series& s, const BacktestOptions& o);

// One row of a relation table.
struct DirectionStats {
  double events = 0;         // weighted: an event dated coarser than the period counts in part
  double quad[4] = {0, 0, 0, 0};  // VC, MC, VK, MK, weighted
  double goldstein_sum = 0;  // weighted
  int exact = 0;             // events wholly inside the period
  int spread = 0;            // coarser-dated events with a part here
  double GoldsteinMean() const { return events > 0 ? goldstein_sum / events : NAN; }
  double NetCoop() const { return quad[0] + quad[1] - quad[2] - quad[3]; }
};
struct TopEvent {
  Event event;
  double weight = 1;  // share of the event in this period
  double impact = 0;  // index points before damping
};
struct PeriodRow {
  std::string period, first_day, last_day;
  bool partial = false;  // the period runs past the latest date observed
  DirectionStats both, ab, ba;
  double volume = NAN;  // events of either country with anyone (when context events are given)
  double impulse = 0, index = 0, political = 0, material = 0;
  double floor = NAN, gap = NAN, p_rupture = NAN;
  std::vector<TopEvent> top_events;
};
struct TurningPoint {
  // The period of the turn; when the events driving it are known only to a coarser date (a
  // year, at monthly frequency), that date ("1999"): the month is not invented.
  std::string period;
  std::string through;    // the last period of the move (= period for a one-period step)
  std::string at_period;  // the series period where the index moved most
  // The mean level before the move, and from its last period to the next turn.
  double from_level = 0, to_level = 0;
  std::vector<TopEvent> events;  // the move's events pushing in its direction, largest first
};
struct RelationOptions {
  std::string a, b;
  Freq freq = Freq::kMonth;
  Direction direction = Direction::kBoth;
  std::string from, to;  // ISO dates, inclusive; periods outside are not shown
  IndexParams params;
  const Indicators* indicators = nullptr;    // sets the floor
  const std::vector<Event>* context = nullptr;  // all events of a or b, for the volume share
  bool rupture_probabilities = true;
};
struct Relation {
  std::string a, b;
  Freq freq = Freq::kMonth;
  Direction direction = Direction::kBoth;
  IndexParams params;
  double initial = 0;
  int events = 0, undated = 0;
  std::string observed_until;
  std::vector<PeriodRow> periods;            // the shown periods
  std::vector<TurningPoint> turning_points;  // those inside the shown periods
  std::vector<FloorYear> floors;
  std::string indicators_path;
  bool has_model = false;
  ModelFit model;
  Series series;       // the index over every computed period
  Series mean_series;  // the mean Goldstein value per period (an empty period keeps the last value)
  std::vector<std::string> notes;
};
// `events` between a and b (any order; others are ignored). InvalidArgument when a or b is not
// a three-letter code or when no event is dated.
Result<Relation> MeasureRelation(const std::vector<Event>& events, const RelationOptions& o);

// Change points of `values` (optimal partitioning, squared error, penalised); returns the
// indices where a new segment starts, after merging neighbours whose levels differ by less
// than min_shift, and steps the same way with fewer than `quiet` still periods between them
// (the steps of a ramp).
std::vector<size_t> ChangePoints(const std::vector<double>& values, double min_shift, double penalty,
                                 size_t quiet);

// GDELT monthly counts (`MonthYear,EventCode,N_events`): one period per month, weighted by
// the Goldstein value of each code. Errors name file:line.
Result<Series> ReadGdeltCounts(const std::string& path, const EventScale& scale, Measure m, const IndexParams& p);

// GDELT 1.0 (57 columns, 58 with SOURCEURL) and 2.0 (61 columns) tab-separated event exports.
struct GdeltImportOptions {
  std::string a, b;        // keep rows with a (and b, when set) as one of the two actors' countries
  bool keep_going = false;  // skip bad rows (reported) instead of stopping at the first
  int chunk_rows = 100000;  // lines per stored batch
};
struct GdeltImportStats {
  int rows = 0, imported = 0, filtered = 0, skipped = 0, batches = 0;
};
// Stores the export's events under batch ids "gdelt:NAME" ("gdelt:NAME#2" ... for further
// chunks), replacing an earlier import of the same file. Without keep_going the file is
// checked whole first and nothing is stored when a row is bad.
Status ImportGdelt(Store& store, const std::string& path, const GdeltImportOptions& o, GdeltImportStats* stats,
                   std::vector<Status>* skipped);

// Reports: JSON contracts (README.md, "Relations") and text for people.
std::string RelationToJson(const Relation& r);
std::string RelationToText(const Relation& r);
std::string ForecastToJson(const Relation* r, const Series& s, const ForecastResult& f, int horizon);
std::string ForecastToText(const Series& s, const ForecastResult& f);
std::string BacktestToJson(const BacktestResult& b);
std::string BacktestToText(const BacktestResult& b);

// An SVG chart: the index with its bands, the channels, the floor, turning points and the
// forecast fan (when given).
std::string PlotSvg(const Relation& r, const ForecastResult* forecast);

}  // namespace detente

#endif  // DETENTE_ANALYSIS_H_
