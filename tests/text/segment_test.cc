#include "text/segment.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace detente {
namespace {

std::vector<std::string> Split(const std::string& text) {
  std::u32string u = ToUtf32(text), n = u;
  for (auto& c : n)
    if (c >= 'A' && c <= 'Z') c += 32;
  std::unordered_set<std::u32string> abbrev = {U"u.s", U"mr", U"jan"};
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(u, n, abbrev)) out.push_back(ToUtf8(u.substr(s.begin, s.end - s.begin)));
  return out;
}

TEST(Segment, ChineseAndEnglishSentences) {
  auto s = Split("美国召回大使。哥伦比亚表示抗议！\nThe U.S. recalled its envoy on Jan. 7. Mr. Petro objected.");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "美国召回大使。");
  EXPECT_EQ(s[1], "哥伦比亚表示抗议！");
  EXPECT_EQ(s[2], "The U.S. recalled its envoy on Jan. 7.");
  EXPECT_EQ(s[3], "Mr. Petro objected.");
}

TEST(Segment, ParagraphsAndWrappedLatinNames) {
  std::u32string u = ToUtf32("甲国推出「进步联盟」(Alliance for\nProgress)计划。\n乙国反对。");
  auto sents = SplitSentences(u, u, {});
  ASSERT_EQ(sents.size(), 2u);
  EXPECT_EQ(sents[0].paragraph, 0);
  EXPECT_EQ(sents[1].paragraph, 1);
}

TEST(Segment, DetectsLanguagePerSentence) {
  EXPECT_EQ(DetectLang(U"美国和哥伦比亚"), Lang::kZh);
  EXPECT_EQ(DetectLang(U"The United States said 斗而不破 applies."), Lang::kEn);
}

}  // namespace
}  // namespace detente
