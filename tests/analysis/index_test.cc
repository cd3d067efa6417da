// The index formula, the damping near +9 and near the floor, volume saturation, bands,
// channels and parameters, against values computed by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/index.h"
#include "analysis_test_util.h"

namespace detente {
namespace {

using analysis_test::PlainParams;
using analysis_test::TempFile;

TEST(Index, BandsFollowYanAndZhou) {
  EXPECT_STREQ(BandName(-9), "confrontation");
  EXPECT_STREQ(BandName(-6.01), "confrontation");
  EXPECT_STREQ(BandName(-6), "tension");
  EXPECT_STREQ(BandName(-3.5), "tension");
  EXPECT_STREQ(BandName(-0.1), "discord");
  EXPECT_STREQ(BandName(0), "ordinary");
  EXPECT_STREQ(BandName(3), "good");
  EXPECT_STREQ(BandName(6), "friendly");
  EXPECT_STREQ(BandName(9), "friendly");
  EXPECT_STREQ(BandNameZh(-7), "对抗");
  EXPECT_STREQ(BandNameZh(-4), "紧张");
  EXPECT_STREQ(BandNameZh(-1), "不和");
  EXPECT_STREQ(BandNameZh(1), "普通");
  EXPECT_STREQ(BandNameZh(4), "良好");
  EXPECT_STREQ(BandNameZh(7), "友好");
}

TEST(Index, UndampedInTheMiddle) {
  IndexParams p;  // damp_top 6 (knee at +3), damp_bottom 3 (knee at -6)
  EXPECT_DOUBLE_EQ(ApplyImpulse(0, 1, -9, p), 1);
  EXPECT_DOUBLE_EQ(ApplyImpulse(0, -2, -9, p), -2);
  EXPECT_DOUBLE_EQ(ApplyImpulse(1, 0, -9, p), 1);
}

TEST(Index, PositiveImpactsAreDampedNearPlusNine) {
  IndexParams p;
  // From 2, +2: one point to the knee at 3, then 9 - 6 exp(-1/6).
  EXPECT_NEAR(ApplyImpulse(2, 2, -9, p), 3.921110, 1e-6);
  // From 6, +1.5: 9 - 3 exp(-1/4) = 6.663598, not 7.5.
  EXPECT_NEAR(ApplyImpulse(6, 1.5, -9, p), 6.663598, 1e-6);
  // A huge impulse approaches +9 without reaching it.
  double top = ApplyImpulse(8.9, 100, -9, p);
  EXPECT_GT(top, 8.9);
  EXPECT_LE(top, 9.0);
  // Hard to perfect, easy to spoil: at +6 a +1 moves less than a -1.
  EXPECT_LT(ApplyImpulse(6, 1, -9, p) - 6, 6 - ApplyImpulse(6, -1, -9, p));
  EXPECT_DOUBLE_EQ(ApplyImpulse(6, -1, -9, p), 5);
}

TEST(Index, NegativeImpactsAreDampedNearTheFloor) {
  IndexParams p;
  // Lower bound -9: knee at -6; from -5, -2 gives -9 + 3 exp(-1/3).
  EXPECT_NEAR(ApplyImpulse(-5, -2, -9, p), -6.850406, 1e-6);
  // Floor -3: knee at 0; from 1, -2 gives -3 + 3 exp(-1/3).
  EXPECT_NEAR(ApplyImpulse(1, -2, -3, p), -0.850406, 1e-6);
  // The level never falls through the floor, however large the blow.
  EXPECT_GT(ApplyImpulse(-2, -1000, -3, p), -3.0 - 1e-12);
  // Below the floor (the floor rose under it) blows have no effect; good news still does.
  EXPECT_DOUBLE_EQ(ApplyImpulse(-4, -1, -3, p), -4);
  EXPECT_DOUBLE_EQ(ApplyImpulse(-4, 1, -3, p), -3);
}

TEST(Index, ZeroMarginsMeanNoDampingButBounds) {
  IndexParams p;
  p.damp_top = 0;
  p.damp_bottom = 0;
  EXPECT_DOUBLE_EQ(ApplyImpulse(6, 2, -9, p), 8);
  EXPECT_DOUBLE_EQ(ApplyImpulse(8, 2, -9, p), 9);
  EXPECT_DOUBLE_EQ(ApplyImpulse(-2, -2, -3, p), -3);
}

TEST(Index, PeriodImpulseAndVolumeSaturation) {
  IndexParams p = PlainParams();
  EXPECT_DOUBLE_EQ(PeriodImpulse(-8, 1, 1, p), -0.8);
  EXPECT_DOUBLE_EQ(PeriodImpulse(14, 2, 12, p), 1.4);
  p.volume_ref = 20;
  // 20 events of -4 in a month: 0.1 x -80 x 20 ln(2) / 20 = -8 ln 2.
  EXPECT_NEAR(PeriodImpulse(-80, 20, 1, p), -8 * std::log(2.0), 1e-12);
  // Few events are hardly touched; many count less than their number.
  EXPECT_NEAR(PeriodImpulse(-8, 1, 1, p), -0.8 * 20 * std::log1p(1 / 20.0), 1e-12);
  EXPECT_LT(std::fabs(PeriodImpulse(-800, 200, 1, p)), std::fabs(PeriodImpulse(-80, 20, 1, p)) * 10);
  // The reference scales with the period: a year of twelve equal months gives the same total.
  EXPECT_NEAR(PeriodImpulse(-960, 240, 12, p), 12 * PeriodImpulse(-80, 20, 1, p), 1e-9);
  EXPECT_DOUBLE_EQ(PeriodImpulse(0, 0, 1, p), 0);
}

TEST(Index, PathAccumulatesImpactsAsAFlow) {
  IndexParams p = PlainParams();
  std::vector<analysis::PeriodAgg> aggs = {{2, 14}, {0, 0}, {3, -20}, {1, 5}};
  std::vector<double> lower(4, -9);
  double initial = 99;
  auto path = analysis::IndexPath(aggs, lower, 12, p, &initial);
  EXPECT_DOUBLE_EQ(initial, 0);
  ASSERT_EQ(path.size(), 4u);
  EXPECT_NEAR(path[0], 1.4, 1e-12);
  EXPECT_NEAR(path[1], 1.4, 1e-12);  // no events: the level holds
  EXPECT_NEAR(path[2], -0.6, 1e-12);
  EXPECT_NEAR(path[3], -0.1, 1e-12);
  p.initial = 2;  // +1.4 from 2: one point to the knee at 3, then 9 - 6 exp(-0.4 / 6)
  EXPECT_NEAR(analysis::IndexPath(aggs, lower, 12, p, nullptr)[0], 3.386958, 1e-6);
}

TEST(Index, AutomaticInitialLevelComesFromTheFirstEvents) {
  IndexParams p = PlainParams();
  p.initial_auto = true;
  std::vector<analysis::PeriodAgg> aggs = {{0, 0}, {2, 10}, {1, -4}};
  double initial = 0;
  auto path = analysis::IndexPath(aggs, {-9, -9, -9}, 1, p, &initial);
  EXPECT_NEAR(initial, 4.5, 1e-12);  // 0.9 x mean Goldstein 5
  EXPECT_NEAR(path[1], 4.5, 1e-12);  // that period is not counted twice
  EXPECT_NEAR(path[2], 4.1, 1e-12);
}

TEST(Index, ChannelsSplitPoliticalFromMaterial) {
  for (const char* c : {"010", "020", "036", "042", "057", "090", "111", "120", "138", "141", "161", "164", "166"})
    EXPECT_EQ(ChannelOf(c), Channel::kPolitical) << c;
  for (const char* c : {"061", "071", "081", "150", "162", "1621", "163", "172", "180", "190", "200"})
    EXPECT_EQ(ChannelOf(c), Channel::kMaterial) << c;
  EXPECT_EQ(ChannelOf("0231"), Channel::kPolitical);  // appeal for aid is a statement
}

TEST(Index, ParametersBySetParamAndFile) {
  IndexParams p;
  EXPECT_TRUE(SetParam(&p, "scale", "0.2").ok());
  EXPECT_DOUBLE_EQ(p.scale, 0.2);
  EXPECT_TRUE(SetParam(&p, "initial", "auto").ok());
  EXPECT_TRUE(p.initial_auto);
  EXPECT_TRUE(SetParam(&p, "initial", "-1.5").ok());
  EXPECT_FALSE(p.initial_auto);
  EXPECT_DOUBLE_EQ(p.initial, -1.5);
  EXPECT_FALSE(SetParam(&p, "initial", "12").ok());
  EXPECT_FALSE(SetParam(&p, "scale", "abc").ok());
  EXPECT_FALSE(SetParam(&p, "damp_top", "nan").ok());
  Status st = SetParam(&p, "sclae", "1");
  EXPECT_NE(st.message().find("unknown parameter \"sclae\""), std::string::npos);

  std::string ok = TempFile("params.csv", "# my parameters\nscale,0.05\ndamp_bottom,2\ninitial,auto\n");
  IndexParams q;
  ASSERT_TRUE(LoadParams(ok, &q).ok());
  EXPECT_DOUBLE_EQ(q.scale, 0.05);
  EXPECT_DOUBLE_EQ(q.damp_bottom, 2);
  EXPECT_TRUE(q.initial_auto);
  std::string bad = TempFile("params-bad.csv", "scale,0.05\n\nrupture,-12\n");
  st = LoadParams(bad, &q);
  EXPECT_EQ(st.code(), StatusCode::kDataError);
  EXPECT_NE(st.message().find("params-bad.csv:3:"), std::string::npos) << st.message();
  std::string cols = TempFile("params-cols.csv", "scale\n");
  st = LoadParams(cols, &q);
  EXPECT_NE(st.message().find("params-cols.csv:1: expected 2 comma-separated columns, found 1"), std::string::npos)
      << st.message();
}

TEST(Index, EventScaleFallsBackToTheParentCode) {
  EventScale s;
  s.Add("16", -4, 4);
  s.Add("163", -8, 4);
  double g = 0;
  int q = 0;
  ASSERT_TRUE(s.Find("163", &g, &q));
  EXPECT_DOUBLE_EQ(g, -8);
  ASSERT_TRUE(s.Find("1631", &g, &q));
  EXPECT_DOUBLE_EQ(g, -8);
  ASSERT_TRUE(s.Find("169", &g, &q));
  EXPECT_DOUBLE_EQ(g, -4);
  EXPECT_FALSE(s.Find("42", &g, &q));
  auto prod = EventScale::Load(DETENTE_DATA_DIR);
  ASSERT_TRUE(prod.ok()) << prod.status().ToString();
  ASSERT_TRUE(prod->Find("163", &g, &q));
  EXPECT_DOUBLE_EQ(g, -8);
  EXPECT_EQ(q, 4);
}

}  // namespace
}  // namespace detente
