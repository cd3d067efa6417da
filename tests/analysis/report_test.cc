// The JSON contracts (field names the issue fixes), the text report and the SVG chart.
#include <gtest/gtest.h>

#include "analysis_test_util.h"
#include "common/json.h"

namespace detente {
namespace {

using analysis_test::MakeEvent;

Relation Sample() {
  std::vector<Event> ev;
  for (int m = 1; m <= 9; ++m)
    ev.push_back(MakeEvent("c" + std::to_string(m), "USA", "COL", "042", 1.9, 1, "2024-0" + std::to_string(m) + "-10"));
  ev.push_back(MakeEvent("r1", "USA", "COL", "161", -4, 4, "2025-07"));
  ev.push_back(MakeEvent("r2", "COL", "USA", "161", -4, 4, "2025-07"));
  ev.push_back(MakeEvent("s1", "USA", "COL", "163", -8, 4, "2025-10-03"));
  ev.push_back(MakeEvent("y1", "USA", "COL", "130", -4.4, 3, "2025"));
  RelationOptions o;
  o.a = "USA";
  o.b = "COL";
  o.freq = Freq::kMonth;
  auto r = MeasureRelation(ev, o);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return std::move(*r);
}

const JsonValue& Need(const JsonValue& obj, const char* key) {
  const JsonValue* v = obj.Find(key);
  if (!v) ADD_FAILURE() << "missing field \"" << key << "\"";
  static JsonValue null;
  return v ? *v : null;
}

TEST(Report, RelationJsonContract) {
  Relation r = Sample();
  auto j = ParseJson(RelationToJson(r));
  ASSERT_TRUE(j.ok()) << j.status().ToString();
  const JsonValue& dyad = Need(*j, "dyad");
  ASSERT_EQ(dyad.items().size(), 2u);
  EXPECT_EQ(dyad.items()[0].str(), "USA");
  EXPECT_EQ(Need(*j, "freq").str(), "month");
  const JsonValue& periods = Need(*j, "periods");
  ASSERT_FALSE(periods.items().empty());
  for (const JsonValue& p : periods.items()) {
    for (const char* k : {"period", "index", "band", "events", "goldstein_sum", "quad", "top_events", "political",
                          "material", "floor", "gap", "p_rupture", "directions", "goldstein_mean", "net_coop"})
      Need(p, k);
    EXPECT_EQ(Need(p, "quad").items().size(), 4u);
    EXPECT_TRUE(Need(p, "index").is_number());
    EXPECT_TRUE(Need(p, "directions").Find("USA>COL") && Need(p, "directions").Find("COL>USA"));
  }
  const JsonValue& tps = Need(*j, "turning_points");
  ASSERT_FALSE(tps.items().empty());
  bool saw_july = false;
  for (const JsonValue& t : tps.items()) {
    for (const char* k : {"period", "from_band", "to_band", "events"}) Need(t, k);
    if (Need(t, "period").str() == "2025-07") {
      saw_july = true;
      EXPECT_EQ(Need(t, "events").items()[0].Find("code")->str(), "161");
      EXPECT_FALSE(Need(t, "events").items()[0].Find("evidence")->str().empty());
    }
  }
  EXPECT_TRUE(saw_july);
}

TEST(Report, ForecastAndBacktestJsonContracts) {
  Relation r = Sample();
  ForecastOptions o;
  o.horizon = 4;
  o.paths = 200;
  EventScale scale;
  scale.Add("163", -8, 4);
  auto sc = LoadScenario(analysis_test::TempFile("rep-sc.csv", "event,2025-01,-,163,1\n"), scale);
  ASSERT_TRUE(sc.ok());
  auto f = ForecastSeries(r.series, o, &*sc);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  auto j = ParseJson(ForecastToJson(&r, r.series, *f, 4));
  ASSERT_TRUE(j.ok()) << j.status().ToString();
  EXPECT_EQ(Need(*j, "dyad").items().size(), 2u);
  EXPECT_EQ(Need(*j, "horizon").number(), 4);
  for (const char* fan : {"baseline", "scenario"}) {
    ASSERT_EQ(Need(*j, fan).items().size(), 4u) << fan;
    for (const JsonValue& p : Need(*j, fan).items())
      for (const char* k : {"period", "median", "p05", "p25", "p75", "p95", "p_rupture"}) Need(p, k);
  }
  EXPECT_EQ(Need(*j, "baseline").items()[0].Find("period")->str(), "2025-11");

  BacktestResult b;
  b.series = "s";
  b.points = 10;
  b.mae = 0.5;
  b.mae_persistence = 0.4;
  b.mae_mean = 0.6;
  b.coverage90 = 0.9;
  auto bj = ParseJson(BacktestToJson(b));
  ASSERT_TRUE(bj.ok());
  for (const char* k : {"points", "mae", "mae_persistence", "mae_mean", "coverage90"}) Need(*bj, k);
  EXPECT_FALSE(Need(*bj, "beats_persistence").boolean());
  EXPECT_NE(BacktestToText(b).find("does NOT beat persistence"), std::string::npos);
}

TEST(Report, TextNamesBandsTurningPointsAndEvidence) {
  Relation r = Sample();
  std::string t = RelationToText(r);
  EXPECT_NE(t.find("USA-COL relation by month"), std::string::npos);
  EXPECT_NE(t.find("普通 ordinary"), std::string::npos);
  EXPECT_NE(t.find("turning points"), std::string::npos);
  EXPECT_NE(t.find("sentence of s1"), std::string::npos);
  EXPECT_NE(t.find("(no events; the index stays at"), std::string::npos);
}

TEST(Report, SvgChartHasBandsLinesTurningPointsAndFan) {
  Relation r = Sample();
  ForecastOptions o;
  o.horizon = 6;
  o.paths = 200;
  auto f = ForecastSeries(r.series, o, nullptr);
  ASSERT_TRUE(f.ok());
  std::string svg = PlotSvg(r, &*f);
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(svg.find("</svg>"), std::string::npos);
  for (const char* band : {"对抗 confrontation", "紧张 tension", "不和 discord", "普通 ordinary", "良好 good", "友好 friendly"})
    EXPECT_NE(svg.find(band), std::string::npos) << band;
  size_t circles = 0;
  for (size_t p = svg.find("<circle"); p != std::string::npos; p = svg.find("<circle", p + 1)) ++circles;
  EXPECT_EQ(circles, r.turning_points.size());
  EXPECT_NE(svg.find("<polygon"), std::string::npos);  // the fan
  EXPECT_EQ(svg.find("nan"), std::string::npos);
  EXPECT_EQ(svg.find("inf"), std::string::npos);
  // Without a forecast there is no fan; markup stays balanced.
  std::string plain = PlotSvg(r, nullptr);
  EXPECT_EQ(plain.find("<polygon"), std::string::npos);
  size_t open = 0, close = 0;
  for (char c : plain) open += c == '<', close += c == '>';
  EXPECT_EQ(open, close);
}

}  // namespace
}  // namespace detente
