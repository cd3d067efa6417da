#include "events/format.h"

#include <gtest/gtest.h>

#include "common/json.h"
#include "common/strings.h"

namespace detente {
namespace {

Event Sample() {
  Event e;
  e.doc = "d1";
  e.id = "d1#1";
  Date::Parse("2025-07", &e.date);
  e.source = Actor{"USAGOV", "USA", "美国", "actors/countries.tsv:1"};
  e.target = Actor{"COL", "COL", "哥伦比亚, \"x\"", "actors/countries.tsv:2"};
  e.code = "161";
  e.root = "16";
  e.quad = 4;
  e.goldstein = -4;
  e.span_begin = 3;
  e.span_end = 7;
  e.evidence = "美国\t召回大使。";
  e.rule = "patterns/zh/16.tsv:5 召回 * 大使";
  return e;
}

TEST(Format, JsonCarriesTheSchema) {
  auto v = ParseJson(EventToJson(Sample()));
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ(v->Find("date")->str(), "2025-07");
  EXPECT_EQ(v->Find("date_precision")->str(), "month");
  EXPECT_EQ(v->Find("source")->Find("code")->str(), "USAGOV");
  EXPECT_EQ(v->Find("target")->Find("text")->str(), "哥伦比亚, \"x\"");
  EXPECT_EQ(v->Find("quad")->number(), 4);
  EXPECT_EQ(v->Find("mood")->str(), "asserted");
  EXPECT_EQ(v->Find("span")->items()[1].number(), 7);
  EXPECT_EQ(v->Find("evidence")->str(), "美国\t召回大使。");
  // Not scored (an imported event) is null, not a confidence of 0.
  EXPECT_TRUE(v->Find("confidence")->is_null());
  Event scored = Sample();
  scored.confidence = 0.73456;
  auto w = ParseJson(EventToJson(scored));
  ASSERT_TRUE(w.ok());
  EXPECT_DOUBLE_EQ(w->Find("confidence")->number(), 0.735);
}

TEST(Format, GdeltRowHas61ColumnsInOrder) {
  std::string row = EventToGdelt(Sample(), 42, "http://example.org/a", "20260108");
  auto cols = Split(row, '\t');
  ASSERT_EQ(cols.size(), 61u);
  EXPECT_EQ(cols[0], "42");
  EXPECT_EQ(cols[1], "20250701");
  EXPECT_EQ(cols[2], "202507");
  EXPECT_EQ(cols[3], "2025");
  EXPECT_EQ(cols[5], "USAGOV");
  EXPECT_EQ(cols[7], "USA");
  EXPECT_EQ(cols[12], "GOV");
  EXPECT_EQ(cols[15], "COL");
  EXPECT_EQ(cols[26], "161");
  EXPECT_EQ(cols[28], "16");
  EXPECT_EQ(cols[29], "4");
  EXPECT_EQ(cols[30], "-4");
  EXPECT_EQ(cols[60], "http://example.org/a");
}

TEST(Format, CsvQuotesFields) {
  std::string row = EventToCsv(Sample());
  EXPECT_NE(row.find("\"哥伦比亚, \"\"x\"\"\""), std::string::npos) << row;
  EXPECT_EQ(Split(CsvHeader(), ',').size(), 22u);
  EXPECT_EQ(Split(CsvHeader(), ',').back(), "confidence");
  EXPECT_EQ(row.back(), ',');  // not scored: an empty last field
  EventFormat f;
  EXPECT_TRUE(ParseEventFormat("gdelt", &f));
  EXPECT_FALSE(ParseEventFormat("xml", &f));
}

}  // namespace
}  // namespace detente
