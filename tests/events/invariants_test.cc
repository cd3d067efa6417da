// Random documents stitched from dictionary keys, function words and punctuation: coding never
// fails on valid UTF-8, and every event it returns keeps the schema's invariants. Run under the
// sanitizer build in CI, this is also the coder's memory-safety net.
#include <gtest/gtest.h>

#include <random>

#include "lexicon/lexicon.h"
#include "test_util.h"
#include "text/utf8.h"

namespace detente {
namespace {

std::vector<std::string> Vocabulary(const Lexicon& lex) {
  std::vector<std::string> words;
  for (const Pattern& p : lex.patterns())
    for (const auto& seg : p.segments)
      if (!seg.empty()) words.push_back(ToUtf8(seg.front()));
  for (const ActorEntry& a : lex.actors()) words.push_back(a.name);
  for (const char* w : {"，", "。", "「", "」", "、", "？", "；", "：", "(", ")", "\"", " ", "\n", "\n\n", ".", "?", ",",
                        "的", "被", "对", "相互", "未", "如果", "将", "可能", "each other", "by", "the", "was", "not",
                        "1月3日", "2025年7月", "去年10月", "次日", "此前", "last Tuesday", "on Jan. 7", "the next day"})
    words.push_back(w);
  return words;
}

TEST(Invariants, RandomDocumentsCodeToWellFormedEvents) {
  const Engine& engine = testing_util::ProductionEngine();
  const auto words = Vocabulary(engine.lexicon());
  std::mt19937 rng(20260108);
  int events = 0;
  for (int doc = 0; doc < 400; ++doc) {
    Document d;
    d.id = "r" + std::to_string(doc);
    if (doc % 3) d.date = "2026-01-" + std::to_string(10 + doc % 18);
    int n = 1 + static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) d.text += words[rng() % words.size()] + (rng() % 4 == 0 ? " " : "");
    if (d.text.find_first_not_of(" \n") == std::string::npos) d.text += "美国";
    CodeOptions all;
    all.all_moods = true;
    auto r = engine.Code(d, all);
    ASSERT_TRUE(r.ok()) << d.text << ": " << r.status().ToString();
    const std::u32string text = ToUtf32(d.text);
    for (const Event& e : r->events) {
      ++events;
      SCOPED_TRACE(d.text + " -> " + e.id + " " + e.rule);
      ASSERT_LE(0, e.span_begin);
      ASSERT_LT(e.span_begin, e.span_end);
      ASSERT_LE(e.span_end, static_cast<int>(text.size()));
      EXPECT_EQ(ToUtf8(text.substr(e.span_begin, e.span_end - e.span_begin)), e.trigger);
      EXPECT_NE(d.text.find(e.evidence), std::string::npos);
      EXPECT_NE(engine.lexicon().cameo().Find(e.code), nullptr);
      EXPECT_EQ(e.code.substr(0, 2), e.root);
      EXPECT_NE(e.source.code, e.target.code);
      EXPECT_FALSE(e.source.code.empty() || e.target.code.empty());
      EXPECT_FALSE(e.rule.empty());
      if (e.date.known()) {
        Date parsed;
        EXPECT_TRUE(Date::Parse(e.date.ToString(), &parsed));
      }
    }
  }
  EXPECT_GT(events, 100) << "the random documents should exercise the coder, not just the reader";
}

}  // namespace
}  // namespace detente
