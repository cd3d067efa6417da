// The state-space model on synthetic series whose true parameters are known, the forecast fan,
// scenario arithmetic against hand-computed paths, reproducibility, and the backtest metrics.
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/forecast.h"
#include "analysis/kalman.h"
#include "analysis/series.h"
#include "analysis_test_util.h"
#include "common/date.h"

namespace detente {
namespace {

using analysis_test::Fixture;
using analysis_test::PlainParams;
using analysis_test::TempFile;

// x_t = phi x_{t-1} + (1 - phi) mu + eta, y = x + eps, on the index scale.
Series Synthetic(size_t n, double phi, double mu, double sigma_eta, double sigma_eps, uint64_t seed) {
  analysis::NormalRng rng(seed);
  Series s;
  s.name = "synthetic";
  s.freq = Freq::kMonth;
  s.first = 2000 * 12;
  s.params = PlainParams();
  s.params.damp_top = 0;  // a linear model: no damping to bias the fit
  s.params.damp_bottom = 0;
  double x = mu;
  for (size_t t = 0; t < n; ++t) {
    x = phi * x + (1 - phi) * mu + sigma_eta * rng.Normal();
    s.values.push_back(x + sigma_eps * rng.Normal());
  }
  s.lower.assign(n, -9);
  return s;
}

// A series at `level` for `n` months ending 2026-01, with a model that has no noise.
Series Flat(size_t n, double level) {
  Series s;
  s.name = "flat";
  s.freq = Freq::kMonth;
  s.first = 2026 * 12 + 0 - static_cast<long>(n - 1);
  s.values.assign(n, level);
  s.lower.assign(n, -9);
  s.params = PlainParams();
  return s;
}

ModelFit Quiet(double phi, double delta) {
  ModelFit m;
  m.phi = phi;
  m.delta = delta;
  m.sigma_eta = 1e-8;   // the filter follows the observations exactly
  m.sigma_eps = 1e-14;
  return m;
}

TEST(Model, RecoversKnownParameters) {
  Series s = Synthetic(3000, 0.8, 1.0, 0.5, 0.3, 42);
  auto m = FitModel(s);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_NEAR(m->phi, 0.8, 0.05);
  EXPECT_NEAR(m->delta, 10.0, 0.15);  // mu = lower + delta = -9 + 10
  EXPECT_NEAR(m->sigma_eta, 0.5, 0.08);
  EXPECT_NEAR(m->sigma_eps, 0.3, 0.08);
  // The fit is at least as likely as the truth.
  ModelFit truth;
  truth.phi = 0.8;
  truth.delta = 10;
  truth.sigma_eta = 0.5;
  truth.sigma_eps = 0.3;
  EXPECT_GE(m->loglik, analysis::LogLikelihood(s, truth) - 1e-6);
}

TEST(Model, TooShortOrMissingValuesAreErrors) {
  Series s = Flat(3, 0);
  EXPECT_EQ(FitModel(s).status().code(), StatusCode::kInvalidArgument);
  s = Flat(10, 0);
  s.values[4] = NAN;
  EXPECT_EQ(FitModel(s).status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(FitModel(Flat(10, 2)).ok());  // a constant series fits (tiny noise)
}

TEST(Model, NelderMeadFindsAQuadraticMinimum) {
  auto f = [](const std::vector<double>& x) { return (x[0] - 3) * (x[0] - 3) + 2 * (x[1] + 1) * (x[1] + 1); };
  auto x = analysis::NelderMead(f, {0, 0}, {1, 1}, 2000, 1e-14);
  EXPECT_NEAR(x[0], 3, 1e-4);
  EXPECT_NEAR(x[1], -1, 1e-4);
}

TEST(Forecast, MeanRevertsToTheEquilibrium) {
  // phi 0.5, equilibrium -9 + 9 = 0: from 4 the path halves each month.
  ForecastOptions o;
  o.horizon = 3;
  o.paths = 50;
  ForecastResult f = ForecastWithModel(Flat(12, 4), Quiet(0.5, 9), o, nullptr);
  ASSERT_EQ(f.baseline.size(), 3u);
  EXPECT_EQ(f.baseline[0].period, "2026-02");
  EXPECT_NEAR(f.baseline[0].median, 2, 1e-6);
  EXPECT_NEAR(f.baseline[1].median, 1, 1e-6);
  EXPECT_NEAR(f.baseline[2].median, 0.5, 1e-6);
  EXPECT_DOUBLE_EQ(f.baseline[2].p_rupture, 0);
}

TEST(Forecast, ScenarioArithmeticMatchesHandComputedPaths) {
  EventScale scale;
  scale.Add("163", -8, 4);
  auto sc = LoadScenario(Fixture("scenario.csv"), scale);
  ASSERT_TRUE(sc.ok()) << sc.status().ToString();
  EXPECT_EQ(sc->name, "monthly sanctions and a government change");
  ForecastOptions o;
  o.horizon = 9;
  o.paths = 20;
  ForecastResult f = ForecastWithModel(Flat(12, 0), Quiet(1, 0), o, &*sc);
  ASSERT_EQ(f.scenario.size(), 9u);
  // 2026-02 .. 2026-10: sanctions (-0.8 each, undamped above -6) in March, April, May; +2 in August.
  const double want[] = {0, -0.8, -1.6, -2.4, -2.4, -2.4, -0.4, -0.4, -0.4};
  for (size_t h = 0; h < 9; ++h) {
    EXPECT_NEAR(f.scenario[h].median, want[h], 1e-6) << f.scenario[h].period;
    EXPECT_NEAR(f.baseline[h].median, 0, 1e-6) << f.baseline[h].period;
  }
  EXPECT_NEAR(f.scenario[1].impulse, -0.8, 1e-12);
  EXPECT_EQ(f.scenario[6].period, "2026-08");
}

TEST(Forecast, ScenarioImpactsAreDampedNearTheFloor) {
  EventScale scale;
  scale.Add("163", -8, 4);
  std::string path = TempFile("scenario-floor.csv",
                              "floor,2026-02,-2,the ballast holds at -2\nevent,2026-02,2026-04,163,1\n");
  auto sc = LoadScenario(path, scale);
  ASSERT_TRUE(sc.ok()) << sc.status().ToString();
  ForecastOptions o;
  o.horizon = 3;
  o.paths = 10;
  ForecastResult f = ForecastWithModel(Flat(12, 0), Quiet(1, 9), o, &*sc);
  // Floor -2, damping over 3 points: -2 + (x + 2) exp(-0.8 / 3) each month.
  EXPECT_NEAR(f.scenario[0].median, -0.468143, 1e-5);
  EXPECT_NEAR(f.scenario[1].median, -0.826708, 1e-5);
  EXPECT_NEAR(f.scenario[2].median, -1.101342, 1e-5);
}

TEST(Forecast, SeededAndSharedDraws) {
  Series s = Synthetic(120, 0.9, 0, 0.4, 0.2, 3);
  auto a = ForecastSeries(s, ForecastOptions{}, nullptr), b = ForecastSeries(s, ForecastOptions{}, nullptr);
  ASSERT_TRUE(a.ok() && b.ok());
  for (size_t h = 0; h < a->baseline.size(); ++h) {
    EXPECT_DOUBLE_EQ(a->baseline[h].median, b->baseline[h].median);
    EXPECT_DOUBLE_EQ(a->baseline[h].p05, b->baseline[h].p05);
    EXPECT_LE(a->baseline[h].p05, a->baseline[h].p25);
    EXPECT_LE(a->baseline[h].p25, a->baseline[h].median);
    EXPECT_LE(a->baseline[h].median, a->baseline[h].p75);
    EXPECT_LE(a->baseline[h].p75, a->baseline[h].p95);
  }
  // The fan widens with the horizon.
  EXPECT_GT(a->baseline.back().p95 - a->baseline.back().p05, a->baseline.front().p95 - a->baseline.front().p05);
  ForecastOptions other;
  other.seed = 2;
  auto c = ForecastSeries(s, other, nullptr);
  EXPECT_NE(a->baseline[0].p05, c->baseline[0].p05);
  // A scenario of zero effect gives the baseline exactly: the same draws.
  EventScale scale;
  scale.Add("010", 0, 1);
  auto sc = LoadScenario(TempFile("scenario-zero.csv", "event,2000-01,-,010,1\n"), scale);
  ASSERT_TRUE(sc.ok());
  auto d = ForecastSeries(s, ForecastOptions{}, &*sc);
  for (size_t h = 0; h < d->baseline.size(); ++h) EXPECT_DOUBLE_EQ(d->scenario[h].median, d->baseline[h].median);
}

TEST(Forecast, RuptureProbabilityRisesTowardsTheThreshold) {
  ForecastOptions o;
  o.horizon = 12;
  o.paths = 4000;
  ModelFit m = Quiet(1, 0);
  m.sigma_eta = 1.0;
  ForecastResult near = ForecastWithModel(Flat(12, -5), m, o, nullptr);
  ForecastResult far = ForecastWithModel(Flat(12, 3), m, o, nullptr);
  EXPECT_GT(near.baseline.back().p_rupture, 0.3);
  EXPECT_LT(far.baseline.back().p_rupture, near.baseline.back().p_rupture);
  for (size_t h = 1; h < near.baseline.size(); ++h)
    EXPECT_GE(near.baseline[h].p_rupture, near.baseline[h - 1].p_rupture);  // cumulative
  // A floor above the rupture level holds: damped blows cannot cross it.
  Series held = Flat(12, -5);
  held.lower.assign(12, -4.5);
  EXPECT_DOUBLE_EQ(ForecastWithModel(held, m, o, nullptr).baseline.back().p_rupture, 0);
}

TEST(Forecast, BadScenarioFilesNameTheLine) {
  EventScale scale;
  scale.Add("163", -8, 4);
  struct Case {
    const char* content;
    const char* message;
  };
  const Case cases[] = {
      {"name,x\nevnt,2026-03,-,163,1\n", "sc.csv:2: unknown row kind \"evnt\""},
      {"event,2026-13,-,163,1\n", "sc.csv:1: FROM \"2026-13\" is not a date"},
      {"event,2026-03,2026-01,163,1\n", "sc.csv:1: TO 2026-01 is before FROM 2026-03"},
      {"event,2026-03,-,999,1\n", "sc.csv:1: \"999\" is not a CAMEO event code"},
      {"event,2026-03,-,163\n", "sc.csv:1: an event row is event,FROM,TO,CODE,COUNT"},
      {"event,2026-03,-,163,-2\n", "sc.csv:1: COUNT \"-2\" is not a number"},
      {"shift,2026-08-07\n", "sc.csv:1: a shift row is shift,DATE,DELTA"},
      {"shift,2026-08-07,+two\n", "sc.csv:1: DELTA \"+two\" is not a number"},
      {"shift,2026-08-07,2,note,extra\n", "sc.csv:1: a shift row has three fields and a note"},
      {"floor,2026-08-07,-12\n", "sc.csv:1: LEVEL \"-12\" is not a number in [-9, 9]"},
      {"# nothing\nname,empty\n", "the scenario has no event"},
      {"event\n", "expected 2-6 comma-separated columns, found 1"},
      {"event,\"2026-03,-,163,1\n", "sc.csv:1: unterminated quoted field"},
  };
  for (const Case& c : cases) {
    auto r = LoadScenario(TempFile("sc.csv", c.content), scale);
    ASSERT_FALSE(r.ok()) << c.content;
    EXPECT_EQ(r.status().code(), StatusCode::kDataError);
    EXPECT_NE(r.status().message().find(c.message), std::string::npos) << r.status().message();
  }
}

TEST(Forecast, ItemsOutsideTheHorizonAreNoted) {
  EventScale scale;
  scale.Add("163", -8, 4);
  auto sc = LoadScenario(TempFile("sc-late.csv", "shift,2030-01-01,1\nshift,2020-01-01,1\n"), scale);
  ASSERT_TRUE(sc.ok());
  ForecastOptions o;
  o.horizon = 3;
  o.paths = 10;
  ForecastResult f = ForecastWithModel(Flat(12, 0), Quiet(1, 9), o, &*sc);
  ASSERT_EQ(f.notes.size(), 2u);
  EXPECT_NE(f.notes[0].find("sc-late.csv:1: outside the forecast periods 2026-02..2026-04"), std::string::npos)
      << f.notes[0];
}

TEST(Backtest, BaselinesAreScoredExactly) {
  Series s = Flat(30, 0);
  for (size_t t = 0; t < s.values.size(); ++t) s.values[t] = t % 2 ? 1 : 0;
  BacktestOptions o;
  o.min_train = 24;
  o.paths = 50;
  auto r = Backtest(s, o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->points, 6);
  EXPECT_DOUBLE_EQ(r->mae_persistence, 1.0);  // an alternating series: the last value is always wrong by 1
  double mean_err = 0;
  for (int origin = 23; origin < 29; ++origin) {
    double m = 0;
    for (int t = 0; t <= origin; ++t) m += s.values[static_cast<size_t>(t)] / (origin + 1);
    mean_err += std::fabs(m - s.values[static_cast<size_t>(origin + 1)]) / 6;
  }
  EXPECT_NEAR(r->mae_mean, mean_err, 1e-12);
}

TEST(Backtest, TheModelEarnsItsPlaceOnAMeanRevertingSeries) {
  Series s = Synthetic(160, 0.6, 1.0, 0.5, 0.2, 11);
  BacktestOptions o;
  o.min_train = 40;
  o.paths = 1000;
  auto r = Backtest(s, o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->points, 120);
  EXPECT_LT(r->mae, r->mae_persistence);
  EXPECT_GE(r->coverage90, 0.8);
  EXPECT_LE(r->coverage90, 0.98);
  EXPECT_GT(r->coverage50, 0.35);
  EXPECT_LT(r->coverage50, 0.65);
}

TEST(Backtest, ShortSeriesAndBadOptionsAreErrors) {
  BacktestOptions o;
  EXPECT_EQ(Backtest(Flat(20, 0), o).status().code(), StatusCode::kInvalidArgument);
  o.horizon = 0;
  EXPECT_EQ(Backtest(Flat(40, 0), o).status().code(), StatusCode::kInvalidArgument);
  o.horizon = 1;
  o.min_train = 2;
  EXPECT_EQ(Backtest(Flat(40, 0), o).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace detente
