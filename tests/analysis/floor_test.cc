// The floor: a saturating function of the ballast of the more dependent side; indicator files.
#include <gtest/gtest.h>

#include <cmath>
#include <tuple>

#include "analysis_test_util.h"

namespace detente {
namespace {

using analysis_test::Fixture;
using analysis_test::TempFile;

TEST(Floor, SaturatingFunctionOfBallast) {
  IndexParams p;  // elasticity 0.3219, reference 0.01
  EXPECT_DOUBLE_EQ(FloorOfBallast(0, p), -9);
  EXPECT_DOUBLE_EQ(FloorOfBallast(0.005, p), -9);  // below the reference: no floor
  EXPECT_DOUBLE_EQ(FloorOfBallast(0.01, p), -9);
  EXPECT_NEAR(FloorOfBallast(0.32, p), -2.949407, 1e-6);  // -9 x 32^-0.3219
  // Each doubling of the ballast takes a fifth off the depth of the floor.
  for (double b : {0.02, 0.1, 0.3, 2.0}) EXPECT_NEAR(FloorOfBallast(2 * b, p) / FloorOfBallast(b, p), 0.8, 1e-3) << b;
  // Saturating: rises ever more slowly and never reaches 0.
  EXPECT_LT(FloorOfBallast(1e6, p), 0);
  EXPECT_GT(FloorOfBallast(1e6, p), FloorOfBallast(1, p));
}

TEST(Floor, MeasuredFromTheMoreDependentSideWithCarriedValues) {
  auto ind = LoadIndicators(Fixture("indicators.csv"));
  ASSERT_TRUE(ind.ok()) << ind.status().ToString();
  EXPECT_EQ(ind->rows.size(), 6u);
  IndexParams p;
  auto floors = FloorByYear(*ind, "AAA", "BBB", p);
  ASSERT_TRUE(floors.ok()) << floors.status().ToString();
  ASSERT_EQ(floors->size(), 2u);
  // 2020: BBB 0.20 + 2 agreements x 0.02 = 0.24 beats AAA's 0.02 + 0.04.
  EXPECT_EQ((*floors)[0].year, 2020);
  EXPECT_EQ((*floors)[0].side, "BBB");
  EXPECT_NEAR((*floors)[0].ballast, 0.24, 1e-12);
  EXPECT_NEAR((*floors)[0].floor, -3.235583, 1e-6);
  // 2022: share 0.40, remittances 5e9 / GDP 100e9 = 0.05, agreements carried from 2020: 0.49.
  EXPECT_EQ((*floors)[1].side, "BBB");
  EXPECT_NEAR((*floors)[1].ballast, 0.49, 1e-12);
  EXPECT_NEAR((*floors)[1].floor, -2.571393, 1e-6);
  EXPECT_NE((*floors)[1].basis.find("export_share 0.4"), std::string::npos) << (*floors)[1].basis;
  // Years outside the table take the nearest year's floor.
  EXPECT_DOUBLE_EQ(FloorForYear(*floors, 2010), (*floors)[0].floor);
  EXPECT_DOUBLE_EQ(FloorForYear(*floors, 2021), (*floors)[0].floor);
  EXPECT_DOUBLE_EQ(FloorForYear(*floors, 2030), (*floors)[1].floor);
  EXPECT_DOUBLE_EQ(FloorForYear({}, 2030), -9);
  // An indicator file of another dyad is refused with its line.
  auto other = FloorByYear(*ind, "AAA", "CCC", p);
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("indicators.csv:5: side BBB is neither AAA nor CCC"), std::string::npos)
      << other.status().message();
}

TEST(Floor, TheSampleFileLoadsAndIsSorted) {
  std::string path = std::string(DETENTE_DATA_DIR) + "/indicators/usa-col.csv";
  auto ind = LoadIndicators(path);
  ASSERT_TRUE(ind.ok()) << ind.status().ToString();
  for (size_t i = 1; i < ind->rows.size(); ++i) {
    const IndicatorRow &a = ind->rows[i - 1], &b = ind->rows[i];
    EXPECT_LT(std::tie(a.year, a.name, a.side), std::tie(b.year, b.name, b.side)) << b.where << " is out of order";
  }
  auto floors = FloorByYear(*ind, "USA", "COL", IndexParams{});
  ASSERT_TRUE(floors.ok()) << floors.status().ToString();
  for (const FloorYear& f : *floors) EXPECT_EQ(f.side, "COL") << f.year;  // the dependent side
}

TEST(Floor, BadIndicatorFilesNameTheLine) {
  struct Case {
    const char* content;
    const char* message;
  };
  const Case cases[] = {
      {"2022,export_share,COL,0.3\n20x2,trade_usd,-,1e9\n", "bad.csv:2: year \"20x2\" is not a year"},
      {"2022,exports,COL,0.3\n", "bad.csv:1: unknown indicator \"exports\""},
      {"2022,export_share,-,0.3\n", "bad.csv:1: export_share needs the country it belongs to"},
      {"2022,trade_usd,USA,5e9\n", "bad.csv:1: trade_usd belongs to the dyad"},
      {"2022,export_share,COL,30\n", "bad.csv:1: export_share is a fraction"},
      {"2022,trade_usd,-,-5\n", "bad.csv:1: value \"-5\" is not a non-negative number"},
      {"2022,trade_usd,-,lots\n", "bad.csv:1: value \"lots\" is not"},
      {"# c\n2022,trade_usd,-,1\n2022,trade_usd,-,2\n", "bad.csv:3: duplicate trade_usd for the dyad in 2022"},
      {"2022,trade_usd\n", "bad.csv:1: expected 4-5 comma-separated columns, found 2"},
      {"2022,trade_usd,-,1,\"unterminated\n", "bad.csv:1: unterminated quoted field"},
      {"# only comments\n", "no indicator rows"},
      {"2022,trade_usd,-,1\n\xff\n", "bad.csv:2: invalid UTF-8"},
  };
  for (const Case& c : cases) {
    std::string path = TempFile("bad.csv", c.content);
    auto r = LoadIndicators(path);
    ASSERT_FALSE(r.ok()) << c.content;
    EXPECT_EQ(r.status().code(), StatusCode::kDataError);
    EXPECT_NE(r.status().message().find(c.message), std::string::npos) << r.status().message();
  }
  auto missing = LoadIndicators(testing::TempDir() + "/no-such-file.csv");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace detente
