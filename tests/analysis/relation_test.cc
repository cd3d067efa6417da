// Dyad series: directions, QuadClass counts, coarse dates, the index, channels, the floor and
// gap, turning points with the events that drove them, and bad requests.
#include <gtest/gtest.h>

#include <cmath>

#include "analysis_test_util.h"

namespace detente {
namespace {

using analysis_test::Fixture;
using analysis_test::MakeEvent;
using analysis_test::PlainParams;

std::vector<Event> Sample() {
  return {
      MakeEvent("e1", "USA", "COL", "042", 1.9, 1, "2025-01-15"),
      MakeEvent("e2", "COL", "USA", "036", 4.0, 1, "2025-02"),
      MakeEvent("e3", "USA", "COL", "163", -8.0, 4, "2025"),
      MakeEvent("e4", "USA", "COL", "057", 8.0, 1, "2025-12-20"),
      MakeEvent("e5", "USA", "VEN", "190", -10, 4, "2025-03-01"),  // another dyad
      MakeEvent("e6", "COL", "USA", "111", -2.0, 3, ""),           // undated
  };
}

RelationOptions Opts(Freq f) {
  RelationOptions o;
  o.a = "USA";
  o.b = "COL";
  o.freq = f;
  o.params = PlainParams();
  o.rupture_probabilities = false;
  return o;
}

TEST(Relation, MonthlySeriesSpreadsTheYearEventUpToTheLastObservedDay) {
  auto r = MeasureRelation(Sample(), Opts(Freq::kMonth));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->events, 4);
  EXPECT_EQ(r->undated, 1);
  EXPECT_EQ(r->observed_until, "2025-12-20");
  ASSERT_EQ(r->periods.size(), 12u);
  // The year event covers 2025-01-01..2025-12-20 (354 days): January holds 31/354 of it.
  const double w_jan = 31.0 / 354, w_feb = 28.0 / 354, w_dec = 20.0 / 354;
  const PeriodRow& jan = r->periods[0];
  EXPECT_EQ(jan.period, "2025-01");
  EXPECT_NEAR(jan.both.events, 1 + w_jan, 1e-12);
  EXPECT_EQ(jan.both.exact, 1);
  EXPECT_EQ(jan.both.spread, 1);
  EXPECT_NEAR(jan.both.quad[0], 1, 1e-12);
  EXPECT_NEAR(jan.both.quad[3], w_jan, 1e-12);
  EXPECT_NEAR(jan.both.goldstein_sum, 1.9 - 8 * w_jan, 1e-12);
  EXPECT_NEAR(jan.ab.events, 1 + w_jan, 1e-12);
  EXPECT_DOUBLE_EQ(jan.ba.events, 0);
  const PeriodRow& feb = r->periods[1];
  EXPECT_NEAR(feb.ba.goldstein_sum, 4.0, 1e-12);
  EXPECT_NEAR(feb.ab.goldstein_sum, -8 * w_feb, 1e-12);
  EXPECT_NEAR(feb.both.NetCoop(), 1 - w_feb, 1e-12);
  const PeriodRow& dec = r->periods[11];
  EXPECT_NEAR(dec.both.goldstein_sum, 8 - 8 * w_dec, 1e-12);
  double year_weight = 0;
  for (const PeriodRow& p : r->periods) year_weight += p.both.quad[3];
  EXPECT_NEAR(year_weight, 1, 1e-12);
  // The index is the running flow of 0.1 x Goldstein (no damping in this range).
  EXPECT_NEAR(jan.index, 0.1 * (1.9 - 8 * w_jan), 1e-12);
  EXPECT_NEAR(r->periods.back().index, 0.1 * (1.9 + 4 + 8 - 8), 1e-9);
  // Political (042, 036, 057) and material (163) channels.
  EXPECT_NEAR(r->periods.back().political, 0.1 * (1.9 + 4 + 8), 1e-9);
  EXPECT_NEAR(r->periods.back().material, -0.8, 1e-9);
  // Top events: largest impact first, with evidence.
  ASSERT_FALSE(jan.top_events.empty());
  EXPECT_EQ(jan.top_events[0].event.id, "e1");
  EXPECT_EQ(jan.top_events[0].event.evidence, "sentence of e1");
  EXPECT_NEAR(jan.top_events[1].weight, w_jan, 1e-12);
  EXPECT_FALSE(r->notes.empty());
}

TEST(Relation, YearlySeriesKeepsEveryEventWhole) {
  auto r = MeasureRelation(Sample(), Opts(Freq::kYear));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->periods.size(), 1u);
  EXPECT_EQ(r->periods[0].period, "2025");
  EXPECT_DOUBLE_EQ(r->periods[0].both.events, 4);
  EXPECT_EQ(r->periods[0].both.exact, 4);
  EXPECT_NEAR(r->periods[0].both.GoldsteinMean(), (1.9 + 4 - 8 + 8) / 4, 1e-12);
}

TEST(Relation, DirectionSelectsTheIndexInput) {
  RelationOptions o = Opts(Freq::kYear);
  o.direction = Direction::kBA;
  auto r = MeasureRelation(Sample(), o);
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(r->periods[0].index, 0.4, 1e-12);  // only COL>USA 036
  o.direction = Direction::kAB;
  r = MeasureRelation(Sample(), o);
  EXPECT_NEAR(r->periods[0].index, 0.1 * (1.9 - 8 + 8), 1e-12);
}

TEST(Relation, ASymmetricEventCountsInBothDirectionsAndOnceForThePair) {
  std::vector<Event> ev = {MakeEvent("call", "USA", "COL", "041", 1.0, 1, "2025-03-01")};
  ev[0].symmetric = true;
  RelationOptions o = Opts(Freq::kYear);
  auto r = MeasureRelation(ev, o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_DOUBLE_EQ(r->periods[0].both.events, 1);
  EXPECT_DOUBLE_EQ(r->periods[0].ab.events, 1);
  EXPECT_DOUBLE_EQ(r->periods[0].ba.events, 1);
  o.direction = Direction::kBA;  // the call is Colombia's act towards the USA too
  auto ba = MeasureRelation(ev, o);
  ASSERT_TRUE(ba.ok());
  EXPECT_NEAR(ba->periods[0].index, r->periods[0].index, 1e-12);
  ev[0].symmetric = false;
  auto one_way = MeasureRelation(ev, o);
  ASSERT_TRUE(one_way.ok());
  EXPECT_DOUBLE_EQ(one_way->periods[0].ba.events, 0);
}

TEST(Relation, TurningPointsListTheEventsThatDroveThem) {
  std::vector<Event> ev;
  for (int m = 1; m <= 12; ++m) {
    char d[16];
    std::snprintf(d, sizeof d, "2024-%02d-10", m);
    ev.push_back(MakeEvent("c" + std::to_string(m), "USA", "COL", "042", 1.9, 1, d));
  }
  ev.push_back(MakeEvent("recall1", "USA", "COL", "161", -4, 4, "2025-07"));
  ev.push_back(MakeEvent("recall2", "COL", "USA", "161", -4, 4, "2025-07"));
  ev.push_back(MakeEvent("sanction", "USA", "COL", "163", -8, 4, "2025-10-03"));
  ev.push_back(MakeEvent("visa", "USA", "COL", "172", -5, 4, "2025-10-04"));
  ev.push_back(MakeEvent("talk", "USA", "COL", "042", 1.9, 1, "2025-12-31"));
  auto r = MeasureRelation(ev, Opts(Freq::kMonth));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::vector<std::string> periods;
  for (const TurningPoint& t : r->turning_points) periods.push_back(t.period);
  EXPECT_EQ(periods, (std::vector<std::string>{"2024-01", "2025-07", "2025-10"})) << ::testing::PrintToString(periods);
  EXPECT_EQ(r->turning_points[0].through, "2024-12");  // a year of steady cooperation is one turn
  EXPECT_NEAR(r->turning_points[0].from_level, 0, 1e-12);
  const TurningPoint& jul = r->turning_points[1];
  EXPECT_EQ(jul.through, "2025-07");
  EXPECT_LT(jul.to_level, jul.from_level);
  ASSERT_EQ(jul.events.size(), 2u);
  EXPECT_EQ(jul.events[0].event.code, "161");
  const TurningPoint& oct = r->turning_points[2];
  ASSERT_GE(oct.events.size(), 2u);
  EXPECT_EQ(oct.events[0].event.id, "sanction");
  EXPECT_EQ(oct.events[1].event.id, "visa");
  for (const TopEvent& t : oct.events) EXPECT_LT(t.impact, 0);  // only the events pushing down
}

TEST(Relation, TheStartingLevelIsNotATurn) {
  // A relation that opens with a crisis and worsens in July: the turn is July, not January.
  std::vector<Event> ev = {MakeEvent("a", "USA", "COL", "163", -8, 4, "2025-01-26"),
                           MakeEvent("b", "COL", "USA", "120", -4, 3, "2025-01-26"),
                           MakeEvent("c", "USA", "COL", "161", -4, 4, "2025-07-03"),
                           MakeEvent("d", "COL", "USA", "161", -4, 4, "2025-07-04"),
                           MakeEvent("e", "USA", "COL", "010", 0, 1, "2025-10-01")};
  auto r = MeasureRelation(ev, Opts(Freq::kMonth));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->turning_points.size(), 1u);
  EXPECT_EQ(r->turning_points[0].period, "2025-07");
  EXPECT_NEAR(r->turning_points[0].from_level, -1.2, 1e-9);
}

TEST(Relation, ATurnDrivenByAYearEventIsNotGivenAMonth) {
  std::vector<Event> ev = {MakeEvent("plan", "USA", "COL", "064", 7, 2, "1999"),
                           MakeEvent("plan2", "COL", "USA", "064", 7, 2, "1999"),
                           MakeEvent("later", "USA", "COL", "042", 0.1, 1, "2001-06-01")};
  auto r = MeasureRelation(ev, Opts(Freq::kMonth));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->turning_points.size(), 1u);
  EXPECT_EQ(r->turning_points[0].period, "1999");
  EXPECT_EQ(r->turning_points[0].at_period.substr(0, 4), "1999");
}

TEST(Relation, FloorHoldsTheIndexAndGivesTheGap) {
  auto ind = LoadIndicators(Fixture("indicators.csv"));
  ASSERT_TRUE(ind.ok());
  std::vector<Event> ev = {MakeEvent("x1", "AAA", "BBB", "190", -10, 4, "2021-03-01"),
                           MakeEvent("x2", "BBB", "AAA", "111", -2, 3, "2021-04-01"),
                           MakeEvent("x3", "AAA", "BBB", "190", -10, 4, "2021-05-01")};
  for (int i = 0; i < 5; ++i) ev.push_back(MakeEvent("y" + std::to_string(i), "AAA", "BBB", "138", -7, 3, "2021-06-0" + std::to_string(i + 1)));
  RelationOptions o = Opts(Freq::kMonth);
  o.a = "AAA";
  o.b = "BBB";
  auto free_fall = MeasureRelation(ev, o);
  ASSERT_TRUE(free_fall.ok());
  o.indicators = &*ind;
  auto held = MeasureRelation(ev, o);
  ASSERT_TRUE(held.ok()) << held.status().ToString();
  const double floor_2021 = -3.235583;  // the 2020 ballast, carried
  const PeriodRow& last = held->periods.back();
  EXPECT_NEAR(last.floor, floor_2021, 1e-6);
  EXPECT_GE(last.index, floor_2021);
  EXPECT_LT(free_fall->periods.back().index, floor_2021);  // without the floor it falls through
  EXPECT_LT(last.political, floor_2021);                   // politics is not held by the floor
  EXPECT_NEAR(last.gap, last.political - last.floor, 1e-12);
  EXPECT_EQ(held->floors.size(), 2u);
}

TEST(Relation, FromAndToChooseThePeriodsShown) {
  RelationOptions o = Opts(Freq::kMonth);
  o.from = "2025-06";
  o.to = "2025-09-15";
  auto r = MeasureRelation(Sample(), o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->periods.size(), 4u);
  EXPECT_EQ(r->periods.front().period, "2025-06");
  EXPECT_EQ(r->periods.back().period, "2025-09");
  // Earlier events still count: the level at the first period shown is the full run's.
  auto full = MeasureRelation(Sample(), Opts(Freq::kMonth));
  ASSERT_TRUE(full.ok());
  EXPECT_EQ(full->periods[5].period, "2025-06");
  EXPECT_DOUBLE_EQ(r->periods.front().index, full->periods[5].index);
  EXPECT_NE(r->periods.front().index, 0);
}

TEST(Relation, ContextEventsGiveTheNewsVolume) {
  std::vector<Event> all = Sample();
  all.push_back(MakeEvent("z1", "COL", "VEN", "042", 1.9, 1, "2025-01-20"));
  all.push_back(MakeEvent("z2", "FRA", "DEU", "042", 1.9, 1, "2025-01-21"));  // neither country
  RelationOptions o = Opts(Freq::kYear);
  o.context = &all;
  auto r = MeasureRelation(all, o);
  ASSERT_TRUE(r.ok());
  // The four dated dyad events, USA>VEN and COL>VEN: six events of USA or COL with anyone.
  EXPECT_DOUBLE_EQ(r->periods[0].volume, 6);
  EXPECT_TRUE(std::isnan(MeasureRelation(all, Opts(Freq::kYear))->periods[0].volume));
}

TEST(Relation, RuptureProbabilitiesAreReproducible) {
  RelationOptions o = Opts(Freq::kMonth);
  o.rupture_probabilities = true;
  auto a = MeasureRelation(Sample(), o), b = MeasureRelation(Sample(), o);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE(a->has_model);
  for (size_t i = 0; i < a->periods.size(); ++i) {
    EXPECT_GE(a->periods[i].p_rupture, 0);
    EXPECT_LE(a->periods[i].p_rupture, 1);
    EXPECT_DOUBLE_EQ(a->periods[i].p_rupture, b->periods[i].p_rupture);
  }
}

TEST(Relation, BadRequestsAreErrorsNotCrashes) {
  RelationOptions o = Opts(Freq::kMonth);
  o.a = "US";
  EXPECT_EQ(MeasureRelation(Sample(), o).status().code(), StatusCode::kInvalidArgument);
  o.a = "COL";
  EXPECT_EQ(MeasureRelation(Sample(), o).status().code(), StatusCode::kInvalidArgument);
  o = Opts(Freq::kMonth);
  o.b = "FRA";
  auto none = MeasureRelation(Sample(), o);
  EXPECT_EQ(none.status().code(), StatusCode::kNotFound);
  EXPECT_NE(none.status().message().find("no dated events between USA and FRA"), std::string::npos);
  o = Opts(Freq::kMonth);
  o.from = "2025-13";
  EXPECT_EQ(MeasureRelation(Sample(), o).status().code(), StatusCode::kInvalidArgument);
  o.from = "2025-10";
  o.to = "2025-01";
  EXPECT_EQ(MeasureRelation(Sample(), o).status().code(), StatusCode::kInvalidArgument);
  o.from = "";
  o.to = "2020";
  EXPECT_EQ(MeasureRelation(Sample(), o).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(MeasureRelation({}, Opts(Freq::kYear)).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace detente
