// Periods, spreading coarsely dated events, and change-point detection.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "analysis/forecast.h"
#include "analysis/series.h"
#include "analysis_test_util.h"
#include "common/date.h"

namespace detente {
namespace {

using analysis::PeriodLabel;
using analysis::PeriodOf;

TEST(Series, PeriodLabelsAndBounds) {
  long jul = PeriodOf(Freq::kMonth, DayNumber(2025, 7, 15));
  EXPECT_EQ(PeriodLabel(Freq::kMonth, jul), "2025-07");
  EXPECT_EQ(PeriodLabel(Freq::kMonth, jul + 6), "2026-01");
  EXPECT_EQ(PeriodLabel(Freq::kQuarter, PeriodOf(Freq::kQuarter, DayNumber(2025, 7, 15))), "2025-Q3");
  EXPECT_EQ(PeriodLabel(Freq::kYear, PeriodOf(Freq::kYear, DayNumber(2025, 7, 15))), "2025");
  EXPECT_EQ(analysis::IsoDay(analysis::PeriodFirstDay(Freq::kQuarter, PeriodOf(Freq::kQuarter, DayNumber(2024, 5, 3)))),
            "2024-04-01");
  EXPECT_EQ(analysis::IsoDay(analysis::PeriodLastDay(Freq::kMonth, PeriodOf(Freq::kMonth, DayNumber(2024, 2, 3)))),
            "2024-02-29");
  Freq f;
  EXPECT_TRUE(ParseFreq("quarter", &f));
  EXPECT_EQ(f, Freq::kQuarter);
  EXPECT_FALSE(ParseFreq("weekly", &f));
}

TEST(Series, YearEventsAreSpreadOverTheirMonthsByDays) {
  auto s = analysis::SpreadOverPeriods(Freq::kMonth, DayNumber(2025, 1, 1), DayNumber(2025, 12, 31));
  ASSERT_EQ(s.size(), 12u);
  EXPECT_EQ(PeriodLabel(Freq::kMonth, s[0].first), "2025-01");  // not forced into January:
  EXPECT_NEAR(s[0].second, 31.0 / 365, 1e-12);                   // January gets its share only
  EXPECT_NEAR(s[1].second, 28.0 / 365, 1e-12);
  double total = 0;
  for (auto& [p, w] : s) total += w;
  EXPECT_NEAR(total, 1, 1e-12);
  // A month event at quarterly frequency falls in one quarter whole.
  auto q = analysis::SpreadOverPeriods(Freq::kQuarter, DayNumber(2025, 7, 1), DayNumber(2025, 7, 31));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_DOUBLE_EQ(q[0].second, 1);
  EXPECT_TRUE(analysis::SpreadOverPeriods(Freq::kMonth, 10, 5).empty());
}

TEST(TurningPoints, StepsAreFound) {
  std::vector<double> y(40, 0);
  for (size_t i = 20; i < 30; ++i) y[i] = 2;
  for (size_t i = 30; i < 40; ++i) y[i] = -1;
  EXPECT_EQ(ChangePoints(y, 0.5, 2, 1), (std::vector<size_t>{20, 30}));
}

TEST(TurningPoints, NoiseAloneIsNotATurn) {
  analysis::NormalRng rng(7);
  std::vector<double> y(200);
  for (double& v : y) v = 1 + 0.1 * rng.Normal();
  EXPECT_TRUE(ChangePoints(y, 0.5, 2, 1).empty());
  std::vector<double> flat(50, 3);
  EXPECT_TRUE(ChangePoints(flat, 0.5, 2, 1).empty());
  EXPECT_TRUE(ChangePoints({1.0}, 0.5, 2, 1).empty());
}

TEST(TurningPoints, ShiftsBelowTheMinimumAreMerged) {
  std::vector<double> y(30, 0);
  for (size_t i = 15; i < 30; ++i) y[i] = 0.3;
  EXPECT_TRUE(ChangePoints(y, 0.5, 2, 1).empty());
  EXPECT_EQ(ChangePoints(y, 0.2, 2, 1), (std::vector<size_t>{15}));
}

TEST(TurningPoints, ARampIsOneTurnASpikeIsTwo) {
  std::vector<double> ramp(30, 0);
  for (size_t i = 10; i < 30; ++i) ramp[i] = std::min(1.2, 0.12 * (i - 9));
  EXPECT_EQ(ChangePoints(ramp, 0.5, 2, 1).size(), 1u);
  // Two drops with a still month between them are two turns; without it, one.
  std::vector<double> drops = {0, 0, 0, 0, -1.5, -1.5, -2.6, -4.7, -4.7, -4.7};
  EXPECT_EQ(ChangePoints(drops, 0.5, 2, 1), (std::vector<size_t>{4, 7}));
  std::vector<double> fall = {0, 0, 0, 0, -1.5, -2.6, -4.7, -4.7, -4.7};
  EXPECT_EQ(ChangePoints(fall, 0.5, 2, 1).size(), 1u);
  std::vector<double> spike(21, 0);
  spike[10] = 3;
  EXPECT_EQ(ChangePoints(spike, 0.5, 2, 1), (std::vector<size_t>{10, 11}));
}

}  // namespace
}  // namespace detente
