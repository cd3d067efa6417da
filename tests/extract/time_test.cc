#include "extract/time.h"

#include <gtest/gtest.h>

#include "common/date.h"
#include "extract/mentions.h"
#include "test_util.h"
#include "text/utf8.h"

namespace detente {
namespace {

using testing_util::FixtureEngine;

// Resolves every time expression of `text` in order, as the coder does.
std::vector<std::string> Times(const std::string& text, const std::string& pub, Lang lang = Lang::kZh) {
  const Lexicon& lex = FixtureEngine().lexicon();
  std::u32string orig = ToUtf32(text), norm = lex.normalizer().Fold(orig);
  std::vector<Token> toks;
  ScanTokens(lex, norm, orig, 0, static_cast<int>(norm.size()), lang, &toks);
  Date p;
  if (!pub.empty()) Date::Parse(pub, &p);
  std::vector<TimeExpr> times;
  FindTimes(lex, norm, 0, static_cast<int>(norm.size()), lang, toks, p.known() ? FirstDay(p) : 0, &times);
  std::vector<std::string> out;
  TimeContext ctx;
  ctx.pub = p;
  for (const TimeExpr& t : times) {
    std::string reason;
    Date d = ResolveTime(t, ctx, &reason);
    if (d.known()) {
      ctx.prev = d;
      ctx.prev_in_paragraph = true;
    }
    out.push_back(ToUtf8(orig.substr(t.begin, t.end - t.begin)) + "=" + d.ToString() + "/" + PrecisionName(d.precision));
  }
  return out;
}

TEST(Time, ChineseAbsoluteAndRelative) {
  EXPECT_EQ(Times("当地时间1月7日，美国宣布。", "2026-01-08"),
            (std::vector<std::string>{"1月7日=2026-01-07/day"}));
  EXPECT_EQ(Times("2025年7月，两国召回大使。", "2026-01-08"), (std::vector<std::string>{"2025年7月=2025-07/month"}));
  EXPECT_EQ(Times("去年10月，美国宣布制裁。", "2026-01-08"), (std::vector<std::string>{"去年10月=2025-10/month"}));
  EXPECT_EQ(Times("1999年，美国推出计划。", "2026-01-08"), (std::vector<std::string>{"1999年=1999/year"}));
  EXPECT_EQ(Times("二〇二五年十二月三日，双方会谈。", "2026-01-08"),
            (std::vector<std::string>{"二〇二五年十二月三日=2025-12-03/day"}));
  // A month after the publication month is last year's: news reports the past.
  EXPECT_EQ(Times("11月5日，美国宣布。", "2026-01-08"), (std::vector<std::string>{"11月5日=2025-11-05/day"}));
}

TEST(Time, RelativeToThePreviousDate) {
  EXPECT_EQ(Times("1月3日美军行动，第二天美国表态，次日哥伦比亚回应。", "2026-01-08"),
            (std::vector<std::string>{"1月3日=2026-01-03/day", "第二天=2026-01-04/day", "次日=2026-01-05/day"}));
  EXPECT_EQ(Times("上周三，美国宣布。", "2026-01-08"), (std::vector<std::string>{"上周三=2025-12-31/day"}));
  EXPECT_EQ(Times("上月，美国宣布。", "2026-01-08"), (std::vector<std::string>{"上月=2025-12/month"}));
  // Months and years from the previous date, across a year's end, and a year date kept a year.
  EXPECT_EQ(Times("in November 2021 they cut ties; three months later they met; the following year they signed",
                  "2026-01-08", Lang::kEn),
            (std::vector<std::string>{"November 2021=2021-11/month", "three months later=2022-02/month",
                                      "the following year=2023/year"}));
  EXPECT_EQ(Times("on March 3, 2024 they met; a month earlier they had talked", "2026-01-08", Lang::kEn),
            (std::vector<std::string>{"March 3, 2024=2024-03-03/day", "a month earlier=2024-02/month"}));
  EXPECT_EQ(Times("2019年两国断交，次年复交。", "2026-01-08"),
            (std::vector<std::string>{"2019年=2019/year", "次年=2020/year"}));
  // With no previous date there is nothing to count from.
  EXPECT_EQ(Times("three months later they met", "2026-01-08", Lang::kEn),
            (std::vector<std::string>{"three months later=/none"}));
}

TEST(Time, NamedPeriodsAndAdministrations) {
  auto t = Times("冷战初期，两国结盟。", "2026-01-08");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].substr(0, t[0].find('=')), "冷战初期");
  EXPECT_NE(t[0].find("/year"), std::string::npos);
  auto b = Times("在拜登政府后期，关系变冷。", "2026-01-08");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0], "拜登政府后期=2024/year");
}

TEST(Time, DatesWithoutYearOrMonthLeanOnTheParagraph) {
  // 18日 alone: the publication month, or the month before when the day is still to come
  EXPECT_EQ(Times("菲律宾总统18日会见日本外相。", "2024-06-20"), (std::vector<std::string>{"18日=2024-06-18/day"}));
  EXPECT_EQ(Times("菲律宾总统28日会见日本外相。", "2024-06-20"), (std::vector<std::string>{"28日=2024-05-28/day"}));
  EXPECT_EQ(Times("双方将在3日内答复。", "2024-06-20"), (std::vector<std::string>{}));
  // after a date of the paragraph, its month and year
  EXPECT_EQ(Times("1999年5月，美国宣布。18日，哥伦比亚回应。", "2026-01-08"),
            (std::vector<std::string>{"1999年5月=1999-05/month", "18日=1999-05-18/day"}));
  EXPECT_EQ(Times("1999年，美国宣布。5月，哥伦比亚回应。", "2026-01-08"),
            (std::vector<std::string>{"1999年=1999/year", "5月=1999-05/month"}));
  // a range starts at its first date
  EXPECT_EQ(Times("国家主席12月12日至13日对越南进行国事访问。", "2023-12-14"),
            (std::vector<std::string>{"12月12日至13日=2023-12-12/day"}));
  // a timeline runs forward across the new year
  EXPECT_EQ(Times("2025年12月，美国宣布。1月3日，哥伦比亚回应。", "2026-01-08"),
            (std::vector<std::string>{"2025年12月=2025-12/month", "1月3日=2026-01-03/day"}));
}

TEST(Time, English) {
  EXPECT_EQ(Times("On Jan. 7, 2026 the US said.", "2026-01-08", Lang::kEn),
            (std::vector<std::string>{"Jan. 7, 2026=2026-01-07/day"}));
  EXPECT_EQ(Times("in July 2025 they recalled envoys", "2026-01-08", Lang::kEn),
            (std::vector<std::string>{"July 2025=2025-07/month"}));
  // "last Tuesday" is the most recent Tuesday before the publication day, "on Tuesday" the most
  // recent one including it; 上周二 is Tuesday of the previous calendar week.
  EXPECT_EQ(Times("last Tuesday the US said", "2026-01-08", Lang::kEn),
            (std::vector<std::string>{"Tuesday=2026-01-06/day"}));
  EXPECT_EQ(Times("last Tuesday the US said", "2026-01-06", Lang::kEn),
            (std::vector<std::string>{"Tuesday=2025-12-30/day"}));
  EXPECT_EQ(Times("on Tuesday the US said", "2026-01-06", Lang::kEn),
            (std::vector<std::string>{"Tuesday=2026-01-06/day"}));
  EXPECT_EQ(Times("上周二，美国表示", "2026-01-08"), (std::vector<std::string>{"上周二=2025-12-30/day"}));
  // "last October" told in October is a year ago; "next March" told in March a year ahead.
  EXPECT_EQ(Times("they met last October", "2025-10-08", Lang::kEn),
            (std::vector<std::string>{"last October=2024-10/month"}));
  EXPECT_EQ(Times("they met last June", "2025-10-08", Lang::kEn), (std::vector<std::string>{"last June=2025-06/month"}));
  EXPECT_EQ(Times("they meet next March", "2025-03-08", Lang::kEn),
            (std::vector<std::string>{"next March=2026-03/month"}));
  EXPECT_EQ(Times("the next day Colombia said", "2026-01-08", Lang::kEn),
            (std::vector<std::string>{"the next day=2026-01-08/day"}));
  EXPECT_EQ(Times("in 1999 the US launched", "2026-01-08", Lang::kEn), (std::vector<std::string>{"1999=1999/year"}));
  // A span of years is dated by its first.
  EXPECT_EQ(Times("four incursions between 2016 and 2019", "2026-01-08", Lang::kEn),
            (std::vector<std::string>{"2016=2016/year"}));
  EXPECT_EQ(Times("you may go", "2026-01-08", Lang::kEn), (std::vector<std::string>{}));
}

// Seasons are told to their year; winter's is the year of its January.
TEST(Time, EnglishSeasons) {
  EXPECT_EQ(Times("they met last summer", "2025-08-15", Lang::kEn),
            (std::vector<std::string>{"last summer=2024/year"}));
  EXPECT_EQ(Times("they met last summer", "2025-09-15", Lang::kEn),
            (std::vector<std::string>{"last summer=2025/year"}));
  EXPECT_EQ(Times("they met last winter", "2025-12-20", Lang::kEn),
            (std::vector<std::string>{"last winter=2025/year"}));
  EXPECT_EQ(Times("they meet this winter", "2025-12-20", Lang::kEn),
            (std::vector<std::string>{"this winter=2026/year"}));
  EXPECT_EQ(Times("they meet next spring", "2025-04-10", Lang::kEn),
            (std::vector<std::string>{"next spring=2026/year"}));
  EXPECT_EQ(Times("in the summer of 2020 they met", "2025-04-10", Lang::kEn),
            (std::vector<std::string>{"summer of 2020=2020/year"}));
  EXPECT_EQ(Times("they met in the autumn", "2025-04-10", Lang::kEn),
            (std::vector<std::string>{"autumn=2024/year"}));
  EXPECT_EQ(Times("in October 2022 they quarrelled and the following spring they met", "2025-04-10", Lang::kEn),
            (std::vector<std::string>{"October 2022=2022-10/month", "following spring=2023/year"}));
  EXPECT_EQ(Times("in 2019 they met and that winter they quarrelled", "2025-04-10", Lang::kEn),
            (std::vector<std::string>{"2019=2019/year", "that winter=2019/year"}));
  // not a time: a name, a verb, a span, a deadline, and "fall" with nothing to count it
  EXPECT_EQ(Times("during the Arab Spring they met", "2025-04-10", Lang::kEn), (std::vector<std::string>{}));
  EXPECT_EQ(Times("they spring into action through the winter and by the summer", "2025-04-10", Lang::kEn),
            (std::vector<std::string>{}));
  EXPECT_EQ(Times("in the fall they met", "2025-04-10", Lang::kEn), (std::vector<std::string>{}));
  EXPECT_EQ(Times("they met in the fall of 2023", "2025-04-10", Lang::kEn),
            (std::vector<std::string>{"fall of 2023=2023/year"}));
}

}  // namespace
}  // namespace detente
